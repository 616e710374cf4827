import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { Badge, PartySwatch } from '@/components/ui/badge';
import type { MyNegotiation } from '@/lib/negotiations/list-my-negotiations';

/** One negotiation in the list: title, style, my role and delegation. */
export function NegotiationCard({ row }: { row: MyNegotiation }) {
  const t = useTranslations();
  return (
    <article className="relative flex h-full flex-col rounded-lg border border-line bg-white p-5 shadow-sm transition hover:border-gray-400 focus-within:border-accent">
      <h2 dir="auto" className="text-base font-semibold leading-snug">
        <Link href={`/negotiations/${row.id}`} className="text-ink after:absolute after:inset-0 after:content-[''] hover:underline">
          {row.title}
        </Link>
      </h2>
      {row.description && (
        <p dir="auto" className="mt-2 line-clamp-2 text-sm text-muted">
          {row.description}
        </p>
      )}
      <dl className="mt-4 flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
        <div className="flex items-center gap-1.5">
          <dt className="text-muted">{t('negotiations.style')}</dt>
          <dd>
            <Badge tone="accent">{t(`styles.${row.style}`)}</Badge>
          </dd>
        </div>
        <div className="flex items-center gap-1.5">
          <dt className="text-muted">{t('negotiations.myRole')}</dt>
          <dd className="font-medium">
            {t(`roles.${row.role}`)}
            {row.isConvener ? t('negotiations.convenerSuffix') : ''}
          </dd>
        </div>
        {row.partyName && (
          <div className="flex items-center gap-1.5">
            <dt className="text-muted">{t('negotiations.party')}</dt>
            <dd className="flex items-center gap-1.5 font-medium">
              <PartySwatch color={row.partyColor ?? '#6b7280'} />
              <bdi>{row.partyName}</bdi>
            </dd>
          </div>
        )}
      </dl>
    </article>
  );
}
