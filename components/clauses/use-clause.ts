'use client';

import { useEffect, useState } from 'react';
import type { Clause } from '@/lib/clauses/schema';
import { loadClause } from './clause-api';

/** The selected clause (null while loading or when none is selected). */
export function useClause(id: string | null): { clause: Clause | null; loading: boolean } {
  const [state, setState] = useState<{ id: string | null; clause: Clause | null }>({ id: null, clause: null });
  useEffect(() => {
    if (!id) return;
    let cancelled = false;
    loadClause(id).then((clause) => !cancelled && setState({ id, clause }));
    return () => {
      cancelled = true;
    };
  }, [id]);
  const current = state.id === id ? state.clause : null;
  return { clause: id ? current : null, loading: id !== null && state.id !== id };
}
