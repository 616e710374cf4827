'use client';

import { useCallback, useEffect, useState } from 'react';
import { useDocumentTopic } from '@/components/editor/document-events';
import { fetchJson } from '@/components/ui/fetch-json';
import type { PackageJson } from './status-api';

interface Store {
  data: PackageJson | null;
  inflight: Promise<void> | null;
  listeners: Set<(p: PackageJson) => void>;
}

/** One store per negotiation in the page: the package line, the board's banner and the export panel share one fetch. */
const stores = new Map<string, Store>();

function storeFor(negotiationId: string): Store {
  let store = stores.get(negotiationId);
  if (!store) stores.set(negotiationId, (store = { data: null, inflight: null, listeners: new Set() }));
  return store;
}

function refresh(negotiationId: string): Promise<void> {
  const store = storeFor(negotiationId);
  store.inflight ??= fetchJson<{ package: PackageJson }>(`/api/negotiations/${encodeURIComponent(negotiationId)}/package`, 'GET')
    .then((res) => {
      if (!res.ok) return;
      store.data = res.data.package;
      for (const l of store.listeners) l(res.data.package);
    })
    .finally(() => {
      store.inflight = null;
    });
  return store.inflight;
}

/**
 * The negotiation's package state, live: refetched (once for the whole page) whenever a
 * 'package' notice arrives — the server sends one to every shared document of the negotiation
 * when a status or a provision changes anywhere in it. Null when `negotiationId` is null.
 */
export function usePackageState(negotiationId: string | null, initial: PackageJson | null = null): PackageJson | null {
  const [pkg, setPkg] = useState<PackageJson | null>(() => (negotiationId ? (storeFor(negotiationId).data ?? initial) : null));
  useEffect(() => {
    if (!negotiationId) return;
    const store = storeFor(negotiationId);
    store.listeners.add(setPkg);
    if (store.data) setPkg(store.data);
    void refresh(negotiationId); // one request for every component mounting now; never a stale package from an earlier visit

    return () => void store.listeners.delete(setPkg);
  }, [negotiationId]);
  const onNotice = useCallback(() => void (negotiationId && refresh(negotiationId)), [negotiationId]);
  useDocumentTopic('package', onNotice);
  return pkg;
}
