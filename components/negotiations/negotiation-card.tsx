import Link from 'next/link';
import { Badge, PartySwatch } from '@/components/ui/badge';
import { ROLE_LABELS, STYLE_LABELS } from '@/lib/negotiations/labels';
import type { MyNegotiation } from '@/lib/negotiations/list-my-negotiations';

/** One negotiation in the list: title, style, my role and delegation. */
export function NegotiationCard({ row }: { row: MyNegotiation }) {
  return (
    <article className="relative flex h-full flex-col rounded-lg border border-line bg-white p-5 shadow-sm transition hover:border-gray-400 focus-within:border-accent">
      <h2 className="text-base font-semibold leading-snug">
        <Link href={`/negotiations/${row.id}`} className="text-ink after:absolute after:inset-0 after:content-[''] hover:underline">
          {row.title}
        </Link>
      </h2>
      {row.description && <p className="mt-2 line-clamp-2 text-sm text-muted">{row.description}</p>}
      <dl className="mt-4 flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
        <div className="flex items-center gap-1.5">
          <dt className="text-muted">Style</dt>
          <dd><Badge tone="accent">{STYLE_LABELS[row.style]}</Badge></dd>
        </div>
        <div className="flex items-center gap-1.5">
          <dt className="text-muted">My role</dt>
          <dd className="font-medium">{ROLE_LABELS[row.role]}{row.isConvener ? ' · Convener' : ''}</dd>
        </div>
        {row.partyName && (
          <div className="flex items-center gap-1.5">
            <dt className="text-muted">Party</dt>
            <dd className="flex items-center gap-1.5 font-medium"><PartySwatch color={row.partyColor ?? '#6b7280'} />{row.partyName}</dd>
          </div>
        )}
      </dl>
    </article>
  );
}
