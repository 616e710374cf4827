import { safeCallbackPath } from '@/lib/security/callback-url';

export type SignInResult =
  | { ok: true; url: string }
  | { ok: false; reason: 'credentials' | 'throttled' | 'unavailable' | 'network'; retryAfterS?: number };

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
export function signInMessage(reason: string, retryAfterS?: number): string {
  if (reason === 'throttled' || reason === 'TooManyAttempts') {
    const minutes = retryAfterS ? Math.ceil(retryAfterS / 60) : 15;
    return `Too many failed sign-ins for this account from here. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again, or sign in from a browser you used before.`;
  }
  if (reason === 'unavailable' || reason === 'ServiceUnavailable') return 'Sign-in is unavailable right now: Pactum cannot reach its database. Your password was not checked; try again in a minute.';
  if (reason === 'network') return 'Pactum could not be reached. Check your connection and try again.';
  if (reason === 'csrf') return 'The page had not finished loading, so nothing was sent. Sign in again.';
  return 'That email and password do not match an account. Check both and try again.';
}
