import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';

const onPostgres = TEST_DRIVER === 'postgres';
if (!onPostgres)
  console.log('SKIPPED: PostgreSQL connection-loss test — this pass runs on the embedded PGlite (no server connections to lose).');

describe.skipIf(!onPostgres)('when PostgreSQL ends the app’s connections', () => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await openTestDatabase());
  });
  afterAll(async () => close?.());

  it('logs it, keeps the process up and answers the next query on a new connection', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      // Open several pooled connections, then let them sit idle.
      await Promise.all(Array.from({ length: 3 }, () => db.execute(sql`select pg_sleep(0.05)`)));
      const { rows } = await db.execute<{ name: string }>(sql`select current_database() as name`);
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      const ended = await admin.query(
        'select count(*)::int as n from (select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()) t',
        [rows[0]!.name],
      );
      await admin.end();
      expect(ended.rows[0].n).toBeGreaterThan(0);
      // Each ended connection is reported once it is noticed; only then is the pool clean (a query
      // sent on a connection ended a moment before fails once, as with any PostgreSQL client).
      const lost = () => logged.mock.calls.filter((c) => String(c[0]).includes('a PostgreSQL connection was lost')).length;
      await expect.poll(lost).toBe(ended.rows[0].n);
      const again = await db.execute<{ one: number }>(sql`select 1 as one`);
      expect(again.rows[0]!.one).toBe(1);
    } finally {
      logged.mockRestore();
    }
  });
});
