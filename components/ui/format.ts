import { useLocale, useTimeZone } from 'next-intl';
import { formatMoment } from '@/lib/format/dates';
import { formatDateTime } from '@/lib/i18n/format-date';

/** A date as "23 Nov 2026, 18:56 UTC": the same on server and client (lib/format/dates.ts). */
export const formatUtc = (date: Date | string) => formatMoment(date);

/**
 * Dates for components (server or client): the reader's language and time zone from next-intl's
 * request settings, formatted by the one helper in lib/i18n, so server and browser agree.
 */
export function useFormatDate(): (date: Date | string | number) => string {
  const locale = useLocale();
  const timeZone = useTimeZone() ?? 'UTC';
  return (date) => formatDateTime(date, { locale, timeZone });
}
