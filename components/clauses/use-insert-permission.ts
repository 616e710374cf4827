'use client';

import { useEffect, useState } from 'react';
import type { InsertPermission } from '@/lib/clauses/get-insert-permission';
import { fetchJson } from '@/components/ui/fetch-json';

/** The server's answer (lib/access) to "may I insert library clauses here?"; null while loading. */
export function useInsertPermission(documentId: string): InsertPermission | null {
  const [permission, setPermission] = useState<{ documentId: string; value: InsertPermission } | null>(null);
  useEffect(() => {
    let cancelled = false;
    fetchJson<InsertPermission>(`/api/clauses/permission?documentId=${encodeURIComponent(documentId)}`, 'GET').then((res) => {
      if (!cancelled && res.ok) setPermission({ documentId, value: res.data });
    });
    return () => {
      cancelled = true;
    };
  }, [documentId]);
  return permission?.documentId === documentId ? permission.value : null;
}
