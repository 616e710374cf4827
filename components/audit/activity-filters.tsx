import Link from 'next/link';
import { ui } from '@/components/ui/styles';

export const ACTION_FILTERS = [
  { value: '', label: 'Everything' },
  { value: 'status', label: 'Clause status changes' },
  { value: 'comment', label: 'Comments' },
  { value: 'document.edit', label: 'Text edits' },
  { value: 'bracket', label: 'Brackets' },
  { value: 'alternative', label: 'Alternatives' },
  { value: 'suggestion', label: 'Suggestions accepted or rejected' },
  { value: 'version', label: 'Saved versions' },
  { value: 'member', label: 'Members and invitations' },
  { value: 'style', label: 'Mediation style' },
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
  return (
    <form method="get" aria-label="Filter activity" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
      <label className={ui.label}>
        What
        <select name="action" defaultValue={current.action ?? ''} className={select}>
          {ACTION_FILTERS.map((a) => <option key={a.value} value={a.value}>{a.label}</option>)}
        </select>
      </label>
      <label className={ui.label}>
        Who
        <select name="actor" defaultValue={current.actor ?? ''} className={select}>
          <option value="">Anyone</option>
          {members.map((m) => <option key={m.userId} value={m.userId}>{m.name}</option>)}
        </select>
      </label>
      <label className={ui.label}>
        Document
        <select name="document" defaultValue={current.document ?? ''} className={select}>
          <option value="">Any document</option>
          {documents.map((d) => <option key={d.id} value={d.id}>{d.title}</option>)}
        </select>
      </label>
      <label className={ui.label}>
        Since (UTC)
        <input type="date" name="since" defaultValue={current.since ?? ''} className={select} />
      </label>
      <div className="flex gap-2">
        <button type="submit" className={`${ui.button} px-3 py-1.5`}>Apply filters</button>
        <Link href={`/negotiations/${negotiationId}/audit`} className={`${ui.buttonSecondary} px-3 py-1.5`}>Clear</Link>
      </div>
    </form>
  );
}
