import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { AcceptInvitation } from '@/components/invitations/accept-invitation';
import { InvitationMessage } from '@/components/invitations/invitation-message';
import { AppHeader } from '@/components/ui/app-header';
import { PartySwatch } from '@/components/ui/badge';
import { LocalTime } from '@/components/ui/local-time';
import { ui } from '@/components/ui/styles';
import { HttpError } from '@/lib/access/errors';
import { getCurrentUser } from '@/lib/auth/session';
import { describeInvitation } from '@/lib/invitations/find-invitation';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('invite'))('metaTitle'), referrer: 'no-referrer' };
}

type Props = PageProps<'/invite/[token]'>;

export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const user = await getCurrentUser();
  const t = await getTranslations();
  const invitation = await describeInvitation(getDb(), token).catch((err) => {
    if (err instanceof HttpError && err.status === 404) return null;
    throw err;
  });
  return (
    <>
      <AppHeader user={user && { name: user.name, email: user.email }} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-lg px-4 py-10 outline-none sm:px-6">
        {!invitation ? (
          <InvitationMessage title={t('invite.brokenTitle')}>{t('invite.brokenBody')}</InvitationMessage>
        ) : invitation.status === 'accepted' ? (
          <InvitationMessage title={t('invite.usedTitle')}>
            {t.rich('invite.usedBody', {
              link: (chunks) => (
                <Link href={`/negotiations/${invitation.negotiation.id}`} className={ui.link}>
                  {chunks}
                </Link>
              ),
            })}
          </InvitationMessage>
        ) : invitation.status === 'expired' ? (
          <InvitationMessage title={t('invite.expiredTitle')}>
            {t.rich('invite.expiredBody', { title: () => <bdi>{invitation.negotiation.title}</bdi> })}
          </InvitationMessage>
        ) : (
          <>
            <p className="text-sm font-medium uppercase tracking-wide text-muted">{t('invite.invited')}</p>
            <h1 dir="auto" className="mt-1 text-2xl font-semibold tracking-tight">
              {invitation.negotiation.title}
            </h1>
            <dl className={`${ui.card} mt-5 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm`}>
              <dt className="text-muted">{t('invite.role')}</dt>
              <dd className="font-medium">{t(`roles.${invitation.role}`)}</dd>
              {invitation.party && (
                <>
                  <dt className="text-muted">{t('invite.delegation')}</dt>
                  <dd className="flex items-center gap-1.5 font-medium">
                    <PartySwatch color={invitation.party.color} />
                    <bdi>{invitation.party.name}</bdi>
                  </dd>
                </>
              )}
              <dt className="text-muted">{t('invite.for')}</dt>
              <dd className="break-all font-medium">
                <bdi>{invitation.email}</bdi>
              </dd>
              <dt className="text-muted">{t('invite.validUntil')}</dt>
              <dd>
                <LocalTime value={invitation.expiresAt} />
              </dd>
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
