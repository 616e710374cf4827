/**
 * Clause-library search timing: `node --import tsx bench/clause-search.ts` prints one JSON line
 * (load + index build, and per-query median / p95 / max in ms over the whole library).
 */
import { buildClauseLibrary } from '@/lib/clauses/library';
import { validateLibrary } from '@/lib/clauses/validate-library';

const QUERIES = [
  'cantonment',
  'verification mechanism',
  'amnesty exclusions',
  'mine',
  'police oversight',
  'women',
  'funding',
  'ceasefire monitoring',
  'dd',
  'reintegration of children',
];

/** Runs the benchmark and returns its figures. */
export function benchClauseSearch(rounds = 50) {
  const t0 = performance.now();
  const { clauses } = validateLibrary();
  const t1 = performance.now();
  const library = buildClauseLibrary(clauses);
  const t2 = performance.now();
  library.index.search({ q: 'warm up' });
  const firstQueryMs = Math.round((performance.now() - t2) * 1000) / 1000;
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of QUERIES) {
      const s = performance.now();
      library.index.search({ q, limit: 30 });
      times.push(performance.now() - s);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))]! * 1000) / 1000;
  return {
    bench: 'clause-search',
    clauses: clauses.length,
    loadMs: Math.round(t1 - t0),
    indexMs: Math.round(t2 - t1),
    firstQueryMs,
    queries: times.length,
    medianMs: at(0.5),
    p95Ms: at(0.95),
    maxMs: at(1),
    budgetMs: 50,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(benchClauseSearch()));
