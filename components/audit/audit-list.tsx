import Link from 'next/link';
import { useFormatDate } from '@/components/ui/format';
import type { ActivityItem } from '@/lib/audit/list-events';

/** Who did what and when, newest first; entries about a document link to it. */
export function AuditList({ negotiationId, events }: { negotiationId: string; events: ActivityItem[] }) {
  const formatDate = useFormatDate();
  if (events.length === 0) return <p className="text-sm text-muted">Nothing matches these filters.</p>;
  return (
    <ol aria-label="Activity" className="divide-y divide-line">
      {events.map((e) => (
        <li key={e.id} className="flex flex-col gap-0.5 py-3 text-sm sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
          <p>
            <span className="font-medium">{e.actorName}</span> {e.summary}
            {e.documentId && (
              <>
                {' · '}
                <Link href={`/negotiations/${negotiationId}/documents/${e.documentId}`} className="text-accent underline underline-offset-2">
                  Open<span className="sr-only"> the document</span>
                </Link>
              </>
            )}
          </p>
          <p className="shrink-0 text-xs text-muted">
            <time dateTime={new Date(e.at).toISOString()}>{formatDate(e.at)}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}
