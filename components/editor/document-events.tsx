'use client';

import { createContext, useContext, useEffect, useRef } from 'react';

/**
 * Live "something changed" notices for a document (comments, statuses, attachments ...). The
 * editor workspace provides them from the collaboration socket; panels refetch their data when
 * their topic is announced. Without a provider, panels fall back to polling.
 */
export interface DocumentEvents {
  subscribe(topic: string, onChange: () => void): () => void;
  /** True when notices arrive over the socket (no polling needed). */
  live: boolean;
}

export const DocumentEventsContext = createContext<DocumentEvents>({ subscribe: () => () => {}, live: false });

const FALLBACK_POLL_MS = 3000;

/** Calls `onChange` whenever `topic` is announced for the current document (or periodically without a socket). */
export function useDocumentTopic(topic: string, onChange: () => void): void {
  const events = useContext(DocumentEventsContext);
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    const unsubscribe = events.subscribe(topic, () => latest.current());
    const timer = events.live ? null : setInterval(() => latest.current(), FALLBACK_POLL_MS);
    return () => {
      unsubscribe();
      if (timer) clearInterval(timer);
    };
  }, [events, topic]);
}
