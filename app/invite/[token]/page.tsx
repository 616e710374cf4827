import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { AcceptInvitation } from '@/components/invitations/accept-invitation';
import { InvitationMessage } from '@/components/invitations/invitation-message';
import { AppHeader } from '@/components/ui/app-header';
import { PartySwatch } from '@/components/ui/badge';
import { formatUtc } from '@/components/ui/format';
import { ui } from '@/components/ui/styles';
import { HttpError } from '@/lib/access/errors';
import { getCurrentUser } from '@/lib/auth/session';
import { describeInvitation } from '@/lib/invitations/find-invitation';
import { ROLE_LABELS } from '@/lib/negotiations/labels';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Invitation', referrer: 'no-referrer' };

type Props = { params: Promise<{ token: string }> };

export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const user = await getCurrentUser();
  const invitation = await describeInvitation(getDb(), token).catch((err) => {
    if (err instanceof HttpError && err.status === 404) return null;
    throw err;
  });
  return (
    <>
      <AppHeader user={user && { name: user.name, email: user.email }} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-lg px-4 py-10 outline-none sm:px-6">
        {!invitation ? (
          <InvitationMessage title="This invitation link does not work">
            Check that you copied the whole link. If it still fails, ask the person who invited you for a new one.
          </InvitationMessage>
        ) : invitation.status === 'accepted' ? (
          <InvitationMessage title="This invitation has already been used">
            If you accepted it, <Link href={`/negotiations/${invitation.negotiation.id}`} className={ui.link}>open the negotiation</Link> (you may need to sign in).
          </InvitationMessage>
        ) : invitation.status === 'expired' ? (
          <InvitationMessage title="This invitation has expired">
            Invitation links work for 14 days. Ask the convener of “{invitation.negotiation.title}” to send you a new one.
          </InvitationMessage>
        ) : (
          <>
            <p className="text-sm font-medium uppercase tracking-wide text-muted">You are invited</p>
            <h1 className="mt-1 text-2xl font-semibold tracking-tight">{invitation.negotiation.title}</h1>
            <dl className={`${ui.card} mt-5 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm`}>
              <dt className="text-muted">Role</dt>
              <dd className="font-medium">{ROLE_LABELS[invitation.role]}</dd>
              {invitation.party && (
                <>
                  <dt className="text-muted">Delegation</dt>
                  <dd className="flex items-center gap-1.5 font-medium"><PartySwatch color={invitation.party.color} />{invitation.party.name}</dd>
                </>
              )}
              <dt className="text-muted">For</dt>
              <dd className="break-all font-medium">{invitation.email}</dd>
              <dt className="text-muted">Valid until</dt>
              <dd>{formatUtc(invitation.expiresAt)}</dd>
            </dl>
            <AcceptInvitation
              token={token}
              email={invitation.email}
              account={invitation.account}
              negotiationId={invitation.negotiation.id}
              signedInAs={user?.email ?? null}
            />
          </>
        )}
      </main>
    </>
  );
}
