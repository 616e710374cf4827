import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { isLocale, negotiateLocale, type Locale } from '@/lib/i18n/locales';

type ApiErrors = Record<string, string>;
const CATALOGUES: Record<Locale, ApiErrors> = { en: en.apiErrors, fr: fr.apiErrors, ar: ar.apiErrors };
/** The English sentence each error is thrown with → its stable code (the key in messages/*.json). */
// Plain sentences stay strings when Next's build precompiles the catalogues (next.config.js).
const CODE_BY_MESSAGE = new Map(Object.entries(en.apiErrors as ApiErrors).filter(([, text]) => typeof text === 'string').map(([code, text]) => [text, code]));

/**
 * An API error message in the requester's language. Library code throws English sentences (they
 * also go to logs and tests); each one in the `apiErrors` catalogue has a stable code there, and is
 * answered in the reader's language. A message outside the catalogue (one with values spliced in)
 * stays as thrown.
 */
export function localizeError(message: string, locale: Locale): string {
  const code = CODE_BY_MESSAGE.get(message);
  const localized = code ? CATALOGUES[locale][code] : undefined;
  return typeof localized === 'string' ? localized : message;
}

/** The interface language of a request: the signed-in person's setting, else the browser's Accept-Language. */
export function requestLocale(req: Request, userLocale: string | null | undefined): Locale {
  return isLocale(userLocale) ? userLocale : negotiateLocale(req.headers.get('accept-language'));
}

/**
 * The same response with its `{ error, fields: [{ message }] }` in the reader's language; anything
 * else (successes, non-JSON bodies) passes through untouched.
 */
export async function localizeErrorResponse(res: Response, locale: Locale): Promise<Response> {
  if (locale === 'en' || res.status < 400 || !res.headers.get('content-type')?.includes('application/json')) return res;
  const body = (await res.clone().json().catch(() => null)) as { error?: unknown; fields?: { message?: unknown }[] } | null;
  if (!body || typeof body.error !== 'string') return res;
  const localized = {
    ...body,
    error: localizeError(body.error, locale),
    ...(Array.isArray(body.fields) ? { fields: body.fields.map((f) => (typeof f?.message === 'string' ? { ...f, message: localizeError(f.message, locale) } : f)) } : {}),
  };
  const headers = new Headers(res.headers);
  headers.delete('content-length');
  return new Response(JSON.stringify(localized), { status: res.status, statusText: res.statusText, headers });
}
