import { findCheck } from '@/lib/clauses/checks';
import { describePaxCode } from '@/lib/clauses/pax-codes';
import type { Clause } from '@/lib/clauses/schema';
import { TOPIC_LABELS } from '@/lib/clauses/topic-tree';
import { Badge } from '@/components/ui/badge';

/** Metadata of a clause: topic, strength, PA-X codes, tags, checklist and the drafting note. */
export function ClauseDetails({ clause, compact = false }: { clause: Clause; compact?: boolean }) {
  return (
    <div className="space-y-2 text-sm">
      <p className="flex flex-wrap items-center gap-2">
        <Badge tone="accent">{TOPIC_LABELS[clause.topic]}</Badge>
        <Badge>{clause.strength}</Badge>
        <span className="text-xs text-muted">
          {clause.id} · v{clause.version}
        </span>
      </p>
      <p className="text-muted">{clause.summary}</p>
      {!compact && (
        <>
          <p>
            <span className="font-medium">PA-X codes:</span>{' '}
            {clause.pax_codes.map((code, i) => (
              <span key={code} title={describePaxCode(code)}>
                {i > 0 && ', '}
                {code}
              </span>
            ))}
            <span className="ms-3 font-medium">Tags:</span> {clause.tags.join(', ')}
          </p>
          <p>
            <span className="font-medium">An implementable version names:</span> {clause.checklist.map((i) => findCheck(i)?.label.toLowerCase() ?? i).join(' · ')}
          </p>
          <details className="rounded border border-line bg-gray-50 p-2">
            <summary className="cursor-pointer font-medium">Drafting note for mediators</summary>
            <p className="mt-2">{clause.drafting_note}</p>
          </details>
        </>
      )}
    </div>
  );
}
