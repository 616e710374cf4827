import { findCheck } from '@/lib/clauses/checks';
import { itemPath } from '@/lib/clauses/finding';
import { describePaxCode } from '@/lib/clauses/pax-codes';
import type { Clause } from '@/lib/clauses/schema';
import { useLocale, useTranslations } from 'next-intl';

/**
 * A clause's PA-X codes (with the codebook's labels) and what its checklist asks for. Loaded with
 * next/dynamic by ClauseDetails: the codebook and the checks engine reach the browser only when
 * someone opens a clause.
 */
export default function ClauseFacts({ clause }: { clause: Clause }) {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <>
      <p>
        <span lang={locale} className="font-medium">
          {t('clauses.paxCodes')}
        </span>{' '}
        {clause.pax_codes.map((code, i) => (
          <span key={code} title={describePaxCode(code)}>
            {i > 0 && ', '}
            {code}
          </span>
        ))}
        <span lang={locale} className="ms-3 font-medium">
          {t('clauses.tags')}
        </span>{' '}
        {clause.tags.join(', ')}
      </p>
      <p>
        <span lang={locale} className="font-medium">
          {t('clauses.implementableNames')}
        </span>{' '}
        {clause.checklist
          .map((i) => (findCheck(i) ? t(`findings.label.${itemPath(i)}` as 'findings.label.deadline').toLocaleLowerCase(locale) : i))
          .join(' · ')}
      </p>
    </>
  );
}
