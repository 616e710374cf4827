'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { requestSignIn, signInMessage } from '@/components/auth/sign-in-request';
import { Field } from '@/components/ui/field';
import { fetchJson } from '@/components/ui/fetch-json';
import { SignOutButton } from '@/components/ui/sign-out-button';
import { ui } from '@/components/ui/styles';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-length';
import type { AccountState } from '@/lib/invitations/find-invitation';

interface Props {
  token: string;
  email: string;
  account: AccountState;
  negotiationId: string;
  signedInAs: string | null;
}

/** Accepting an invitation: set a name and password (new people), or accept while signed in as the invited email. */
export function AcceptInvitation({ token, email, account, negotiationId, signedInAs }: Props) {
  const router = useRouter();
  const t = useTranslations('invite');
  const ts = useTranslations('signin');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const [pending, setPending] = useState(false);
  const needsPassword = account !== 'ready';

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const name = String(form.get('name') ?? '');
    const password = String(form.get('password') ?? '');
    setPending(true);
    setStatus('');
    const res = await fetchJson(`/api/invitations/${token}/accept`, 'POST', needsPassword ? { name, password } : {});
    if (!res.ok) {
      setPending(false);
      setFields(res.fields);
      setStatus(Object.keys(res.fields).length ? t('checkFields') : res.error);
      return;
    }
    setStatus(t('accepted'));
    if (needsPassword) {
      const login = await requestSignIn(email, password, `/negotiations/${negotiationId}`);
      if (!login.ok) {
        setPending(false);
        setStatus(t('signInFailed', { reason: signInMessage(ts, login.reason, login.retryAfterS) }));
        return;
      }
    }
    router.push(`/negotiations/${negotiationId}`);
    router.refresh();
  }

  if (!needsPassword && signedInAs !== email) {
    return (
      <div className={`${ui.card} mt-5 text-sm`}>
        {signedInAs ? (
          <>
            <p>
              {t.rich('wrongAccount', {
                current: () => (
                  <strong className="break-all">
                    <bdi>{signedInAs}</bdi>
                  </strong>
                ),
                invited: () => (
                  <strong className="break-all">
                    <bdi>{email}</bdi>
                  </strong>
                ),
              })}
            </p>
            <p className="mt-2 text-muted">{t('wrongAccountHelp')}</p>
            <div className="mt-4">
              <SignOutButton className={ui.buttonSecondary} />
            </div>
          </>
        ) : (
          <>
            <p>
              {t.rich('existingAccount', {
                email: () => (
                  <strong className="break-all">
                    <bdi>{email}</bdi>
                  </strong>
                ),
              })}
            </p>
            <a href={`/signin?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`} className={`${ui.button} mt-4`}>
              {t('signInToAccept')}
            </a>
          </>
        )}
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className={`${ui.card} mt-5 space-y-4`}>
      {needsPassword ? (
        <>
          <p className="text-sm text-muted">
            {t.rich('choose', {
              email: () => (
                <strong className="break-all text-ink">
                  <bdi>{email}</bdi>
                </strong>
              ),
            })}
          </p>
          <Field id="name" label={t('yourName')} autoComplete="name" required maxLength={120} error={fields.name} />
          <Field
            id="password"
            label={ts('password')}
            type="password"
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD_LENGTH}
            hint={t('passwordHint', { min: MIN_PASSWORD_LENGTH })}
            error={fields.password}
          />
        </>
      ) : (
        <p className="text-sm">
          {t.rich('signedInAs', {
            email: () => (
              <strong className="break-all">
                <bdi>{email}</bdi>
              </strong>
            ),
          })}
        </p>
      )}
      <button type="submit" className={`${ui.button} w-full`} disabled={pending}>
        {pending ? t('accepting') : needsPassword ? t('createAndJoin') : t('accept')}
      </button>
      <p role="status" aria-live="polite" className="text-sm text-muted">
        {status}
      </p>
    </form>
  );
}
