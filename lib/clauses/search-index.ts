import type { Clause } from './schema';
import { CLAUSE_LANGUAGES, CLAUSE_TOPICS, type ClauseLanguage, type ClauseTopic } from './clause-terms';
import { normalizeText, tokenize } from './tokenize';

/** What a search result shows; the full clause is fetched by id. */
export interface ClauseSummary {
  id: string;
  version: number;
  topic: ClauseTopic;
  subtopic: string;
  title: string;
  summary: string;
  strength: Clause['strength'];
  tags: string[];
  pax_codes: string[];
  /** Titles of the working translations the clause has, by language. */
  titles: Partial<Record<ClauseLanguage, string>>;
}

export interface ClauseQuery {
  q?: string;
  topic?: string;
  pax?: string;
  tag?: string;
  limit?: number;
}

export interface ClauseSearchResult {
  hits: (ClauseSummary & { score: number })[];
  total: number;
}

export interface ClauseSearchIndex {
  search(query: ClauseQuery): ClauseSearchResult;
}

const FIELD_WEIGHTS = { title: 10, tags: 6, subtopic: 5, summary: 3, body: 1 } as const;
const PREFIX_FACTOR = 0.6;

/** The fields a result carries, without body and variants. */
export function toSummary(c: Clause): ClauseSummary {
  const titles: ClauseSummary['titles'] = {};
  for (const lang of CLAUSE_LANGUAGES) if (c.translations?.[lang]) titles[lang] = c.translations[lang].title;
  return {
    id: c.id,
    version: c.version,
    topic: c.topic,
    subtopic: c.subtopic,
    title: c.title,
    summary: c.summary,
    strength: c.strength,
    tags: c.tags,
    pax_codes: c.pax_codes,
    titles,
  };
}

/**
 * An in-memory inverted index over title, summary, body (all three variants) and tags, in English
 * and in every working translation (Arabic and French tokenised by lib/clauses/tokenize.ts).
 * A query with text but no searchable word finds nothing (it is not ignored).
 * Every query term must match a token exactly or as a prefix; an exact title (or id) match ranks
 * first, then the weighted term score. About 100 clauses search in well under a millisecond.
 */
export function buildSearchIndex(clauses: readonly Clause[]): ClauseSearchIndex {
  const postings = new Map<string, Map<number, number>>();
  const add = (token: string, doc: number, weight: number) => {
    let row = postings.get(token);
    if (!row) postings.set(token, (row = new Map()));
    row.set(doc, (row.get(doc) ?? 0) + weight);
  };
  clauses.forEach((c, doc) => {
    const fields: [keyof typeof FIELD_WEIGHTS, string][] = [
      ['title', c.title],
      ['tags', c.tags.join(' ')],
      ['subtopic', c.subtopic.replace(/-/g, ' ')],
      ['summary', c.summary],
      ['body', `${c.variants.standard.text} ${c.variants.maximal.text} ${c.variants.fallback.text}`],
    ];
    for (const lang of CLAUSE_LANGUAGES) {
      const t = c.translations?.[lang];
      if (!t) continue;
      fields.push(
        ['title', t.title],
        ['summary', t.summary],
        ['body', `${t.variants.standard.text} ${t.variants.maximal.text} ${t.variants.fallback.text}`],
      );
    }
    for (const [field, text] of fields) for (const token of tokenize(text)) add(token, doc, FIELD_WEIGHTS[field]);
  });
  const vocabulary = [...postings.keys()].sort();
  const titles = clauses.map((c) =>
    [c.title, ...CLAUSE_LANGUAGES.map((l) => c.translations?.[l]?.title ?? '')].filter(Boolean).map(normalizeText),
  );
  const topicOrder = (t: string) => CLAUSE_TOPICS.indexOf(t as ClauseTopic);

  function termScores(term: string): Map<number, number> {
    const scores = new Map<number, number>();
    for (const [doc, w] of postings.get(term) ?? []) scores.set(doc, Math.log2(1 + w) * 2);
    if (term.length >= 3) {
      // The vocabulary is sorted: tokens with this prefix form one run starting at the term.
      let lo = 0;
      let hi = vocabulary.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (vocabulary[mid]! < term) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < vocabulary.length && vocabulary[i]!.startsWith(term); i++) {
        const token = vocabulary[i]!;
        if (token === term) continue;
        for (const [doc, w] of postings.get(token)!) {
          scores.set(doc, Math.max(scores.get(doc) ?? 0, Math.log2(1 + w) * 2 * PREFIX_FACTOR));
        }
      }
    }
    return scores;
  }

  return {
    search({ q = '', topic, pax, tag, limit = 20 }) {
      const keep = (c: Clause) => (!topic || c.topic === topic) && (!pax || c.pax_codes.includes(pax)) && (!tag || c.tags.includes(tag));
      const terms = [...new Set(tokenize(q))];
      const scored: { doc: number; score: number }[] = [];
      if (terms.length === 0 && q.trim() !== '') {
        // Text that holds no searchable word (punctuation, stop words only): nothing matches it.
      } else if (terms.length === 0) {
        clauses.forEach((c, doc) => keep(c) && scored.push({ doc, score: 0 }));
        scored.sort(
          (a, b) =>
            topicOrder(clauses[a.doc]!.topic) - topicOrder(clauses[b.doc]!.topic) ||
            clauses[a.doc]!.title.localeCompare(clauses[b.doc]!.title),
        );
      } else {
        const perTerm = terms.map(termScores);
        const phrase = normalizeText(q);
        clauses.forEach((c, doc) => {
          if (!keep(c) || !perTerm.every((s) => s.has(doc))) return;
          let score = perTerm.reduce((sum, s) => sum + s.get(doc)!, 0);
          const own = titles[doc]!;
          if (own.includes(phrase) || c.id === q.trim()) score += 1000;
          else if (own.some((t) => t.startsWith(phrase))) score += 100;
          else if (own.some((t) => t.includes(phrase))) score += 50;
          scored.push({ doc, score });
        });
        scored.sort((a, b) => b.score - a.score || clauses[a.doc]!.title.localeCompare(clauses[b.doc]!.title));
      }
      const hits = scored
        .slice(0, Math.max(1, limit))
        .map(({ doc, score }) => ({ ...toSummary(clauses[doc]!), score: Math.round(score * 100) / 100 }));
      return { hits, total: scored.length };
    },
  };
}
