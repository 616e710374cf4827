import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { loadOverview } from '@/app/_lib/load-overview';
import { ActivityList } from '@/components/negotiations/activity-list';
import { DocumentList } from '@/components/negotiations/document-list';
import { MembersSection } from '@/components/negotiations/members-section';
import { PackageCard } from '@/components/negotiations/package-card';
import { PartyList } from '@/components/negotiations/party-list';
import { StyleCard } from '@/components/negotiations/style-card';
import { FloorPanel } from '@/components/styles/floor-panel';
import { Badge } from '@/components/ui/badge';
import { listEvents } from '@/lib/audit/list-events';
import { getFloor } from '@/lib/floor/get-floor';
import { getCurrentUser, requireUserPage } from '@/lib/auth/session';
import { listInvitations } from '@/lib/invitations/list-invitations';
import { getNegotiationPackage } from '@/lib/status/get-package-state';
import { getLocale, getTranslations } from 'next-intl/server';

export const dynamic = 'force-dynamic';
type Props = PageProps<'/negotiations/[id]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return { title: (await getTranslations('overview'))('metaFallback') };
  return { title: (await loadOverview(user.id, id)).negotiation.title };
}

export default async function NegotiationPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUserPage(`/negotiations/${id}`);
  const db = getDb();
  const overview = await loadOverview(user.id, id);
  const { negotiation, me, parties } = overview;
  const locale = await getLocale();
  const [events, invitations, floor, pkg] = await Promise.all([
    me.permissions['audit.read'] ? listEvents(db, user.id, id, 30, {}, locale) : null,
    me.permissions['members.manage'] ? listInvitations(db, user.id, id) : null,
    getFloor(db, user.id, id),
    getNegotiationPackage(db, negotiation.id),
  ]);
  const myParty = parties.find((p) => p.id === me.partyId);
  const [t, tc, tr] = await Promise.all([getTranslations('overview'), getTranslations('negotiations'), getTranslations('roles')]);
  return (
    <>
      <nav aria-label={t('breadcrumb')} className="text-sm">
        <Link href="/negotiations" className="text-accent underline underline-offset-2">
          {tc('title')}
        </Link>
        <span aria-hidden="true" className="mx-2 text-muted">
          /
        </span>
        <span aria-current="page" className="text-muted">
          {negotiation.title}
        </span>
      </nav>
      <div className="mt-3">
        <h1 dir="auto" className="text-2xl font-semibold tracking-tight">
          {negotiation.title}
        </h1>
        {negotiation.description && <p className="mt-2 max-w-3xl text-sm text-muted">{negotiation.description}</p>}
        <p className="mt-3 flex flex-wrap items-center gap-2 text-sm">
          <span className="text-muted">{t('takePartAs')}</span>
          <Badge tone="accent">
            {tr(me.role)}
            {myParty ? ` · ${myParty.shortName}` : ''}
          </Badge>
          {me.isConvener && <Badge>{t('convener')}</Badge>}
        </p>
      </div>
      <div className="mt-8 grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <PackageCard pkg={pkg} />
          <DocumentList
            negotiationId={id}
            documents={overview.documents}
            parties={parties}
            canCreate={me.permissions['document.create']}
            canOpenChannels={me.permissions['text.release']}
          />
          <MembersSection negotiationId={id} overview={overview} invitations={invitations} />
        </div>
        <div className="space-y-6">
          <StyleCard negotiationId={id} style={negotiation.style} canChange={me.permissions['style.change']} />
          <FloorPanel initial={floor} />
          <PartyList parties={parties} />
          {events && <ActivityList events={events} />}
        </div>
      </div>
    </>
  );
}
