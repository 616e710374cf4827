import { useTranslations } from 'next-intl';
import { OutOfStepList } from '@/components/languages/out-of-step-list';
import { isolate } from '@/components/ui/bdi';
import { usePackageSummary } from './package-summary';
import type { PackageJson } from './status-api';

/** The package lock of the whole negotiation: provisional until every provision of every shared document is agreed. */
export function PackageBanner({ pkg, currentDocumentId }: { pkg: PackageJson; currentDocumentId?: string }) {
  const tp = useTranslations('packageState');
  const ts = useTranslations('statuses');
  const packageSummary = usePackageSummary();
  if (!pkg.provisional) {
    return (
      <div className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-900" data-testid="package-banner">
        <p className="font-semibold">{packageSummary(pkg)}</p>
        <p>{tp('agreedBody')}</p>
        <OutOfStepList pkg={pkg} />
      </div>
    );
  }
  const byDocument = new Map<string, PackageJson['open']>();
  for (const o of pkg.open) byDocument.set(o.documentTitle, [...(byDocument.get(o.documentTitle) ?? []), o]);
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="package-banner">
      <p className="font-semibold">{packageSummary(pkg)}</p>
      <p>{tp('provisionalBody')}</p>
      <OutOfStepList pkg={pkg} />
      {pkg.open.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer font-medium">{tp('stillOpen', { count: pkg.open.length })}</summary>
          {[...byDocument.entries()].map(([title, items]) => (
            <div key={title} className="mt-2">
              <p className="font-medium">
                <bdi>{title}</bdi>
                {items[0]?.documentId === currentDocumentId ? tp('thisDocument') : ''}
              </p>
              <ul className="mt-1 list-disc space-y-1 ps-5">
                {items.map((h) => (
                  <li key={h.clauseKey}>
                    ‘<bdi>{h.label}</bdi>’ — {ts(h.status).toLocaleLowerCase()}
                    {h.partiesNotAgreed.length > 0 ? tp('notConfirmedBy', { parties: h.partiesNotAgreed.map(isolate).join(', ') }) : ''}
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
