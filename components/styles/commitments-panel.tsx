'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useState } from 'react';
import { useDocumentTopic } from '@/components/editor/document-events';
import { fetchJson } from '@/components/ui/fetch-json';
import { useBlockLabel } from '@/components/ui/use-block-label';
import { useFormatDate } from '@/components/ui/format';
import { ui } from '@/components/ui/styles';
import type { AttachmentView } from '@/lib/commitments/attachment-view';
import type { DocumentAttachments } from '@/lib/commitments/list-attachments';
import { AttachmentForm } from './attachment-form';
import { useFormatCountdown, useNow } from './countdown';

export interface CommitmentsPanelProps {
  documentId: string;
  /** listAttachments() for this reader, rendered on the server; refreshed on 'attachments' notices. */
  initial: DocumentAttachments;
  parties: { id: string; shortName: string; name: string }[];
}

/** Power-based mediation: commitments beside the clauses, with live deadline countdowns. */
export function CommitmentsPanel({ documentId, initial, parties }: CommitmentsPanelProps) {
  const formatDate = useFormatDate();
  const [data, setData] = useState(initial);
  const t = useTranslations('commitments');
  const tReadOnly = useTranslations('commitmentsReadOnly');
  const tStyle = useTranslations('styles');
  const blockLabel = useBlockLabel();
  const [status, setStatus] = useState('');
  const reload = useCallback(async () => {
    const res = await fetchJson<DocumentAttachments>(`/api/documents/${documentId}/attachments`, 'GET');
    if (res.ok) setData(res.data);
  }, [documentId]);
  useDocumentTopic('attachments', reload);

  async function withdraw(a: AttachmentView) {
    const res = await fetchJson(`/api/attachments/${a.id}`, 'DELETE');
    setStatus(res.ok ? t('withdrawnMsg', { kind: t(`kind_${a.kind}`) }) : res.error);
    if (res.ok) await reload();
  }

  const live = data.attachments.filter((a) => !a.withdrawnAt);
  const withdrawn = data.attachments.filter((a) => a.withdrawnAt);
  const order = new Map(data.clauses.map((c, i) => [c.key, i]));
  const groups = [...new Set(live.map((a) => a.clauseKey))].sort((x, y) => (order.get(x) ?? 1e9) - (order.get(y) ?? 1e9));
  return (
    <section aria-labelledby="commitments-heading" className={ui.card}>
      <h2 id="commitments-heading" className={ui.h2}>
        {t('title')}
      </h2>
      {data.readOnly && (
        <p className="mt-1 text-sm text-muted">
          {data.readOnly.code === 'style' ? tReadOnly('style', { style: tStyle(data.readOnly.style) }) : tReadOnly(data.readOnly.code)}
        </p>
      )}
      {live.length === 0 ? (
        <p className="mt-3 text-sm text-muted">{t('none')}</p>
      ) : (
        <div className="mt-3 space-y-4">
          {groups.map((key) => {
            const items = live.filter((a) => a.clauseKey === key);
            return (
              <div key={key}>
                <h3 className="text-sm font-semibold text-ink">
                  <bdi>{blockLabel(items[0]!.clauseLabel, items[0]!.clauseLabelRef)}</bdi>
                </h3>
                <ul className="mt-1 space-y-2">
                  {items.map((a) => (
                    <AttachmentItem key={a.id} a={a} onWithdraw={withdraw} />
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      )}
      {withdrawn.length > 0 && (
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer text-muted">{t('withdrawnCount', { count: withdrawn.length })}</summary>
          <ul className="mt-2 space-y-1 text-muted">
            {withdrawn.map((a) => (
              <li key={a.id}>
                <s>
                  {t(`kind_${a.kind}`)}: {a.text}
                </s>{' '}
                {t('withdrawnOn', { clause: blockLabel(a.clauseLabel, a.clauseLabelRef), date: formatDate(a.withdrawnAt!) })}
              </li>
            ))}
          </ul>
        </details>
      )}
      <p role="status" aria-live="polite" className="mt-2 text-sm text-muted">
        {status}
      </p>
      {data.canAdd.length > 0 && (
        <AttachmentForm documentId={documentId} clauses={data.clauses} kinds={data.canAdd} parties={parties} onAdded={reload} />
      )}
    </section>
  );
}

function AttachmentItem({ a, onWithdraw }: { a: AttachmentView; onWithdraw: (a: AttachmentView) => void }) {
  const formatDate = useFormatDate();
  const now = useNow();
  const t = useTranslations('commitments');
  const tc = useTranslations('common');
  const formatCountdown = useFormatCountdown();
  const kind = t(`kind_${a.kind}`);
  const passed = a.dueAt !== null && now !== null && new Date(a.dueAt).getTime() <= now;
  return (
    <li className="rounded-md border border-line p-2 text-sm">
      <p>
        <span className="font-medium">{kind}</span>
        {a.party && (
          <span className="text-muted">
            {' '}
            · {t(a.kind === 'deadline' || a.kind === 'condition' ? 'binds' : 'for', { party: a.party.shortName })}
          </span>
        )}
      </p>
      <p className="mt-0.5 whitespace-pre-wrap">{a.text}</p>
      {a.dueAt && (
        <p className={`mt-1 ${passed ? 'font-medium text-red-800' : 'text-ink'}`}>
          {t('due', { date: formatDate(a.dueAt), left: now === null ? '' : formatCountdown(a.dueAt, now) })}
        </p>
      )}
      <div className="mt-1 flex items-center justify-between gap-2 text-xs text-muted">
        <span>{t('addedBy', { name: a.createdBy?.name ?? tc('formerMember'), date: formatDate(a.createdAt) })}</span>
        {a.canWithdraw && (
          <button
            type="button"
            className={ui.buttonSecondary}
            onClick={() => onWithdraw(a)}
            aria-label={t('withdrawAria', { kind: kind.toLocaleLowerCase(), text: a.text.slice(0, 40) })}
          >
            {t('withdraw')}
          </button>
        )}
      </div>
    </li>
  );
}
