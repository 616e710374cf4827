import { useTranslations } from 'next-intl';
import { useFormatDate } from '@/components/ui/format';
import { ui } from '@/components/ui/styles';
import type { ActivityItem } from '@/lib/audit/list-events';

/** Recent activity (audit events) in plain language, newest first. */
export function ActivityList({ events }: { events: ActivityItem[] }) {
  const formatDate = useFormatDate();
  const t = useTranslations('activity');
  return (
    <section aria-labelledby="activity-title" className={ui.card}>
      <h2 id="activity-title" className={ui.h2}>
        {t('title')}
      </h2>
      {events.length === 0 ? (
        <p className="mt-3 text-sm text-muted">{t('none')}</p>
      ) : (
        <ol className="mt-3 space-y-3">
          {events.map((e) => (
            <li key={e.id} className="border-s-2 border-line ps-3 text-sm">
              <p>
                <bdi className="font-medium">{e.actorName}</bdi> {e.summary}
              </p>
              <p className="text-xs text-muted">
                <time dateTime={new Date(e.at).toISOString()}>{formatDate(e.at)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
