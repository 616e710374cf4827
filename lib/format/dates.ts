/**
 * The one place dates are turned into words, on the server (exports, labels) and in the browser
 * alike. Localisation passes the user's locale; until then every caller gets the default. UTC, so
 * a server and a browser in different zones print the same day.
 */
export const DEFAULT_LOCALE = 'en-GB';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, kind: 'day' | 'moment'): Intl.DateTimeFormat {
  const key = `${locale}|${kind}`;
  let f = cache.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = kind === 'day' ? { dateStyle: 'medium', timeZone: 'UTC' } : { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' };
    try {
      f = new Intl.DateTimeFormat(locale, options);
    } catch {
      f = new Intl.DateTimeFormat(DEFAULT_LOCALE, options);
    }
    cache.set(key, f);
  }
  return f;
}

const asDate = (value: Date | string | number) => (value instanceof Date ? value : new Date(value));

/** A day, e.g. "7 Dec 2026". Returns '' for a missing or invalid date. */
export function formatDay(value: Date | string | number | null | undefined, locale: string = DEFAULT_LOCALE): string {
  if (value === null || value === undefined || value === '') return '';
  const d = asDate(value);
  return Number.isNaN(d.getTime()) ? '' : formatter(locale, 'day').format(d);
}

/** A moment, e.g. "7 Dec 2026, 10:04 UTC". Returns '' for a missing or invalid date. */
export function formatMoment(value: Date | string | number | null | undefined, locale: string = DEFAULT_LOCALE): string {
  if (value === null || value === undefined || value === '') return '';
  const d = asDate(value);
  return Number.isNaN(d.getTime()) ? '' : `${formatter(locale, 'moment').format(d)} UTC`;
}
