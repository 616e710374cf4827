import { formatMoment } from '@/lib/format/dates';

/** A date as "23 Nov 2026, 18:56 UTC": the same on server and client (lib/format/dates.ts). */
export const formatUtc = (date: Date | string) => formatMoment(date);
