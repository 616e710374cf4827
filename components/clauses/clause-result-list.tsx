'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { SearchResponse } from './clause-api';

export interface ClauseResultListProps {
  result: SearchResponse | null;
  loading: boolean;
  error: string | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The words searched for, named when nothing matches them. */
  query?: string;
}

/** Search results as a list of buttons; the status line is announced to screen readers. */
export function ClauseResultList({ result, loading, error, selectedId, onSelect, query = '' }: ClauseResultListProps) {
  const t = useTranslations();
  const locale = useLocale();
  const q = query.trim();
  const status = error
    ? error
    : loading && !result
      ? t('clauses.searching')
      : result
        ? result.total === 0 && q
          ? t('clauses.noResults', { q })
          : t('clauses.found', { count: result.total })
        : '';
  return (
    <div>
      <p role="status" aria-live="polite" className={`text-xs ${error ? 'text-red-800' : 'text-muted'}`}>
        {status}
        {result && !error && <span className="sr-only">{t('clauses.tookMs', { ms: result.tookMs })}</span>}
      </p>
      <ul aria-label={t('clauses.matching')} className="mt-2 space-y-1">
        {result?.hits.map((hit) => (
          <li key={hit.id}>
            <button
              type="button"
              onClick={() => onSelect(hit.id)}
              aria-current={hit.id === selectedId ? 'true' : undefined}
              className={`w-full rounded-md border px-3 py-2 text-start text-sm hover:bg-accent-soft ${hit.id === selectedId ? 'border-accent bg-accent-soft' : 'border-line bg-white'}`}
            >
              {locale !== 'en' && hit.titles?.[locale as 'fr' | 'ar'] ? (
                <span lang={locale} dir="auto" className="block font-medium text-ink">
                  {hit.titles[locale as 'fr' | 'ar']}
                </span>
              ) : (
                <span lang="en" dir="auto" className="block font-medium text-ink">
                  {hit.title}
                </span>
              )}
              <span className="block text-xs text-muted">
                {t(`topics.${hit.topic}`)} · <span dir="ltr">{hit.pax_codes.join(', ')}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {result && result.total > result.hits.length && (
        <p className="mt-2 text-xs text-muted">{t('clauses.showingFirst', { count: result.hits.length })}</p>
      )}
    </div>
  );
}
