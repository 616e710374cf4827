'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ui } from '@/components/ui/styles';
import { STATUS_ORDER } from '@/lib/status/labels';
import { AlignmentLine } from './alignment-line';
import { ClauseStatusRow } from './clause-status-row';
import { PackageBanner } from './package-banner';
import type { StatusAction } from './status-api';
import { usePackageState } from './use-package-state';
import { useStatusBoard } from './use-status-board';

/**
 * Clause statuses of one document: counts, the negotiation's package banner, each party's
 * position, what changed after agreement, and the reader's own actions (ad ref / confirm /
 * withdraw for a lead negotiator, procedural status for the lead mediator). Live: the board on
 * 'status' notices, the package on 'package' notices; the server sends both when statuses or the text change.
 */
export function StatusBoard({ documentId, negotiationId }: { documentId: string; negotiationId: string }) {
  const { board, loadError, send, refetch } = useStatusBoard(documentId);
  const pkg = usePackageState(board?.enabled ? negotiationId : null, board?.package ?? null) ?? board?.package ?? null;
  const [busy, setBusy] = useState(false);
  const t = useTranslations('status');
  const ts = useTranslations('statuses');
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  const change = async (action: StatusAction, done: string) => {
    setBusy(true);
    const error = await send(action);
    setBusy(false);
    setMessage(error ? { tone: 'error', text: error } : { tone: 'ok', text: t('versionSaved', { done }) });
  };

  return (
    <section aria-labelledby={`status-${documentId}`} className={ui.card}>
      <h2 id={`status-${documentId}`} className={ui.h2}>
        {t('title')}
      </h2>
      <p aria-live="polite" role="status" className={`mt-2 text-sm ${message?.tone === 'error' ? 'text-red-700' : 'text-emerald-800'}`}>
        {message?.text}
      </p>
      {!board && !loadError && <p className="mt-3 text-sm text-muted">{t('loading')}</p>}
      {loadError && !board && (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {loadError}
        </p>
      )}
      {board && !board.enabled && <p className="mt-3 text-sm text-muted">{t('notShared')}</p>}
      {board?.enabled && (
        <>
          {pkg && (
            <div className="mt-3">
              <PackageBanner pkg={pkg} currentDocumentId={board.documentId} />
            </div>
          )}
          <dl className="mt-4 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
            {STATUS_ORDER.map((s) => (
              <div key={s} className="rounded-md border border-line px-2 py-1.5">
                <dt className="text-xs text-muted">{ts(s)}</dt>
                <dd className="text-lg font-semibold text-ink">{board.counts[s]}</dd>
              </div>
            ))}
          </dl>
          {board.clauses.length === 0 ? (
            <p className="mt-4 text-sm text-muted">{t('noProvisions')}</p>
          ) : (
            <ol aria-label={t('clauses')} className="mt-4">
              {board.clauses.map((c) => (
                <ClauseStatusRow
                  key={`${c.clauseKey}:${c.procedural}`}
                  clause={c}
                  me={board.me}
                  busy={busy}
                  onChange={change}
                  extra={
                    board.languages?.outOfStep[c.clauseKey] ? (
                      <AlignmentLine
                        documentId={board.documentId}
                        clauseKey={c.clauseKey}
                        since={board.languages.outOfStep[c.clauseKey]!}
                        canMark={board.languages.canMarkAligned}
                        onMarked={() => void refetch()}
                      />
                    ) : null
                  }
                />
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
