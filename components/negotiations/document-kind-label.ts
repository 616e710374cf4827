import { useTranslations } from 'next-intl';
import type { DocumentKind } from '@/lib/negotiations/terms';

// Its own module, not document-list.tsx: the document page renders this label, and a page that
// imports a module naming client components (the new-document form) ships their code to the browser.

/** The badge text for a document kind in the reader's language; caucus badges name the owning delegation. */
export function useDocumentKindLabel(): (kind: DocumentKind, partyName?: string | null) => string {
  const t = useTranslations('documents');
  return (kind, partyName) => {
    if (kind === 'shared') return t('kindShared');
    if (kind === 'caucus') return partyName ? t('kindCaucus', { party: partyName }) : t('kindCaucusAnon');
    if (kind === 'bilateral') return partyName ? t('kindBilateral', { party: partyName }) : t('kindBilateralAnon');
    return t('kindMediator');
  };
}
