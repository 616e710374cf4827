import { Badge, PartySwatch } from '@/components/ui/badge';
import { useFormatDate } from '@/components/ui/format';
import { ui } from '@/components/ui/styles';
import type { Invitation } from '@/db/schema';
import type { NegotiationOverview } from '@/lib/negotiations/get-overview';
import { useTranslations } from 'next-intl';
import { InviteForm } from './invite-form';
import { MemberActions } from './member-actions';
import { MembersAnnouncer } from './members-announcer';

type OpenInvitation = Pick<Invitation, 'id' | 'email' | 'role' | 'partyId' | 'expiresAt'>;

interface Props {
  negotiationId: string;
  overview: NegotiationOverview;
  /** Only for people who manage members. */
  invitations: OpenInvitation[] | null;
}

/** Who takes part, and (for those with `members.manage`) inviting, re-roling and removing people. */
export function MembersSection({ negotiationId, overview, invitations }: Props) {
  const formatDate = useFormatDate();
  const t = useTranslations('members');
  const tr = useTranslations('roles');
  const to = useTranslations('overview');
  const { members, parties, me } = overview;
  const canManage = me.permissions['members.manage'];
  const party = (id: string | null) => parties.find((p) => p.id === id);
  return (
    <section aria-labelledby="members-title" className={ui.card}>
      <h2 id="members-title" className={ui.h2}>
        {t('title')} <span className="text-sm font-normal text-muted">({members.length})</span>
      </h2>
      <MembersAnnouncer>
        <ul className="mt-3 divide-y divide-line">
          {members.map((m) => {
            const p = party(m.partyId);
            const isMe = m.id === me.membershipId;
            return (
              <li key={m.id} className="py-3">
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <span className="font-medium">
                    {m.name}
                    {isMe && <span className="font-normal text-muted">{t('you')}</span>}
                  </span>
                  <span className="text-sm text-muted">{tr(m.role)}</span>
                  {p && (
                    <span className="flex items-center gap-1.5 text-sm">
                      <PartySwatch color={p.color} />
                      {p.shortName}
                    </span>
                  )}
                  {m.isConvener && <Badge>{to('convener')}</Badge>}
                  {m.email && <span className="w-full text-xs text-muted sm:w-auto">{m.email}</span>}
                </div>
                {canManage && !isMe && !m.isConvener && <MemberActions negotiationId={negotiationId} member={m} parties={parties} />}
              </li>
            );
          })}
        </ul>
      </MembersAnnouncer>
      {canManage && (
        <div className="mt-5 border-t border-line pt-5">
          <h3 className="text-base font-semibold">{t('invite')}</h3>
          <p className="mt-1 text-sm text-muted">{t('inviteLead')}</p>
          <InviteForm negotiationId={negotiationId} parties={parties} />
          {invitations && invitations.length > 0 && (
            <div className="mt-5">
              <h3 className="text-sm font-semibold">{t('waiting')}</h3>
              <ul className="mt-2 space-y-1 text-sm">
                {invitations.map((i) => (
                  <li key={i.id} className="flex flex-wrap gap-x-2">
                    <span className="font-medium">{i.email}</span>
                    <span className="text-muted">
                      {tr(i.role)}
                      {party(i.partyId) ? ` · ${party(i.partyId)!.shortName}` : ''} · {t('expires', { date: formatDate(i.expiresAt) })}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
