import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { EndSessionsButton } from '@/components/account/end-sessions-button';
import { PreferencesForm } from '@/components/account/preferences-form';
import { ui } from '@/components/ui/styles';
import { isAdminEmail } from '@/lib/account/is-admin';
import { requireUserPage } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('metaTitle') };
}

/** Language and time zone, password and sessions; operators (PACTUM_ADMIN_EMAILS) can also sign everyone out. */
export default async function AccountPage() {
  const user = await requireUserPage('/account');
  const t = await getTranslations('account');
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{t('title')}</h1>
      <p className="mt-1 break-all text-sm text-muted">
        <bdi>{user.email}</bdi>
      </p>
      <section aria-labelledby="language-heading" className={`${ui.card} mt-6`}>
        <h2 id="language-heading" className={ui.h2}>
          {t('languageHeading')}
        </h2>
        <p className="mt-1 text-sm text-muted">{t('languageLead')}</p>
        <PreferencesForm savedLocale={user.locale} savedTimeZone={user.timeZone} />
      </section>
      <section aria-labelledby="password-heading" className={`${ui.card} mt-6`}>
        <h2 id="password-heading" className={ui.h2}>
          {t('passwordHeading')}
        </h2>
        <p className="mt-1 text-sm text-muted">{t('passwordLead')}</p>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="sessions-heading" className={`${ui.card} mt-6`}>
        <h2 id="sessions-heading" className={ui.h2}>
          {t('sessionsHeading')}
        </h2>
        <p className="mt-1 text-sm text-muted">{t('sessionsLead')}</p>
        <EndSessionsButton scope="mine" />
      </section>
      {isAdminEmail(user.email) && (
        <section aria-labelledby="admin-heading" className={`${ui.card} mt-6 border-red-200`}>
          <h2 id="admin-heading" className={ui.h2}>
            {t('adminHeading')}
          </h2>
          <p className="mt-1 text-sm text-muted">{t('adminLead')}</p>
          <EndSessionsButton scope="everyone" />
        </section>
      )}
    </>
  );
}
