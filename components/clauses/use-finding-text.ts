'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { findingLanguage, renderFinding, type Finding, type FindingTranslator } from '@/lib/clauses/finding';

/** A finding of the checks in the reader's language, with the language it came out in (library text may stay English). */
export function useFindingText(): (finding: Finding) => { text: string; lang: string } {
  const t = useTranslations('findings');
  const locale = useLocale();
  return useCallback(
    (finding: Finding) => ({
      text: renderFinding(t as unknown as FindingTranslator, finding, locale),
      lang: findingLanguage(finding, locale),
    }),
    [t, locale],
  );
}
