import dynamic from 'next/dynamic';
import type { Clause } from '@/lib/clauses/schema';
import { useLocale, useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';

const ClauseFacts = dynamic(() => import('./clause-facts'));

/** Metadata of a clause: topic, strength, PA-X codes, tags, checklist and the drafting note. */
export function ClauseDetails({ clause, compact = false }: { clause: Clause; compact?: boolean }) {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <div className="space-y-2 text-sm">
      <p className="flex flex-wrap items-center gap-2">
        <Badge tone="accent"><span lang={locale}>{t(`topics.${clause.topic}`)}</span></Badge>
        <Badge><span lang={locale}>{t(`clauses.strength_${clause.strength}`)}</span></Badge>
        <span dir="ltr" className="text-xs text-muted">
          {clause.id} · v{clause.version}
        </span>
      </p>
      <p className="text-muted">{clause.summary}</p>
      {!compact && (
        <>
          <ClauseFacts clause={clause} />
          <details className="rounded border border-line bg-gray-50 p-2">
            <summary lang={locale} className="cursor-pointer font-medium">{t('clauses.draftingNote')}</summary>
            <p lang="en" dir="ltr" className="mt-2">{clause.drafting_note}</p>
          </details>
        </>
      )}
    </div>
  );
}
