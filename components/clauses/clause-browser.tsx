'use client';

import { useEffect, useRef, useState } from 'react';
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
  const { clause, loading } = useClause(selectedId);
  const topics = tree.map((t) => ({ value: t.topic, label: t.label }));
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
        <h2 className="mb-2 text-sm font-semibold">Browse by topic</h2>
        <TopicTreeNav tree={tree} selectedId={selectedId} onSelect={choose} onTopic={(topic) => setFilters({ ...EMPTY_FILTERS, topic })} />
      </aside>
      <section ref={results} aria-label="Search" className="space-y-3">
        <ClauseSearchForm filters={filters} onChange={setFilters} facets={{ topics, paxCodes, tags }} compact />
        <ClauseResultList {...search} selectedId={selectedId} onSelect={choose} />
      </section>
      <section ref={preview} tabIndex={-1} aria-labelledby="clause-preview-title" aria-busy={loading} className="min-w-0 scroll-mt-4 rounded-lg border border-line bg-white p-4 focus:outline-none">
        {clause ? (
          <>
            <button type="button" onClick={backToResults} className="mb-2 text-sm text-accent underline underline-offset-2 lg:hidden">
              Back to the list
            </button>
            <h2 id="clause-preview-title" className="text-xl font-semibold">{clause.title}</h2>
            <div className="mt-2">
              <ClauseDetails clause={clause} />
            </div>
            <h3 className="mt-4 mb-2 text-sm font-semibold">Variants side by side</h3>
            <VariantPreview clause={clause} layout="columns" />
            {clause.related.length > 0 && (
              <p className="mt-4 text-sm">
                <span className="font-medium">Related:</span>{' '}
                {clause.related.map((id, i) => (
                  <span key={id}>
                    {i > 0 && ', '}
                    <button type="button" className="text-accent underline" onClick={() => choose(id)}>{id}</button>
                  </span>
                ))}
              </p>
            )}
          </>
        ) : (
          <p id="clause-preview-title" className="text-sm text-muted">{loading ? 'Loading the clause…' : 'Choose a clause from the topics or the search results to compare its variants.'}</p>
        )}
      </section>
    </div>
  );
}
