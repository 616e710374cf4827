'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { usePackageSummary } from './package-summary';
import type { PackageJson } from './status-api';
import { usePackageState } from './use-package-state';

/**
 * The negotiation's package state on a document page (never this document's alone): provisional
 * until every provision of every shared document is agreed. Live on 'package' notices.
 */
export function PackageLine({ negotiationId, initial }: { negotiationId: string; initial: PackageJson }) {
  const pkg = usePackageState(negotiationId, initial) ?? initial;
  const packageSummary = usePackageSummary();
  const t = useTranslations('status');
  return (
    <p
      data-testid="package-state"
      role="status"
      className={`rounded-full border px-3 py-1 text-sm ${pkg.provisional ? 'border-amber-300 bg-amber-50 text-amber-900' : 'border-emerald-300 bg-emerald-50 text-emerald-900'}`}
    >
      {packageSummary(pkg)}{' '}
      <Link href={`/negotiations/${negotiationId}#package`} className="underline underline-offset-2">
        {t('details')}
      </Link>
    </p>
  );
}
