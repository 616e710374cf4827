'use client';

import { TOPIC_LABELS } from '@/lib/clauses/topic-tree';
import type { SearchResponse } from './clause-api';

export interface ClauseResultListProps {
  result: SearchResponse | null;
  loading: boolean;
  error: string | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Search results as a list of buttons; the status line is announced to screen readers. */
export function ClauseResultList({ result, loading, error, selectedId, onSelect }: ClauseResultListProps) {
  const status = error ? error : loading && !result ? 'Searching…' : result ? `${result.total} clause${result.total === 1 ? '' : 's'} found` : '';
  return (
    <div>
      <p role="status" aria-live="polite" className={`text-xs ${error ? 'text-red-800' : 'text-muted'}`}>
        {status}
        {result && !error && <span className="sr-only"> in {result.tookMs} ms</span>}
      </p>
      <ul aria-label="Matching clauses" className="mt-2 space-y-1">
        {result?.hits.map((hit) => (
          <li key={hit.id}>
            <button
              type="button"
              onClick={() => onSelect(hit.id)}
              aria-current={hit.id === selectedId ? 'true' : undefined}
              className={`w-full rounded-md border px-3 py-2 text-start text-sm hover:bg-accent-soft ${hit.id === selectedId ? 'border-accent bg-accent-soft' : 'border-line bg-white'}`}
            >
              <span className="block font-medium text-ink">{hit.title}</span>
              <span className="block text-xs text-muted">
                {TOPIC_LABELS[hit.topic]} · {hit.pax_codes.join(', ')}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {result && result.total > result.hits.length && (
        <p className="mt-2 text-xs text-muted">Showing the first {result.hits.length}; refine the search to see others.</p>
      )}
    </div>
  );
}
