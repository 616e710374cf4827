'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useState } from 'react';
import { useDocumentTopic } from '@/components/editor/document-events';
import { PartySwatch } from '@/components/ui/badge';
import { fetchJson } from '@/components/ui/fetch-json';
import { useBlockLabel } from '@/components/ui/use-block-label';
import { useFormatDate } from '@/components/ui/format';
import { ui } from '@/components/ui/styles';
import type { Ledger, LedgerEntry } from '@/lib/commitments/get-ledger';

export interface LedgerPanelProps {
  negotiationId: string;
  /** getLedger() for this reader, rendered on the server; refreshed on 'attachments' notices. */
  initial: Ledger;
}

/** Per party: what it gains and what it concedes across the shared drafts. */
export function LedgerPanel({ negotiationId, initial }: LedgerPanelProps) {
  const [ledger, setLedger] = useState(initial);
  const t = useTranslations('ledger');
  const reload = useCallback(async () => {
    const res = await fetchJson<Ledger>(`/api/negotiations/${negotiationId}/ledger`, 'GET');
    if (res.ok) setLedger(res.data);
  }, [negotiationId]);
  useDocumentTopic('attachments', reload);
  return (
    <section aria-labelledby="ledger-heading" className={ui.card}>
      <h2 id="ledger-heading" className={ui.h2}>
        {t('title')}
      </h2>
      <p className="mt-1 text-sm text-muted">{t('lead')}</p>
      <div className="mt-3 space-y-4">
        {ledger.parties.map(({ party, gains, concedes }) => (
          <div key={party.id}>
            <h3 className="flex items-center gap-2 text-sm font-semibold text-ink">
              <PartySwatch color={party.color} />
              {party.name}
            </h3>
            <div className="mt-1 grid gap-3 sm:grid-cols-2">
              <EntryList title={t('gains')} entries={gains} empty={t('noGains')} />
              <EntryList title={t('concedes')} entries={concedes} empty={t('noConcessions')} />
            </div>
          </div>
        ))}
        {ledger.general.length > 0 && <EntryList title={t('general')} entries={ledger.general} empty="" />}
      </div>
    </section>
  );
}

function EntryList({ title, entries, empty }: { title: string; entries: LedgerEntry[]; empty: string }) {
  const formatDate = useFormatDate();
  const t = useTranslations('ledger');
  const tk = useTranslations('commitments');
  const blockLabel = useBlockLabel();
  return (
    <div>
      <h4 className="text-xs font-semibold uppercase tracking-wide text-muted">{title}</h4>
      {entries.length === 0 ? (
        <p className="mt-1 text-sm text-muted">{empty}</p>
      ) : (
        <ul className="mt-1 space-y-1 text-sm">
          {entries.map((e) => (
            <li key={e.id}>
              <span className="font-medium">{tk(`kind_${e.kind}`)}:</span> {e.text}{' '}
              <span className="text-muted">
                (<bdi>{blockLabel(e.clauseLabel, e.clauseLabelRef)}</bdi>, <bdi>{e.documentTitle}</bdi>
                {e.dueAt ? t('due', { date: formatDate(e.dueAt) }) : ''})
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
