import { formatDateTime, formatDay as formatDayIn } from '@/lib/i18n/format-date';

/**
 * Dates where no reader is known (exports, labels stored in a document, server-made text): the
 * one formatter in lib/i18n/format-date.ts with British English and UTC, so a server and a browser
 * in different zones print the same day and every date in Pactum has one shape.
 */
export const DEFAULT_LOCALE = 'en';
const UTC = { timeZone: 'UTC' } as const;

const valid = (value: Date | string | number | null | undefined): Date | null => {
  if (value === null || value === undefined || value === '') return null;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
};

/** A day, e.g. "7 Dec 2026". Returns '' for a missing or invalid date. */
export function formatDay(value: Date | string | number | null | undefined, locale: string = DEFAULT_LOCALE): string {
  const d = valid(value);
  return d ? formatDayIn(d, { locale, ...UTC }) : '';
}

/** A moment, e.g. "7 Dec 2026, 10:04 UTC". Returns '' for a missing or invalid date. */
export function formatMoment(value: Date | string | number | null | undefined, locale: string = DEFAULT_LOCALE): string {
  const d = valid(value);
  return d ? formatDateTime(d, { locale, ...UTC }) : '';
}
