import { useLocale, useTimeZone } from 'next-intl';
import { formatDateTime } from '@/lib/i18n/format-date';

/**
 * Dates for components (server or client): the reader's language and time zone from next-intl's
 * request settings, formatted by the one helper in lib/i18n, so server and browser agree.
 */
export function useFormatDate(): (date: Date | string | number) => string {
  const locale = useLocale();
  const timeZone = useTimeZone() ?? 'UTC';
  return (date) => formatDateTime(date, { locale, timeZone });
}
