'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { isolate } from '@/components/ui/bdi';
import { fetchJson } from '@/components/ui/fetch-json';
import { useBlockLabel } from '@/components/ui/use-block-label';
import { ui } from '@/components/ui/styles';
import type { AttachmentKindName } from '@/lib/commitments/kinds';
import type { ClauseRef } from '@/lib/commitments/list-clauses';

export interface AttachmentFormProps {
  documentId: string;
  clauses: ClauseRef[];
  /** Kinds the server says this person may add now. */
  kinds: AttachmentKindName[];
  parties: { id: string; shortName: string; name: string }[];
  onAdded: () => void;
}

/** Attach a deadline, incentive, guarantee, condition or pledge to a clause. */
export function AttachmentForm({ documentId, clauses, kinds, parties, onAdded }: AttachmentFormProps) {
  const id = useId();
  const t = useTranslations('commitments');
  const blockLabel = useBlockLabel();
  const [kind, setKind] = useState<AttachmentKindName>(kinds[0]!);
  const [clauseKey, setClauseKey] = useState(clauses[0]?.key ?? '');
  const [partyId, setPartyId] = useState('');
  const [text, setText] = useState('');
  const [due, setDue] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  if (clauses.length === 0) return <p className="text-sm text-muted">{t('attachFirst')}</p>;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setStatus(null);
    const dueAt = kind === 'deadline' && due ? new Date(due).toISOString() : null;
    const res = await fetchJson(`/api/documents/${documentId}/attachments`, 'POST', {
      clauseKey,
      kind,
      text,
      partyId: partyId || null,
      dueAt,
    });
    setBusy(false);
    if (!res.ok) {
      setFields(res.fields);
      setStatus({ ok: false, message: res.error });
      return;
    }
    setFields({});
    setText('');
    setDue('');
    setStatus({ ok: true, message: t('attached', { kind: t(`kind_${kind}`) }) });
    onAdded();
  }

  const err = (name: string) =>
    fields[name] ? (
      <p id={`${id}-${name}-err`} className="mt-1 text-xs text-red-800">
        {fields[name]}
      </p>
    ) : null;
  return (
    <form onSubmit={submit} className="mt-3 space-y-3 border-t border-line pt-3" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="text-sm font-semibold text-ink">
        {t('attachTitle')}
      </h3>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className={ui.label}>
          {t('kind')}
          <select className={ui.input} value={kind} onChange={(e) => setKind(e.target.value as AttachmentKindName)}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`kind_${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className={ui.label}>
          {t('clause')}
          <select className={ui.input} value={clauseKey} onChange={(e) => setClauseKey(e.target.value)} aria-invalid={!!fields.clauseKey}>
            {clauses.map((c) => (
              <option key={c.key} value={c.key}>
                {/* An <option> holds no <bdi>: the draft's own words (a heading, an excerpt) are isolated so a
                    Latin title keeps its order in an Arabic list, and an Arabic one in a Latin list. */}
                {c.labelRef ? blockLabel(c.label, c.labelRef) : isolate(c.label)}
                {c.excerpt && c.label !== c.excerpt ? ` — ${isolate(c.excerpt.slice(0, 40))}` : ''}
              </option>
            ))}
          </select>
          {err('clauseKey')}
        </label>
        <label className={ui.label}>
          {t('concerns')}
          <select className={ui.input} value={partyId} onChange={(e) => setPartyId(e.target.value)} aria-invalid={!!fields.partyId}>
            <option value="">{t('nobody')}</option>
            {parties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.shortName})
              </option>
            ))}
          </select>
          {err('partyId')}
        </label>
        {kind === 'deadline' && (
          <label className={ui.label}>
            {t('dueLocal')}
            <input
              type="datetime-local"
              required
              className={ui.input}
              value={due}
              onChange={(e) => setDue(e.target.value)}
              aria-invalid={!!fields.dueAt}
              aria-describedby={fields.dueAt ? `${id}-dueAt-err` : undefined}
            />
            {err('dueAt')}
          </label>
        )}
      </div>
      <label className={ui.label}>
        {t('what')}
        <textarea
          required
          maxLength={1000}
          rows={3}
          className={ui.input}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={!!fields.text}
          aria-describedby={fields.text ? `${id}-text-err` : undefined}
        />
        {err('text')}
      </label>
      <div className="flex items-center gap-3">
        <button type="submit" className={ui.button} disabled={busy}>
          {busy ? t('attaching') : t('attach')}
        </button>
        <p role="status" aria-live="polite" className={`text-sm ${status?.ok === false ? 'text-red-800' : 'text-muted'}`}>
          {status?.message}
        </p>
      </div>
    </form>
  );
}
