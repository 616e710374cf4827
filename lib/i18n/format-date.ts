/** Where and how a person reads dates: their interface language and time zone. */
export interface DateSettings {
  locale: string;
  timeZone: string;
}

const cache = new Map<string, Intl.DateTimeFormat>();

// Pactum's English is British (day before month, 24-hour clock).
const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : locale);

function formatter(settings: DateSettings, dateOnly: boolean): Intl.DateTimeFormat {
  const key = `${settings.locale}|${settings.timeZone}|${dateOnly}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      intlLocale(settings.locale),
      dateOnly
        ? { dateStyle: 'medium', timeZone: settings.timeZone }
        : {
            year: 'numeric',
            month: 'short',
            day: 'numeric',
            hour: '2-digit',
            minute: '2-digit',
            timeZone: settings.timeZone,
            timeZoneName: 'short',
          },
    );
    cache.set(key, f);
  }
  return f;
}

/**
 * The one way Pactum shows a moment: in the reader's language and time zone, with the zone named
 * (“7 déc. 2026, 10:15 UTC”, “٧ ديسمبر ٢٠٢٦، ١٠:١٥ م غرينتش+٣”). Same output on server and
 * browser for the same settings, so pages hydrate without mismatch.
 */
export function formatDateTime(date: Date | string | number, settings: DateSettings): string {
  return formatter(settings, false).format(new Date(date));
}

/** A calendar day only, e.g. for deadlines shown without a time. */
export function formatDay(date: Date | string | number, settings: DateSettings): string {
  return formatter(settings, true).format(new Date(date));
}

/** A number in the reader's language (Arabic-Indic digits in Arabic). */
export function formatNumber(value: number, settings: Pick<DateSettings, 'locale'>): string {
  return new Intl.NumberFormat(intlLocale(settings.locale)).format(value);
}
