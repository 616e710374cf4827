import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { isLocale, negotiateLocale, type Locale } from '@/lib/i18n/locales';
import { compileMatcher, fillTemplate, templateParts, type TemplatePart } from './error-templates';

type Catalogue = Record<string, unknown>;
const MESSAGES = { en, fr, ar } as const;
/** The namespaces an error sentence may come from: fixed sentences, then sentences that carry values. */
const NAMESPACES = ['apiErrors', 'apiErrorTemplates'] as const;
type Namespace = (typeof NAMESPACES)[number];
type WordNamespace = 'statuses' | 'styles' | 'apiErrorValues' | 'passwordWarnings';
const catalogue = (locale: Locale, ns: Namespace | WordNamespace) => MESSAGES[locale][ns] as Catalogue;

/**
 * The English sentence each fixed error is thrown with → where it lives in messages/*.json. Next's
 * build precompiles the catalogues (next.config.js): a sentence with placeholders then arrives as
 * pieces, not a string, which templateParts reads either way.
 */
const FIXED = new Map<string, { ns: Namespace; code: string }>();
/** English templates with values, as matchers, in catalogue order. */
const TEMPLATES: { ns: Namespace; code: string; regex: RegExp; names: string[] }[] = [];
for (const ns of NAMESPACES) {
  for (const [code, text] of Object.entries(catalogue('en', ns))) {
    const parts = templateParts(text);
    if (parts.length === 1 && typeof parts[0] === 'string') FIXED.set(parts[0], { ns, code });
    const matcher = compileMatcher(parts);
    if (matcher) TEMPLATES.push({ ns, code, ...matcher });
  }
}

/** The key whose English text is `english` (case-insensitive), to say an enum value in another language. */
function keyOfEnglish(ns: Exclude<WordNamespace, 'statuses'>, english: string): string | undefined {
  return Object.entries(catalogue('en', ns)).find(
    ([, text]) => typeof text === 'string' && text.toLowerCase() === english.toLowerCase(),
  )?.[0];
}
const wordIn = (locale: Locale, ns: WordNamespace, key: string | undefined, fallback: string) => {
  const text = key === undefined ? undefined : catalogue(locale, ns)[key];
  return typeof text === 'string' ? text : fallback;
};

/**
 * Values that are words of the interface, said in the reader's language; any other value (a
 * name, a label, an email, a number) is spliced in as thrown. An unknown word stays as given.
 */
const VALUE_WORDS: Record<string, (value: string, locale: Locale) => string> = {
  // A procedural status by its id (lib/status/change-clause-status.ts).
  status: (value, locale) => wordIn(locale, 'statuses', value, value),
  // A mediation style by its English label, lower-cased (lib/commitments).
  style: (value, locale) => wordIn(locale, 'styles', keyOfEnglish('styles', value), value),
  // What a clause still holds, joined with "and" (openMarksOf in lib/status/clause-blocks.ts).
  marks: (value, locale) => {
    const words = value.split(' and ').map((w) => wordIn(locale, 'apiErrorValues', keyOfEnglish('apiErrorValues', w), w));
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(words);
  },
  // Media types joined with "or" (lib/security/request-guard.ts).
  types: (value, locale) => new Intl.ListFormat(locale, { type: 'disjunction' }).format(value.split(' or ')),
  // zxcvbn's warning about a weak password, without its full stop (lib/auth/password-policy.ts).
  passwordWarning: (value, locale) => wordIn(locale, 'passwordWarnings', keyOfEnglish('passwordWarnings', value), value),
  // A sentence of its own (a restore refused for a drafting-rights reason).
  reason: (value, locale) => localizeError(value, locale),
};

/**
 * An API error message in the requester's language. Library code throws English sentences (they
 * also go to logs and tests); each one in the `apiErrors` or `apiErrorTemplates` catalogue is
 * answered in the reader's language, values read back from the English template and put into the
 * localized one. A message outside the catalogues stays as thrown; English is never rewritten.
 */
export function localizeError(message: string, locale: Locale): string {
  if (locale === 'en') return message;
  const fixed = FIXED.get(message);
  if (fixed) {
    const localized = catalogue(locale, fixed.ns)[fixed.code];
    return typeof localized === 'string' ? localized : message;
  }
  for (const t of TEMPLATES) {
    const match = t.regex.exec(message);
    if (!match) continue;
    const parts: TemplatePart[] = templateParts(catalogue(locale, t.ns)[t.code]);
    if (parts.length === 0) return message;
    const values = Object.fromEntries(t.names.map((name, i) => [name, VALUE_WORDS[name]?.(match[i + 1]!, locale) ?? match[i + 1]!]));
    return fillTemplate(parts, values);
  }
  return message;
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
  const body = (await res
    .clone()
    .json()
    .catch(() => null)) as { error?: unknown; fields?: { message?: unknown }[] } | null;
  if (!body || typeof body.error !== 'string') return res;
  const localized = {
    ...body,
    error: localizeError(body.error, locale),
    ...(Array.isArray(body.fields)
      ? { fields: body.fields.map((f) => (typeof f?.message === 'string' ? { ...f, message: localizeError(f.message, locale) } : f)) }
      : {}),
  };
  const headers = new Headers(res.headers);
  headers.delete('content-length');
  return new Response(JSON.stringify(localized), { status: res.status, statusText: res.statusText, headers });
}
