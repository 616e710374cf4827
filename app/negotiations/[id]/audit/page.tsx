import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { loadOverview } from '@/app/_lib/load-overview';
import { ActivityFilters } from '@/components/audit/activity-filters';
import { AuditList } from '@/components/audit/audit-list';
import { ui } from '@/components/ui/styles';
import { zAuditFilters } from '@/lib/audit/audit-filters';
import { listEvents } from '@/lib/audit/list-events';
import { requireUserPage } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('audit'))('metaTitle') };
}
type Props = PageProps<'/negotiations/[id]/audit'>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/** The negotiation's audit trail for roles with `audit.read`, filterable by what, who, document and time. */
export default async function AuditPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUserPage(`/negotiations/${id}/audit`);
  const overview = await loadOverview(user.id, id);
  const { negotiation, me } = overview;
  const [t, to] = await Promise.all([getTranslations('audit'), getTranslations('overview')]);
  const breadcrumb = (
    <nav aria-label={to('breadcrumb')} className="text-sm">
      <Link href={`/negotiations/${id}`} className="text-accent underline underline-offset-2">
        {negotiation.title}
      </Link>
      <span aria-hidden="true" className="mx-2 text-muted">
        /
      </span>
      <span aria-current="page" className="text-muted">
        {t('title')}
      </span>
    </nav>
  );
  // 403 with the page forbidden.tsx shows; decided before anything streams, so the status is real.
  if (!me.permissions['audit.read']) forbidden();
  const sp = await searchParams;
  const raw = { action: first(sp.action), actor: first(sp.actor), document: first(sp.document), since: first(sp.since) };
  const parsed = zAuditFilters.safeParse(raw);
  const events = await listEvents(getDb(), user.id, id, 100, parsed.success ? raw : {}, await getLocale());
  return (
    <>
      {breadcrumb}
      <h1 className="mt-3 text-2xl font-semibold tracking-tight">{t('title')}</h1>
      <p className="mt-1 text-sm text-muted">{t('lead')}</p>
      <div className={`${ui.card} mt-6`}>
        <ActivityFilters negotiationId={id} members={overview.members} documents={overview.documents} current={raw} />
        {!parsed.success && (
          <p role="alert" className="mt-3 text-sm text-red-700">
            {t('badFilters')}
          </p>
        )}
      </div>
      <section aria-label={t('entries')} className={`${ui.card} mt-6`}>
        <AuditList negotiationId={id} events={events} />
      </section>
    </>
  );
}
