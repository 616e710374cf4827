'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Countdown = {
  key: 'passed' | 'daysLeft' | 'hoursLeft' | 'minutesLeft' | 'underMinute';
  values: { days: number; hours: number; minutes: number };
};

/** Time left until a deadline as a `commitments` message key and its numbers. */
function countdown(dueAt: string | Date, now: number): Countdown {
  const left = new Date(dueAt).getTime() - now;
  const values = { days: Math.floor(left / DAY), hours: Math.floor((left % DAY) / HOUR), minutes: Math.floor((left % HOUR) / MINUTE) };
  if (left <= 0) return { key: 'passed', values };
  if (values.days > 0) return { key: 'daysLeft', values };
  if (values.hours > 0) return { key: 'hoursLeft', values };
  return { key: values.minutes > 0 ? 'minutesLeft' : 'underMinute', values };
}

/** Time left until a deadline in English words: "3 days 4 h left", "5 h 12 min left", "Deadline passed". */
export function formatCountdown(dueAt: string | Date, now: number): string {
  const {
    key,
    values: { days, hours, minutes },
  } = countdown(dueAt, now);
  if (key === 'passed') return 'Deadline passed';
  if (key === 'daysLeft') return `${days} ${days === 1 ? 'day' : 'days'} ${hours} h left`;
  if (key === 'hoursLeft') return `${hours} h ${minutes} min left`;
  return key === 'minutesLeft' ? `${minutes} min left` : 'Less than a minute left';
}

/** formatCountdown in the reader's language. */
export function useFormatCountdown(): (dueAt: string | Date, now: number) => string {
  const t = useTranslations('commitments');
  return (dueAt, now) => {
    const c = countdown(dueAt, now);
    return t(c.key, c.values);
  };
}

/** The current time, refreshed every `everyMs` (null during server rendering, so markup matches). */
export function useNow(everyMs = 30_000): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
