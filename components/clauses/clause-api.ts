import type { ClauseSummary } from '@/lib/clauses/search-index';
import type { Clause } from '@/lib/clauses/schema';
import type { TopicNode } from '@/lib/clauses/topic-tree';
import { fetchJson } from '@/components/ui/fetch-json';

export interface SearchFilters {
  q: string;
  topic: string;
  pax: string;
  tag: string;
}

export interface SearchResponse {
  hits: (ClauseSummary & { score: number })[];
  total: number;
  tookMs: number;
  tree?: TopicNode[];
  paxCodes?: string[];
  tags?: string[];
}

/** GET /api/clauses with the non-empty filters. */
export function searchClauses(filters: SearchFilters, options: { facets?: boolean; limit?: number } = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value.trim()) params.set(key, value.trim());
  if (options.facets) params.set('facets', '1');
  if (options.limit) params.set('limit', String(options.limit));
  return fetchJson<SearchResponse>(`/api/clauses?${params}`, 'GET');
}

const clauseCache = new Map<string, Promise<Clause | null>>();

/** One clause by id, fetched once per page load (library files change only with a deploy). */
export function loadClause(id: string): Promise<Clause | null> {
  let pending = clauseCache.get(id);
  if (!pending) {
    pending = fetchJson<{ clause: Clause }>(`/api/clauses/${encodeURIComponent(id)}`, 'GET').then((r) => (r.ok ? r.data.clause : null));
    clauseCache.set(id, pending);
    pending.then((c) => c === null && clauseCache.delete(id));
  }
  return pending;
}
