'use client';

import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { useDocumentTopic } from '@/components/editor/document-events';
import { fetchJson } from '@/components/ui/fetch-json';

/**
 * Keeps an open document page in step with the negotiation's mediation style. A style change closes
 * every editing socket (the server re-authorizes it); when this page's socket is back, the style is
 * re-read and, if it changed, the page's server data (permissions, panels, access badge) is refreshed
 * in place — the live editor keeps its session.
 */
export function StyleSync({ documentId, style }: { documentId: string; style: string }) {
  const router = useRouter();
  const check = useCallback(async () => {
    const res = await fetchJson<{ negotiation: { style: string } }>(`/api/documents/${documentId}`, 'GET');
    if (res.ok && res.data.negotiation.style !== style) router.refresh();
  }, [documentId, style, router]);
  // Every panel topic is announced after a reconnect; 'style' has no notice of its own.
  useDocumentTopic('style', check);
  return null;
}

/** Refreshes the page's server data (panels computed on the server) when the document announces `topic`. */
export function RefreshOnTopic({ topic }: { topic: string }) {
  const router = useRouter();
  useDocumentTopic(topic, () => router.refresh());
  return null;
}
