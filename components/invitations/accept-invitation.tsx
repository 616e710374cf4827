'use client';

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
      setStatus(Object.keys(res.fields).length ? 'Check the fields marked above.' : res.error);
      return;
    }
    setStatus('Invitation accepted. Opening the negotiation…');
    if (needsPassword) {
      const login = await requestSignIn(email, password, `/negotiations/${negotiationId}`);
      if (!login.ok) {
        setPending(false);
        setStatus(`Your account is ready, but signing in failed: ${signInMessage(login.reason, login.retryAfterS)}`);
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
            <p>You are signed in as <strong className="break-all">{signedInAs}</strong>, but this invitation is for <strong className="break-all">{email}</strong>.</p>
            <p className="mt-2 text-muted">Sign out, then open this link again and sign in with the invited address.</p>
            <div className="mt-4"><SignOutButton className={ui.buttonSecondary} /></div>
          </>
        ) : (
          <>
            <p>There is already an account for <strong className="break-all">{email}</strong>. Sign in with it to accept.</p>
            <a href={`/signin?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`} className={`${ui.button} mt-4`}>Sign in to accept</a>
          </>
        )}
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className={`${ui.card} mt-5 space-y-4`}>
      {needsPassword ? (
        <>
          <p className="text-sm text-muted">Choose how you appear to others and a password for <strong className="break-all text-ink">{email}</strong>.</p>
          <Field id="name" label="Your name" autoComplete="name" required maxLength={120} error={fields.name} />
          <Field id="password" label="Password" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} hint={`At least ${MIN_PASSWORD_LENGTH} characters; a phrase of unrelated words works well. Common or leaked passwords are refused.`} error={fields.password} />
        </>
      ) : (
        <p className="text-sm">You are signed in as <strong className="break-all">{email}</strong>.</p>
      )}
      <button type="submit" className={`${ui.button} w-full`} disabled={pending}>
        {pending ? 'Accepting…' : needsPassword ? 'Create account and join' : 'Accept invitation'}
      </button>
      <p role="status" aria-live="polite" className="text-sm text-muted">{status}</p>
    </form>
  );
}
