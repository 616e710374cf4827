import { PartySwatch } from '@/components/ui/badge';
import { ui } from '@/components/ui/styles';
import type { NegotiationOverview } from '@/lib/negotiations/get-overview';
import { useTranslations } from 'next-intl';

/** The delegations at the table, each with its colour and its role (which library clauses bind it). */
export function PartyList({ parties }: { parties: NegotiationOverview['parties'] }) {
  const t = useTranslations('parties');
  return (
    <section aria-labelledby="parties-title" className={ui.card}>
      <h2 id="parties-title" className={ui.h2}>
        {t('title')}
      </h2>
      <ul className="mt-3 space-y-2">
        {parties.map((p) => (
          <li key={p.id} className="flex items-center gap-2 text-sm">
            <PartySwatch color={p.color} />
            <span className="font-medium">{p.name}</span>
            <span className="text-muted">({p.shortName})</span>
            <span className="ms-auto text-xs text-muted">{t(p.role)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
