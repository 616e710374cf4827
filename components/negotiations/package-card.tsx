import { useTranslations } from 'next-intl';
import { PackageBanner } from '@/components/status/package-banner';
import type { PackageJson } from '@/components/status/status-api';
import { ui } from '@/components/ui/styles';

/** The negotiation's agreement package on the overview: the summary line, then how far each shared document is. */
export function PackageCard({ pkg }: { pkg: PackageJson }) {
  const t = useTranslations('package');
  return (
    <section id="package" aria-labelledby="package-title" className={ui.card}>
      <h2 id="package-title" className={ui.h2}>
        {t('title')}
      </h2>
      <div className="mt-3">
        <PackageBanner pkg={pkg} />
      </div>
      {pkg.documents.length > 0 && (
        <ul className="mt-3 divide-y divide-line text-sm" aria-label={t('perDocument')}>
          {pkg.documents.map((d) => (
            <li key={d.documentId} className="flex flex-wrap items-center justify-between gap-2 py-2">
              {/* Not a link: the Documents card opens them (one link per document on the page). */}
              <span className="font-medium text-ink">{d.title}</span>
              <span className="text-muted">{d.total === 0 ? t('noProvisions') : t('agreedOf', { agreed: d.agreed, total: d.total })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
