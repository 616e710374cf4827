import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { ui } from '@/components/ui/styles';

export const ACTION_FILTERS = [
  { value: '', label: 'f_all' },
  { value: 'status', label: 'f_status' },
  { value: 'comment', label: 'f_comment' },
  { value: 'document.edit', label: 'f_edit' },
  { value: 'bracket', label: 'f_bracket' },
  { value: 'alternative', label: 'f_alternative' },
  { value: 'suggestion', label: 'f_suggestion' },
  { value: 'version', label: 'f_version' },
  { value: 'member', label: 'f_member' },
  { value: 'style', label: 'f_style' },
] as const;

interface Props {
  negotiationId: string;
  members: { userId: string; name: string }[];
  documents: { id: string; title: string }[];
  current: { action?: string; actor?: string; document?: string; since?: string };
}

const select = 'mt-1 block w-full rounded-md border border-gray-400 bg-white px-2 py-1.5 text-sm text-ink';

/** The activity filters as a plain GET form: works without JavaScript and keeps the URL shareable. */
export function ActivityFilters({ negotiationId, members, documents, current }: Props) {
  const t = useTranslations('audit');
  return (
    <form method="get" aria-label={t('filter')} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
      <label className={ui.label}>
        {t('what')}
        <select name="action" defaultValue={current.action ?? ''} className={select}>
          {ACTION_FILTERS.map((a) => (
            <option key={a.value} value={a.value}>
              {t(a.label)}
            </option>
          ))}
        </select>
      </label>
      <label className={ui.label}>
        {t('who')}
        <select name="actor" defaultValue={current.actor ?? ''} className={select}>
          <option value="">{t('anyone')}</option>
          {members.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <label className={ui.label}>
        {t('document')}
        <select name="document" defaultValue={current.document ?? ''} className={select}>
          <option value="">{t('anyDocument')}</option>
          {documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
      </label>
      <label className={ui.label}>
        {t('since')}
        <input type="date" name="since" defaultValue={current.since ?? ''} className={select} />
      </label>
      <div className="flex gap-2">
        <button type="submit" className={`${ui.button} px-3 py-1.5`}>
          {t('apply')}
        </button>
        <Link href={`/negotiations/${negotiationId}/audit`} className={`${ui.buttonSecondary} px-3 py-1.5`}>
          {t('clear')}
        </Link>
      </div>
    </form>
  );
}
