import type { BoardJson } from './status-api';

/** The package lock: provisional until every clause is agreed by every party. */
export function PackageBanner({ pkg }: { pkg: BoardJson['package'] }) {
  if (!pkg.provisional) {
    return (
      <div className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
        <p className="font-semibold">Package agreed</p>
        <p>All {pkg.total} clauses are confirmed by every party.</p>
      </div>
    );
  }
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      <p className="font-semibold">Provisional — nothing is agreed until everything is agreed</p>
      <p>
        {pkg.agreed} of {pkg.total} {pkg.total === 1 ? 'clause' : 'clauses'} agreed.
        {pkg.total === 0 && ' This document has no clauses yet.'}
      </p>
      {pkg.holding.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer font-medium">What is still open ({pkg.holding.length})</summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {pkg.holding.map((h) => (
              <li key={h.clauseKey}>
                ‘{h.label}’
                {h.partiesNotAgreed.length > 0 ? ` — not yet confirmed by ${h.partiesNotAgreed.join(', ')}` : ''}
                {h.status === 'parked' ? ' (parked)' : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
