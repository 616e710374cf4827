import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useFormatDate } from '@/components/ui/format';
import type { ActivityItem } from '@/lib/audit/list-events';

/** Who did what and when, newest first; entries about a document link to it. */
export function AuditList({ negotiationId, events }: { negotiationId: string; events: ActivityItem[] }) {
  const formatDate = useFormatDate();
  const t = useTranslations('audit');
  if (events.length === 0) return <p className="text-sm text-muted">{t('noMatch')}</p>;
  return (
    <ol aria-label={t('title')} className="divide-y divide-line">
      {events.map((e) => (
        <li key={e.id} className="flex flex-col gap-0.5 py-3 text-sm sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
          <p>
            <span className="font-medium">{e.actorName}</span> {e.summary}
            {e.documentId && (
              <>
                {' · '}
                <Link
                  href={`/negotiations/${negotiationId}/documents/${e.documentId}`}
                  className="text-accent underline underline-offset-2"
                >
                  {t('open')}
                  <span className="sr-only">{t('theDocument')}</span>
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
