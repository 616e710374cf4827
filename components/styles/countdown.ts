'use client';

import { useEffect, useState } from 'react';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Time left until a deadline in words: "3 days 4 h left", "5 h 12 min left", "Deadline passed". */
export function formatCountdown(dueAt: string | Date, now: number): string {
  const left = new Date(dueAt).getTime() - now;
  if (left <= 0) return 'Deadline passed';
  const days = Math.floor(left / DAY);
  const hours = Math.floor((left % DAY) / HOUR);
  const minutes = Math.floor((left % HOUR) / MINUTE);
  if (days > 0) return `${days} ${days === 1 ? 'day' : 'days'} ${hours} h left`;
  if (hours > 0) return `${hours} h ${minutes} min left`;
  return minutes > 0 ? `${minutes} min left` : 'Less than a minute left';
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
