import { processShared } from '@/lib/process-shared';
import { getDbHolder, hasDb } from './client';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOENT',
]);
const UNAVAILABLE_MESSAGES = [
  'Database is not open',
  'timeout exceeded when trying to connect',
  'Connection terminated',
  'Query read timeout',
  'Client has encountered a connection error',
  'Cannot use a pool after calling end',
];

/**
 * Whether an error (or one of its causes) means the database could not be reached or did not answer
 * in time — refused or lost connections, connect and statement timeouts, a server shutting down or
 * out of connections. Such requests answer 503 with Retry-After, not 500.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (NETWORK_CODES.has(code)) return true;
      // SQLSTATE: connection exception, admin/crash shutdown, cannot connect now, too many connections, statement timeout.
      if (/^08/.test(code) || ['57P01', '57P02', '57P03', '53300', '57014'].includes(code)) return true;
    }
    if (UNAVAILABLE_MESSAGES.some((m) => e instanceof Error && e.message.includes(m))) return true;
  }
  return false;
}

/** Seconds a client should wait before retrying while the database is away. */
export const RETRY_AFTER_SECONDS = 10;

/** A database outage this process noticed (kept in lib/process-shared.ts: Next's module copies see it too). */
export interface Outage {
  since: number;
  probing: boolean;
}

/** Whether a recent request found the database unreachable and no probe has reached it since. */
export function isDatabaseDown(): boolean {
  return Boolean(processShared().dbOutage);
}

/**
 * Records that the database just failed to answer (call with errors isDatabaseUnavailable accepts).
 * Until a background ping (every 2 s) gets through again, server.ts answers pages and APIs with 503
 * at once instead of letting every request wait for the connect/statement timeout.
 */
export function reportDatabaseUnavailable(): void {
  const shared = processShared();
  if (shared.dbOutage) return;
  const outage: Outage = { since: Date.now(), probing: true };
  shared.dbOutage = outage;
  console.warn('[db] the database is not answering; requests get 503 until it is back');
  const probe = async () => {
    try {
      if (!hasDb()) throw new Error('Database is not open');
      await getDbHolder().ping();
      shared.dbOutage = null;
      console.warn(`[db] the database answers again after ${Math.round((Date.now() - outage.since) / 1000)} s`);
    } catch {
      setTimeout(() => void probe(), 2000).unref();
    }
  };
  setTimeout(() => void probe(), 500).unref();
}
