'use client';

import { useCallback, useEffect, useState } from 'react';
import { fetchJson } from '@/components/ui/fetch-json';
import { useDocumentTopic } from './document-events';

/** GETs `url` as JSON and refetches whenever the document announces `topic` (or on the polling fallback). An empty url fetches nothing. */
export function useLiveJson<T>(url: string, topic: string) {
  const [data, setData] = useState<T | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const refetch = useCallback(async () => {
    if (!url) return;
    const res = await fetchJson<T>(url, 'GET');
    if (res.ok) {
      setData(res.data);
      setLoadError(null);
    } else setLoadError(res.error);
  }, [url]);

  useEffect(() => {
    void refetch();
  }, [refetch]);
  useDocumentTopic(topic, () => void refetch());

  return { data, setData, loadError, refetch };
}
