import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useFormatDate } from '@/components/ui/format';
import { ui } from '@/components/ui/styles';
import type { AgendaItem, ClauseOfferItem } from '@/lib/styles/get-style-panels';

/** Someone currently in the document (from the live editor's presence). */
export interface PresentPerson {
  name: string;
  detail?: string;
  color?: string;
}

export interface ProcessPanelProps {
  negotiationId: string;
  agenda: AgendaItem[];
  offers: ClauseOfferItem[];
  canOffer: boolean;
  /** Who is here now; omitted until the live editor provides it. */
  presence?: PresentPerson[];
}

/** The facilitative view: the agenda of shared drafts, who is present, and clauses offered on request. */
export function ProcessPanel({ negotiationId, agenda, offers, canOffer, presence }: ProcessPanelProps) {
  const formatDate = useFormatDate();
  const t = useTranslations('process');
  const tv = useTranslations('clausePanel');
  const variantName = (v: string) => (v === 'maximal' || v === 'standard' || v === 'fallback' ? tv(`variant_${v}`) : v);
  return (
    <section aria-labelledby="process-heading" className={ui.card}>
      <h2 id="process-heading" className={ui.h2}>
        {t('title')}
      </h2>
      <p className="mt-1 text-sm text-muted">{t('lead')}</p>

      <h3 className="mt-4 text-sm font-semibold text-ink">{t('agenda')}</h3>
      {agenda.length === 0 ? (
        <p className="mt-1 text-sm text-muted">{t('noDrafts')}</p>
      ) : (
        <ol className="mt-1 space-y-1 text-sm">
          {agenda.map((item, i) => (
            <li key={item.id} className="flex items-baseline justify-between gap-3">
              <span>
                {i + 1}.{' '}
                {item.isCurrent ? (
                  <span aria-current="page" className="font-medium">
                    {item.title}
                  </span>
                ) : (
                  <Link className={ui.link} href={`/negotiations/${negotiationId}/documents/${item.id}`}>
                    {item.title}
                  </Link>
                )}
              </span>
              <span className="shrink-0 text-muted">{t('clauseCount', { count: item.clauseCount })}</span>
            </li>
          ))}
        </ol>
      )}

      <h3 className="mt-4 text-sm font-semibold text-ink">{t('whoIsHere')}</h3>
      {presence === undefined ? (
        <p className="mt-1 text-sm text-muted">{t('notConnected')}</p>
      ) : presence.length === 0 ? (
        <p className="mt-1 text-sm text-muted">{t('nobodyElse')}</p>
      ) : (
        <ul className="mt-1 space-y-1 text-sm" aria-live="polite">
          {presence.map((p, i) => (
            <li key={`${p.name}-${i}`} className="flex items-center gap-2">
              {p.color && (
                <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full" style={{ backgroundColor: p.color }} />
              )}
              <span>{p.name}</span>
              {p.detail && <span className="text-muted">· {p.detail}</span>}
            </li>
          ))}
        </ul>
      )}

      <h3 className="mt-4 text-sm font-semibold text-ink">{t('offers')}</h3>
      {canOffer && <p className="mt-1 text-sm text-muted">{t('offerHint')}</p>}
      {offers.length === 0 ? (
        <p className="mt-1 text-sm text-muted">{t('noOffers')}</p>
      ) : (
        <ul className="mt-1 space-y-1 text-sm">
          {offers.map((o, i) => (
            <li key={`${o.at}-${i}`}>
              <span className="font-medium">{o.title}</span>{' '}
              <span className="text-muted">
                {t('offeredBy', { variant: variantName(o.variant), name: o.offeredBy, date: formatDate(o.at) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
