'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { requestSignIn, signInMessage } from './sign-in-request';

/**
 * The sign-in form. It is a real POST form to next-auth's credentials callback, so a submit before
 * the page's script has loaded sends nothing in the URL (next-auth then asks again for lack of its
 * CSRF token); once hydrated, it signs in with fetch and shows throttling and outages as such.
 */
export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const router = useRouter();
  const t = useTranslations('signin');
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    const result = await requestSignIn(String(form.get('email') ?? ''), String(form.get('password') ?? ''), callbackUrl);
    if (!result.ok) {
      setPending(false);
      return setError(signInMessage(t, result.reason, result.retryAfterS));
    }
    router.push(result.url);
    router.refresh();
  }

  return (
    <form
      method="post"
      action="/api/auth/callback/credentials"
      onSubmit={onSubmit}
      className="mt-8 space-y-4 rounded-lg border border-line bg-white p-6 shadow-sm"
      noValidate
    >
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          {t('email')}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          className="mt-1 w-full rounded-md border border-gray-400 px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          {t('password')}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 w-full rounded-md border border-gray-400 px-3 py-2"
        />
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending} className="w-full rounded-md bg-accent px-4 py-2 font-medium text-white disabled:opacity-60">
        {pending ? t('pending') : t('submit')}
      </button>
    </form>
  );
}
