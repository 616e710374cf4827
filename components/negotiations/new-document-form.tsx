'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Field, SelectField } from '@/components/ui/field';
import { fetchJson } from '@/components/ui/fetch-json';
import { ui } from '@/components/ui/styles';
import type { NegotiationOverview } from '@/lib/negotiations/get-overview';

type Kind = 'shared' | 'caucus' | 'mediator_private';

/** The convener's form to add a shared draft, a caucus document or a mediation-team note. */
export function NewDocumentForm({ negotiationId, parties }: { negotiationId: string; parties: NegotiationOverview['parties'] }) {
  const router = useRouter();
  const t = useTranslations('documents');
  const [kind, setKind] = useState<Kind>('shared');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    setPending(true);
    const res = await fetchJson<{ document: { title: string } }>(`/api/negotiations/${negotiationId}/documents`, 'POST', {
      title: String(form.get('doc-title') ?? ''),
      kind,
      partyId: kind === 'caucus' ? String(form.get('doc-party') ?? '') || null : null,
    });
    setPending(false);
    if (!res.ok) {
      setFields(res.fields);
      setStatus(Object.keys(res.fields).length ? t('checkFields') : res.error);
      return;
    }
    setFields({});
    formEl.reset();
    setKind('shared');
    setStatus(t(kind === 'caucus' ? 'addedCaucus' : 'added', { title: res.data.document.title }));
    router.refresh();
  }

  return (
    <details className="mt-4 rounded-md border border-line bg-gray-50 open:bg-white">
      <summary className="cursor-pointer rounded-md px-4 py-2.5 text-sm font-medium text-accent">{t('new')}</summary>
      <form onSubmit={onSubmit} noValidate className="grid gap-4 px-4 pb-4 sm:grid-cols-2">
        <Field id="doc-title" label={t('fieldTitle')} required maxLength={160} error={fields.title} className="sm:col-span-2" />
        <SelectField
          id="doc-kind"
          label={t('fieldKind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as Kind)}
          error={fields.kind}
        >
          <option value="shared">{t('kindShared')}</option>
          <option value="caucus">{t('kindCaucusOption')}</option>
          <option value="mediator_private">{t('kindMediator')}</option>
        </SelectField>
        {kind === 'caucus' && (
          <SelectField id="doc-party" label={t('delegation')} defaultValue="" error={fields.partyId}>
            <option value="" disabled>
              {t('chooseDelegation')}
            </option>
            {parties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        )}
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
          <button type="submit" className={ui.button} disabled={pending}>
            {pending ? t('adding') : t('add')}
          </button>
          <p role="status" aria-live="polite" className="text-sm text-muted">
            {status}
          </p>
        </div>
      </form>
    </details>
  );
}
