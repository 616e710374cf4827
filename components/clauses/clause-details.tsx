import dynamic from 'next/dynamic';
import type { Clause } from '@/lib/clauses/schema';
import { useLocale, useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { languageDirection } from '@/lib/i18n/locales';
import { EnglishOnly } from './english-only';

const ClauseFacts = dynamic(() => import('./clause-facts'));

export interface ClauseDetailsProps {
  clause: Clause;
  compact?: boolean;
  noteLang?: string;
  readerLang?: string;
}

/**
 * Metadata of a clause: topic, strength, PA-X codes, tags, checklist and the drafting note, the
 * note in `noteLang` and marked when that is English while the clause is read in `readerLang`.
 */
export function ClauseDetails({ clause, compact = false, noteLang = 'en', readerLang = 'en' }: ClauseDetailsProps) {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <div className="space-y-2 text-sm">
      <p className="flex flex-wrap items-center gap-2">
        <Badge tone="accent">
          <span lang={locale}>{t(`topics.${clause.topic}`)}</span>
        </Badge>
        <Badge>
          <span lang={locale}>{t(`clauses.strength_${clause.strength}`)}</span>
        </Badge>
        <span dir="ltr" className="text-xs text-muted">
          {clause.id} · v{clause.version}
        </span>
      </p>
      <p className="text-muted">{clause.summary}</p>
      {!compact && (
        <>
          <ClauseFacts clause={clause} />
          <details className="rounded border border-line bg-gray-50 p-2">
            <summary lang={locale} className="cursor-pointer font-medium">
              {t('clauses.draftingNote')}
            </summary>
            <p className="mt-2">
              {noteLang !== readerLang && <EnglishOnly />}
              <span lang={noteLang} dir={languageDirection(noteLang)}>
                {clause.drafting_note}
              </span>
            </p>
          </details>
        </>
      )}
    </div>
  );
}
