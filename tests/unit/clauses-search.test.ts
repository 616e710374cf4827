import { describe, expect, it } from 'vitest';
import { getClauseLibrary } from '@/lib/clauses/library';
import { buildSearchIndex } from '@/lib/clauses/search-index';
import { SEARCH_FIXTURES } from '../fixtures/clauses/sample-clauses';

describe('clause search', () => {
  const index = buildSearchIndex(SEARCH_FIXTURES);

  it('ranks an exact title match first, even against clauses that repeat the word', () => {
    const { hits } = index.search({ q: 'Cantonment' });
    expect(hits.map((h) => h.id)).toEqual(['cf-cantonment', 'ddr-weapons', 'cf-sites-supply']);
  });

  it('matches prefixes, requires every term, and filters by PA-X code, tag and topic', () => {
    expect(index.search({ q: 'canton' }).total).toBe(3);
    expect(index.search({ q: 'cantonment weapons' }).hits.map((h) => h.id)).toEqual(['ddr-weapons']);
    expect(index.search({ q: 'cantonment', pax: 'DdrDemil' }).hits.map((h) => h.id)).toEqual(['ddr-weapons']);
    expect(index.search({ q: '', tag: 'amnesty' }).hits.map((h) => h.id)).toEqual(['tj-amnesty']);
    expect(index.search({ topic: 'transitional-justice' }).total).toBe(1);
    expect(index.search({ q: 'zebra' }).total).toBe(0);
  });

  it('searches the whole real library in under 50 ms', () => {
    const library = getClauseLibrary();
    const started = performance.now();
    for (const q of ['cantonment', 'verification mechanism', 'amnesty', 'mine', 'police oversight']) library.index.search({ q });
    const perQuery = (performance.now() - started) / 5;
    expect(perQuery).toBeLessThan(50);
    expect(library.index.search({ q: 'cantonment' }).hits[0]?.id).toBe('cf-cantonment-sites');
  });
});
