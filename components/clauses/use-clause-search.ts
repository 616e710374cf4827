'use client';

import { useEffect, useState } from 'react';
import { searchClauses, type SearchFilters, type SearchResponse } from './clause-api';

export const EMPTY_FILTERS: SearchFilters = { q: '', topic: '', pax: '', tag: '' };

/** Debounced library search: the latest results for the filters, plus loading and error state. */
export function useClauseSearch(filters: SearchFilters, limit = 30) {
  const [result, setResult] = useState<SearchResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const { q, topic, pax, tag } = filters;

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(async () => {
      setLoading(true);
      const res = await searchClauses({ q, topic, pax, tag }, { limit });
      if (cancelled) return;
      setLoading(false);
      if (res.ok) {
        setResult(res.data);
        setError(null);
      } else setError(res.error);
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [q, topic, pax, tag, limit]);

  return { result, error, loading };
}
