import pg from 'pg';
import { openDatabase, closeDatabase } from '@/db/open';
import type { Db } from '@/db/client';

/** Which database the integration suite runs on this time: set by scripts/test-integration. */
export const TEST_DRIVER = process.env.PACTUM_TEST_DRIVER === 'postgres' ? 'postgres' : 'pglite';

/**
 * Opens a fresh, migrated database for one test file: an in-memory PGlite, or a new database
 * created on TEST_DATABASE_URL's server (dropped again by the returned close()).
 */
export async function openTestDatabase(): Promise<{ db: Db; close: () => Promise<void> }> {
  if (TEST_DRIVER === 'pglite') {
    const db = await openDatabase({ dataDir: 'memory://' });
    return { db, close: closeDatabase };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('PACTUM_TEST_DRIVER=postgres needs TEST_DATABASE_URL');
  const name = `pactum_t_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString() });
  return {
    db,
    close: async () => {
      await closeDatabase();
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}
