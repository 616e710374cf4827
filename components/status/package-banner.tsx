import { useTranslations } from 'next-intl';
import { STATUS_LABELS } from '@/lib/status/labels';
import type { PackageJson } from './status-api';

/** The first line of the package state, e.g. "Package provisional — 31 of 44 provisions agreed; open: Chapter III (9), Annex A (4)". */
export function packageSummary(pkg: PackageJson): string {
  if (!pkg.provisional) return `Package agreed — all ${pkg.total} provisions agreed by every party`;
  if (pkg.total === 0) return 'Package provisional — no provisions drafted yet';
  const open = pkg.documents
    .filter((d) => d.total > d.agreed || d.marks.brackets + d.marks.suggestions + d.marks.alternatives > 0)
    .map((d) => (d.total > d.agreed ? `${d.title} (${d.total - d.agreed})` : `${d.title} (open marks)`));
  return `Package provisional — ${pkg.agreed} of ${pkg.total} provision${pkg.total === 1 ? '' : 's'} agreed${open.length ? `; open: ${open.join(', ')}` : ''}`;
}

/** The package lock of the whole negotiation: provisional until every provision of every shared document is agreed. */
export function PackageBanner({ pkg, currentDocumentId }: { pkg: PackageJson; currentDocumentId?: string }) {
  const t = useTranslations('languages');
  if (!pkg.provisional) {
    return (
      <div className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-900" data-testid="package-banner">
        <p className="font-semibold">{packageSummary(pkg)}</p>
        <p>Every provision of every shared document is confirmed by every party, as the text now reads.</p>
      </div>
    );
  }
  const byDocument = new Map<string, PackageJson['open']>();
  for (const o of pkg.open) byDocument.set(o.documentTitle, [...(byDocument.get(o.documentTitle) ?? []), o]);
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="package-banner">
      <p className="font-semibold">{packageSummary(pkg)}</p>
      <p>Nothing is agreed until everything is agreed: the package covers every shared document of this negotiation.</p>
      {(pkg.outOfStep?.length ?? 0) > 0 && <p className="mt-1 font-medium" data-testid="package-out-of-step">{t('packageOutOfStep', { count: pkg.outOfStep!.length })}</p>}
      {pkg.open.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer font-medium">What is still open ({pkg.open.length})</summary>
          {[...byDocument.entries()].map(([title, items]) => (
            <div key={title} className="mt-2">
              <p className="font-medium">
                {title}
                {items[0]?.documentId === currentDocumentId ? ' (this document)' : ''}
              </p>
              <ul className="mt-1 list-disc space-y-1 ps-5">
                {items.map((h) => (
                  <li key={h.clauseKey}>
                    ‘{h.label}’ — {STATUS_LABELS[h.status].toLowerCase()}
                    {h.partiesNotAgreed.length > 0 ? `; not yet confirmed by ${h.partiesNotAgreed.join(', ')}` : ''}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </details>
      )}
    </div>
  );
}
