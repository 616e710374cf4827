'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { clauseInLanguage, clauseLanguages, noteLanguages } from '@/lib/clauses/clause-in-language';
import { LOCALE_NAMES, languageDirection } from '@/lib/i18n/locales';
import type { TopicNode } from '@/lib/clauses/topic-tree';
import { ClauseDetails } from './clause-details';
import { ClauseResultList } from './clause-result-list';
import { ClauseSearchForm } from './clause-search-form';
import { TopicTreeNav } from './topic-tree-nav';
import { EMPTY_FILTERS, useClauseSearch } from './use-clause-search';
import { useClause } from './use-clause';
import { VariantPreview } from './variant-preview';

export interface ClauseBrowserProps {
  tree: TopicNode[];
  paxCodes: string[];
  tags: string[];
  initialClauseId: string | null;
}

/** The /clauses page: topic tree, search with filters, and the selected clause's variants side by side. */
export function ClauseBrowser({ tree, paxCodes, tags, initialClauseId }: ClauseBrowserProps) {
  const [filters, setFilters] = useState(EMPTY_FILTERS);
  const [selectedId, setSelectedId] = useState<string | null>(initialClauseId);
  const search = useClauseSearch(filters, 50);
  const { clause: original, loading } = useClause(selectedId);
  const t = useTranslations();
  const locale = useLocale();
  const [textLanguage, setTextLanguage] = useState<string | null>(null);
  const languages = original ? clauseLanguages(original) : [];
  // The reader's language when the clause has it, else English; a choice made here sticks.
  const shownLanguage =
    textLanguage && languages.includes(textLanguage as never) ? textLanguage : languages.includes(locale as never) ? locale : 'en';
  const clause = original ? clauseInLanguage(original, shownLanguage) : null;
  const notes = original ? noteLanguages(original, shownLanguage) : null;
  const topics = tree.map((topic) => ({ value: topic.topic, label: t(`topics.${topic.topic}`) }));
  const preview = useRef<HTMLElement>(null);
  const results = useRef<HTMLElement>(null);
  const revealNext = useRef(false);
  const choose = (id: string) => {
    revealNext.current = true;
    setSelectedId(id);
  };
  // Stacked (narrow) layout: the preview sits below a long list, so a tap would seem to do nothing.
  // Bring it into view and give it focus; side by side it is already visible and focus stays put.
  useEffect(() => {
    const el = preview.current;
    if (!clause || !revealNext.current || !el) return;
    revealNext.current = false;
    const box = el.getBoundingClientRect();
    if (box.top < window.innerHeight - 80 && box.bottom > 0) return;
    el.scrollIntoView({ block: 'start', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    el.focus({ preventScroll: true });
  }, [clause]);
  const backToResults = () => {
    const current = results.current?.querySelector<HTMLElement>('[aria-current="true"]');
    (current ?? results.current)?.scrollIntoView({ block: 'center' });
    current?.focus({ preventScroll: true });
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[15rem_18rem_minmax(0,1fr)]">
      <aside className="rounded-lg border border-line bg-white p-3">
        <h2 className="mb-2 text-sm font-semibold">{t('clauses.browse')}</h2>
        <TopicTreeNav tree={tree} selectedId={selectedId} onSelect={choose} onTopic={(topic) => setFilters({ ...EMPTY_FILTERS, topic })} />
      </aside>
      <section ref={results} aria-label={t('clauses.searchRegion')} className="space-y-3">
        <ClauseSearchForm filters={filters} onChange={setFilters} facets={{ topics, paxCodes, tags }} compact />
        <ClauseResultList {...search} selectedId={selectedId} onSelect={choose} query={filters.q} />
      </section>
      <section
        ref={preview}
        tabIndex={-1}
        aria-labelledby="clause-preview-title"
        aria-busy={loading}
        className="min-w-0 scroll-mt-4 rounded-lg border border-line bg-white p-4 focus:outline-none"
      >
        {clause ? (
          <>
            <button type="button" onClick={backToResults} className="mb-2 text-sm text-accent underline underline-offset-2 lg:hidden">
              {t('clauses.backToList')}
            </button>
            {languages.length > 1 && (
              <div className="mb-2 flex flex-wrap items-center gap-2 text-sm">
                <label htmlFor="clause-text-language" className="font-medium">
                  {t('clauses.textLanguage')}
                </label>
                <select
                  id="clause-text-language"
                  value={shownLanguage}
                  onChange={(e) => setTextLanguage(e.target.value)}
                  className="rounded-md border border-gray-400 px-2 py-1"
                >
                  {languages.map((l) => (
                    <option key={l} value={l} lang={l}>
                      {LOCALE_NAMES[l]}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <div lang={shownLanguage} dir={languageDirection(shownLanguage)} data-testid="clause-text-block">
              <h2 id="clause-preview-title" className="text-xl font-semibold">
                {clause.title}
              </h2>
              {shownLanguage !== 'en' && (
                <p
                  lang={locale}
                  dir={languageDirection(locale)}
                  className="mt-1 rounded border border-amber-300 bg-amber-50 px-2 py-1 text-xs text-amber-950"
                  data-testid="working-translation"
                >
                  {t('clauses.workingTranslation')}
                </p>
              )}
              <div className="mt-2">
                <ClauseDetails clause={clause} noteLang={notes?.draftingNote} readerLang={shownLanguage} />
              </div>
              <h3 lang={locale} className="mt-4 mb-2 text-sm font-semibold">
                {t('clauses.variantsSideBySide')}
              </h3>
              <VariantPreview clause={clause} layout="columns" warningLangs={notes?.warnings} readerLang={shownLanguage} />
            </div>
            {clause.related.length > 0 && (
              <p className="mt-4 text-sm">
                <span className="font-medium">{t('clauses.related')}</span>{' '}
                {clause.related.map((id, i) => (
                  <span key={id}>
                    {i > 0 && ', '}
                    <button type="button" className="text-accent underline" onClick={() => choose(id)}>
                      {id}
                    </button>
                  </span>
                ))}
              </p>
            )}
          </>
        ) : (
          <p id="clause-preview-title" className="text-sm text-muted">
            {loading ? t('clauses.loadingClause') : t('clauses.choose')}
          </p>
        )}
      </section>
    </div>
  );
}
