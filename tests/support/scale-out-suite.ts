import { TEST_DRIVER } from './test-db';

/** The Redis the two-instance suites may use (CI sets TEST_REDIS_URL; REDIS_URL works too). */
export const redisUrl = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL;

/**
 * What a two-instance suite (Redis + PostgreSQL) lacks on this machine. When something is missing
 * it says so with the suite's name, so a skipped suite is never silent.
 */
export function missingForScaleOut(suite: string): string[] {
  const missing = [!redisUrl && 'TEST_REDIS_URL', TEST_DRIVER !== 'postgres' && 'the PostgreSQL pass (TEST_DATABASE_URL)'].filter(
    (m): m is string => Boolean(m),
  );
  if (missing.length > 0) console.log(`SKIPPED: ${suite} — needs ${missing.join(' and ')}.`);
  return missing;
}
