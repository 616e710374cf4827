import { getDb } from '@/db/client';
import { isDatabaseUnavailable, reportDatabaseUnavailable, RETRY_AFTER_SECONDS } from '@/db/availability';
import { errorResponse } from '@/lib/http/respond';
import { appOrigin } from '@/lib/security/app-origins';
import { CLIENT_ADDRESS_HEADER } from './client-address';
import { logError } from '@/lib/security/redact-error';
import { sessionCookieName } from '@/lib/sessions/claims';
import { deviceCookieHeader, readDeviceId } from './device-cookie';
import { SIGN_IN_UNAVAILABLE } from './options';
import { beginSignInAttempt, settleSignInAttempt } from './sign-in-throttle';

type Handler = (req: Request, ctx: unknown) => Promise<Response>;

/**
 * POST /api/auth/callback/credentials around next-auth: throttled per account, client and device
 * (429 with Retry-After before any password is checked), 503 with Retry-After when the database
 * does not answer (never "wrong password"), a device cookie after a success. next-auth itself
 * checks its CSRF token and the password.
 */
export async function signInWithThrottle(req: Request, ctx: unknown, nextAuth: Handler): Promise<Response> {
  const form = await readForm(req.clone());
  const email = form.get('email') ?? '';
  const wantsJson = form.get('json') === 'true';
  let ticket;
  try {
    ticket = await beginSignInAttempt(getDb(), {
      email,
      client: req.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown',
      deviceId: readDeviceId(req.headers.get('cookie'), email),
    });
  } catch (err) {
    if (!isDatabaseUnavailable(err)) return errorResponse(err);
    reportDatabaseUnavailable();
    return refusal(
      503,
      RETRY_AFTER_SECONDS,
      'ServiceUnavailable',
      'Sign-in is unavailable right now: Pactum cannot reach its database. Try again in a minute.',
      wantsJson,
    );
  }
  if (!ticket.ok) {
    const minutes = Math.ceil(ticket.retryAfterS / 60);
    return refusal(
      429,
      ticket.retryAfterS,
      'TooManyAttempts',
      `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      wantsJson,
    );
  }
  const res = await nextAuth(req, ctx);
  const outcome = await outcomeOf(res);
  await settleSignInAttempt(getDb(), ticket, outcome === 'unavailable' ? 'void' : outcome).catch((err) =>
    logError('[auth] could not settle a sign-in attempt', err),
  );
  if (outcome === 'unavailable')
    return refusal(
      503,
      RETRY_AFTER_SECONDS,
      'ServiceUnavailable',
      'Sign-in is unavailable right now: Pactum cannot reach its database. Try again in a minute.',
      wantsJson,
    );
  if (outcome !== 'success') return res;
  const out = new Response(res.body, res);
  out.headers.append('Set-Cookie', deviceCookieHeader(email));
  return out;
}

/** What next-auth's answer says happened: a session cookie set, the password refused, the database away, or neither. */
async function outcomeOf(res: Response): Promise<'success' | 'failure' | 'unavailable' | 'void'> {
  const name = sessionCookieName();
  if (res.headers.getSetCookie().some((c) => c.startsWith(`${name}=`) && !c.startsWith(`${name}=;`))) return 'success';
  // A form post gets a redirect; the JSON variant (json=true) gets `{ url }` with the same address.
  const isJson = res.headers.get('content-type')?.includes('json');
  const where = isJson
    ? String(
        (
          (await res
            .clone()
            .json()
            .catch(() => ({}))) as { url?: unknown }
        ).url ?? '',
      )
    : (res.headers.get('location') ?? '');
  const error = errorParam(where);
  if (error === SIGN_IN_UNAVAILABLE) return 'unavailable';
  return error === 'CredentialsSignin' ? 'failure' : 'void';
}

function errorParam(url: string): string | null {
  if (!url) return null;
  try {
    return new URL(url, appOrigin()).searchParams.get('error');
  } catch {
    return null;
  }
}

async function readForm(req: Request): Promise<Map<string, string>> {
  const text = await req.text().catch(() => '');
  if ((req.headers.get('content-type') ?? '').includes('json')) {
    try {
      return new Map(Object.entries(JSON.parse(text) as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
    } catch {
      return new Map();
    }
  }
  return new Map(new URLSearchParams(text));
}

/** 429/503 for the sign-in form: JSON with `url` (as next-auth's client expects), or a small page for a plain form post. */
function refusal(status: 429 | 503, retryAfterS: number, code: string, message: string, wantsJson: boolean): Response {
  const headers = { 'Retry-After': String(retryAfterS), 'Cache-Control': 'no-store' };
  if (wantsJson) return Response.json({ error: message, url: `${appOrigin()}/signin?error=${code}` }, { status, headers });
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Sign in · Pactum</title><main><h1>${status === 429 ? 'Please wait' : 'Service unavailable'}</h1><p>${message}</p><p><a href="/signin">Back to sign in</a></p></main></html>`;
  return new Response(html, { status, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } });
}
