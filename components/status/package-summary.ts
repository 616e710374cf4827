import { useTranslations } from 'next-intl';
import type { PackageJson } from './status-api';

// Apart from package-banner.tsx: the document page's package line needs the summary, not the banner
// and its list of out-of-step language versions.

/** The first line of the package state in the reader's language, e.g. "Package provisional — 31 of 44 provisions agreed; open: Chapter III (9), Annex A (4)". */
export function usePackageSummary(): (pkg: PackageJson) => string {
  const t = useTranslations('packageState');
  return (pkg) => {
    if (!pkg.provisional) return t('agreed', { total: pkg.total });
    if (pkg.total === 0) return t('empty');
    const open = pkg.documents
      .filter((d) => d.total > d.agreed || d.marks.brackets + d.marks.suggestions + d.marks.alternatives > 0)
      .map((d) => (d.total > d.agreed ? `${d.title} (${d.total - d.agreed})` : t('openMarks', { title: d.title })));
    return t('provisional', { agreed: pkg.agreed, total: pkg.total }) + (open.length ? t('openList', { list: open.join(', ') }) : '');
  };
}
