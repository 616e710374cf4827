const FORMAT = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** A date as "23 Nov 2026, 18:56 UTC": the same on server and client, whatever the machine's zone. */
export const formatUtc = (date: Date | string) => `${FORMAT.format(new Date(date))} UTC`;
