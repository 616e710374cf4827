import { NextResponse } from 'next/server';
import { ZodError } from 'zod';
import { isDatabaseUnavailable, reportDatabaseUnavailable, RETRY_AFTER_SECONDS } from '@/db/availability';
import type { User } from '@/db/schema';
import { HttpError } from '@/lib/access/errors';
import { userFromCookieHeader } from '@/lib/auth/session';
import { logError } from '@/lib/security/redact-error';
import { checkRequest } from '@/lib/security/request-guard';
import { hasNul } from '@/lib/security/request-target';
import { canonicalSpellingOf } from '@/lib/ids/canonical-id';
import { localizeErrorResponse, requestLocale } from './localize-error';

/** The signed-in person's interface language per request (set by withUser, read when an error is answered). */
const USER_LOCALE = new WeakMap<Request, string | null>();

/** A JSON error body `{ error }` with a 4xx/5xx status; never a stack trace. */
export function jsonError(status: number, error: string, extra?: Record<string, unknown>, headers?: HeadersInit) {
  return NextResponse.json({ error, ...extra }, { status, headers });
}

/** Marks handlers built here, so a test can check that every API route goes through the guard. */
export const GUARDED = Symbol.for('pactum.http.guarded');

interface RouteOptions {
  /** Body media types a state-changing request may carry (default JSON only). */
  bodyTypes?: readonly string[];
}

/**
 * Wraps a route handler that needs no session (invitation links, health): the request guard
 * (lib/security/request-guard.ts: foreign Origin/Sec-Fetch-Site → 403, wrong body type → 415,
 * NUL or bad `%` in the URL → 400), then thrown errors mapped by errorResponse. Every error answer
 * is in the requester's language (lib/http/localize-error.ts).
 */
export function withRequest<Ctx>(handler: (req: Request, ctx: Ctx) => Promise<Response>, options: RouteOptions = {}) {
  const wrapped = async (req: Request, ctx: Ctx): Promise<Response> => {
    const refusal = checkRequest(req, options.bodyTypes);
    let res: Response;
    if (refusal) res = jsonError(refusal.status, refusal.error);
    else {
      try {
        const badId = await nonCanonicalId(req, ctx);
        res = badId
          ? jsonError(400, 'Ids are lower-case UUIDs; use the link as Pactum gave it.', { id: badId.given, canonical: badId.canonical })
          : await handler(req, ctx);
      } catch (err) {
        res = errorResponse(err);
      }
    }
    return localizeErrorResponse(res, requestLocale(req, USER_LOCALE.get(req)));
  };
  return Object.assign(wrapped, { [GUARDED]: true as const });
}

/**
 * A route parameter or query value that spells a UUID some other way than lower case (upper case,
 * braces, whitespace…): refused, so one row has one address (lib/ids/canonical-id.ts). Values that
 * are no UUID at all (clause ids, invitation tokens) are left to the handler.
 */
async function nonCanonicalId(req: Request, ctx: unknown): Promise<{ given: string; canonical: string } | null> {
  const params = ctx !== null && typeof ctx === 'object' && 'params' in ctx ? await (ctx as { params: unknown }).params : null;
  const values: string[] = [];
  if (params && typeof params === 'object') {
    for (const v of Object.values(params)) values.push(...(Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string'));
  }
  values.push(...new URL(req.url).searchParams.values());
  for (const given of values) {
    const canonical = canonicalSpellingOf(given);
    if (canonical) return { given, canonical };
  }
  return null;
}

/**
 * Wraps a route handler that needs a signed-in user: withRequest's guard, then the session from
 * this request's cookie (revoked or expired sessions answer 401), then errors mapped to JSON.
 */
export function withUser<Ctx>(handler: (req: Request, user: User, ctx: Ctx) => Promise<Response>, options: RouteOptions = {}) {
  return withRequest<Ctx>(async (req, ctx) => {
    const user = await userFromCookieHeader(req.headers.get('cookie'));
    if (!user) return jsonError(401, 'Sign in to continue.');
    USER_LOCALE.set(req, user.locale);
    return handler(req, user, ctx);
  }, options);
}

/**
 * The one error path of the API: HttpError/AccessError → their status (plus their `extra` fields), ZodError → 400 with fields,
 * bad JSON → 400, database unreachable → 503 with Retry-After, anything else → 500. Details go to
 * the server log only, redacted (no query parameters, no document text).
 */
export function errorResponse(err: unknown): Response {
  if (err instanceof HttpError) return jsonError(err.status, err.message, err.extra);
  if (err instanceof ZodError) {
    return jsonError(400, 'Some fields are not valid.', {
      fields: err.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  if (err instanceof SyntaxError) return jsonError(400, 'The request body is not valid JSON.');
  if (isDatabaseUnavailable(err)) {
    reportDatabaseUnavailable();
    return jsonError(503, 'Pactum cannot reach its database right now. Nothing was changed; try again in a moment.', undefined, {
      'Retry-After': String(RETRY_AFTER_SECONDS),
    });
  }
  logError('[api] unexpected error', err);
  return jsonError(500, 'Something went wrong on our side. Please try again.');
}

/**
 * Parses a JSON body with a size cap, so an oversized payload is refused before parsing. Text with
 * a NUL character anywhere (a value or a key) is refused with 400: PostgreSQL cannot store it.
 */
export async function readJson(req: Request, maxBytes = 64 * 1024): Promise<unknown> {
  const text = await req.text();
  if (text.length > maxBytes) throw new HttpError(413, 'The request is too large.');
  const value: unknown = JSON.parse(text);
  if (containsNul(value)) throw new HttpError(400, 'Text may not contain NUL characters.');
  return value;
}

/** Iterative, so a deeply nested body cannot overflow the stack. */
function containsNul(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (hasNul(value)) return true;
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (hasNul(k)) return true;
        stack.push(v);
      }
    }
  }
  return false;
}

/** A file download that is never cached; `filename` may be any Unicode (RFC 6266 `filename*`). */
export function docxResponse(buffer: Buffer, filename: string): Response {
  return new Response(new Uint8Array(buffer), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Disposition': `attachment; filename="draft.docx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      'Cache-Control': 'no-store',
    },
  });
}
