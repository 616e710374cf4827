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

describe('clause search in every script', () => {
  const { index } = getClauseLibrary();
  const ids = (q: string) => index.search({ q, limit: 200 }).hits.map((h) => h.id);

  it('finds the Arabic ceasefire clause, with or without diacritics, tatweel, article or hamza', () => {
    for (const q of ['وقف الأعمال العدائية', 'وَقْفُ الأَعْمَالِ العِدَائِيَّة', 'وقـــف الاعمال العدائيه', 'العدائية']) {
      expect(ids(q)[0], q).toBe('cf-general-commitment');
    }
    expect(ids('إطلاق النار')).toContain('cf-general-commitment');
    // The article and the particles fused to it do not hide a word: "بالعفو" finds "العفو".
    expect(ids('بالعفو')).toContain('tj-amnesty-scope');
    expect(ids('نزع السلاح')).toContain('ddr-disarmament');
  });

  it('folds French accents both ways', () => {
    expect(ids('cessation des hostilités')[0]).toBe('cf-general-commitment');
    expect(ids('CESSATION DES HOSTILITES')[0]).toBe('cf-general-commitment');
    expect(ids('amnistie')).toContain('tj-amnesty-scope');
    expect(ids('désarmement')).toContain('ddr-disarmament');
  });

  it('a query that matches nothing finds nothing, in any script; punctuation alone is not ignored', () => {
    expect(index.search({ q: 'كلمةغيرموجودة' }).total).toBe(0);
    expect(index.search({ q: 'zzzxqj' }).total).toBe(0);
    expect(index.search({ q: '؟!…' }).total).toBe(0);
    expect(index.search({ q: '   ' }).total).toBeGreaterThan(100);
  });

  it('reports each clause’s translated titles', () => {
    const hit = index.search({ q: 'General commitment to cease hostilities' }).hits[0]!;
    expect(hit.id).toBe('cf-general-commitment');
    expect(hit.titles.ar).toBe('الالتزام العام بوقف الأعمال العدائية');
    expect(hit.titles.fr).toMatch(/^Engagement général/);
  });
});
