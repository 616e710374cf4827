'use client';

import { useId, useState } from 'react';
import { fetchJson } from '@/components/ui/fetch-json';
import { ui } from '@/components/ui/styles';

export interface ReleasePanelProps {
  /** The mediation team's private document (this page). */
  sourceDocumentId: string;
  /** Shared drafts of the negotiation the text can go to. */
  targets: { id: string; title: string }[];
}

interface ReleaseResponse {
  version: { name: string };
}

/** Shuttle mediation: release the team's current text to a shared draft as the next "Mediator's text". */
export function ReleasePanel({ sourceDocumentId, targets }: ReleasePanelProps) {
  const id = useId();
  const [target, setTarget] = useState(targets[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);

  async function release(e: React.FormEvent) {
    e.preventDefault();
    const title = targets.find((t) => t.id === target)?.title ?? 'the shared draft';
    if (!window.confirm(`Release the current text of these notes to “${title}”? Every party will see it.`)) return;
    setBusy(true);
    const res = await fetchJson<ReleaseResponse>(`/api/documents/${sourceDocumentId}/release`, 'POST', { targetDocumentId: target });
    setBusy(false);
    setStatus(res.ok ? { ok: true, message: `Released as “${res.data.version.name}”.` } : { ok: false, message: res.error });
  }

  return (
    <section aria-labelledby={`${id}-h`} className={ui.card}>
      <h2 id={`${id}-h`} className={ui.h2}>Release to the parties</h2>
      <p className="mt-1 text-sm text-muted">
        These notes stay private to the mediation team. Releasing copies their saved text, as plain paragraphs, to the end of a shared draft as the next
        “Mediator’s text”, and saves a named version of both documents.
      </p>
      {targets.length === 0 ? (
        <p className="mt-3 text-sm text-muted">There is no shared draft to release into yet.</p>
      ) : (
        <form onSubmit={release} className="mt-3 flex flex-wrap items-end gap-3">
          <label className={ui.label}>
            Shared draft
            <select className={ui.input} value={target} onChange={(e) => setTarget(e.target.value)}>
              {targets.map((t) => <option key={t.id} value={t.id}>{t.title}</option>)}
            </select>
          </label>
          <button type="submit" className={ui.button} disabled={busy}>{busy ? 'Releasing…' : 'Release text'}</button>
        </form>
      )}
      <p role="status" aria-live="polite" className={`mt-2 text-sm ${status?.ok === false ? 'text-red-800' : 'text-muted'}`}>{status?.message}</p>
    </section>
  );
}
