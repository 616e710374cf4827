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
  const scratch = await createScratchDatabase('pactum_t');
  const db = await openDatabase({ databaseUrl: scratch.url });
  return {
    db,
    close: async () => {
      await closeDatabase();
      await scratch.drop();
    },
  };
}

/**
 * A new, empty database on TEST_DATABASE_URL's server (for a test or a child process), and how
 * to drop it again (WITH FORCE: connections left open by a killed child do not block it).
 */
export async function createScratchDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('A PostgreSQL test database needs TEST_DATABASE_URL');
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
