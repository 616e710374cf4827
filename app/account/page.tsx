import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { EndSessionsButton } from '@/components/account/end-sessions-button';
import { ui } from '@/components/ui/styles';
import { isAdminEmail } from '@/lib/account/is-admin';
import { requireUserPage } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your account' };

/** Password and sessions; operators (PACTUM_ADMIN_EMAILS) can also sign everyone out. */
export default async function AccountPage() {
  const user = await requireUserPage('/account');
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Your account</h1>
      <p className="mt-1 break-all text-sm text-muted">{user.email}</p>
      <section aria-labelledby="password-heading" className={`${ui.card} mt-6`}>
        <h2 id="password-heading" className={ui.h2}>Change your password</h2>
        <p className="mt-1 text-sm text-muted">Changing it signs you out everywhere, here too; sign in again with the new password.</p>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="sessions-heading" className={`${ui.card} mt-6`}>
        <h2 id="sessions-heading" className={ui.h2}>Sign out everywhere</h2>
        <p className="mt-1 text-sm text-muted">Ends your sessions on every computer and phone, including one you may have left signed in. Open documents close within seconds.</p>
        <EndSessionsButton scope="mine" />
      </section>
      {isAdminEmail(user.email) && (
        <section aria-labelledby="admin-heading" className={`${ui.card} mt-6 border-red-200`}>
          <h2 id="admin-heading" className={ui.h2}>Sign everyone out</h2>
          <p className="mt-1 text-sm text-muted">As an administrator of this installation you can end every session of every user, for example after a device was lost. Everyone, you included, signs in again.</p>
          <EndSessionsButton scope="everyone" />
        </section>
      )}
    </>
  );
}
