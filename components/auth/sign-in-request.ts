import { safeCallbackPath } from '@/lib/security/callback-url';

export type SignInResult =
  { ok: true; url: string } | { ok: false; reason: 'credentials' | 'throttled' | 'unavailable' | 'network'; retryAfterS?: number };

/**
 * Signs in with email and password through next-auth's credentials callback (its CSRF token
 * first), reading the answers next-auth's own client would choke on: 429 (too many failures, with
 * Retry-After) and 503 (database away). The returned url is always a path of this app.
 */
export async function requestSignIn(email: string, password: string, callbackUrl: string): Promise<SignInResult> {
  try {
    const { csrfToken } = (await (await fetch('/api/auth/csrf', { cache: 'no-store' })).json()) as { csrfToken: string };
    const res = await fetch('/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl, json: 'true' }),
    });
    if (res.status === 429) return { ok: false, reason: 'throttled', retryAfterS: Number(res.headers.get('Retry-After')) || 900 };
    if (res.status >= 500) return { ok: false, reason: 'unavailable' };
    const { url } = (await res.json()) as { url?: string };
    const error = url ? new URL(url, window.location.origin).searchParams.get('error') : 'CredentialsSignin';
    if (error === 'ServiceUnavailable') return { ok: false, reason: 'unavailable' };
    if (!res.ok || error) return { ok: false, reason: 'credentials' };
    return { ok: true, url: safeCallbackPath(url, window.location.origin, callbackUrl) };
  } catch {
    return { ok: false, reason: 'network' };
  }
}

/** What to tell a person for each way a sign-in can fail (also for the `error` a plain form post comes back with). */
export function signInMessage(t: SignInTranslator, reason: string, retryAfterS?: number): string {
  if (reason === 'throttled' || reason === 'TooManyAttempts')
    return t('throttled', { minutes: retryAfterS ? Math.ceil(retryAfterS / 60) : 15 });
  if (reason === 'unavailable' || reason === 'ServiceUnavailable') return t('unavailable');
  if (reason === 'network') return t('network');
  if (reason === 'csrf') return t('csrf');
  return t('credentials');
}

/** The `signin` catalogue namespace (useTranslations('signin') or getTranslations('signin')). */
export type SignInTranslator = (
  key: 'throttled' | 'unavailable' | 'network' | 'csrf' | 'credentials',
  values?: { minutes: number },
) => string;

/**
 * Ends the session through next-auth's sign-out endpoint (its CSRF token first), as next-auth's
 * client does, then goes to the sign-in page. Written here so the browser does not need
 * next-auth/react (~9 kB gzipped on every signed-in page) for one request.
 */
export async function requestSignOut(): Promise<void> {
  const { csrfToken } = (await (await fetch('/api/auth/csrf', { cache: 'no-store' })).json()) as { csrfToken: string };
  await fetch('/api/auth/signout', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken, callbackUrl: '/signin', json: 'true' }),
  });
  window.location.assign('/signin');
}
