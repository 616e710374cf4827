import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema';
import { getDbHolder, hasDb, setDbHolder, type Db } from './client';
import { acquireDataLock } from './lock';

const MIGRATIONS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface OpenOptions {
  /** postgres:// URL; when absent the embedded PGlite database is used. */
  databaseUrl?: string;
  /** PGlite data folder (default `.data/pglite`); `memory://` for a throwaway database. */
  dataDir?: string;
}

/**
 * Opens the process-wide database (PGlite by default, PostgreSQL with a URL) and applies the
 * committed migrations. Call once, from server.ts or a test; later calls return the same handle.
 */
export async function openDatabase(opts: OpenOptions = {}): Promise<Db> {
  if (hasDb()) return getDbHolder().db;
  const url = opts.databaseUrl ?? process.env.DATABASE_URL;
  if (url) {
    const { Pool } = (await import('pg')).default;
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    const pool = new Pool({ connectionString: url, max: 10 });
    // An idle connection that the server ends (restart, failover, pg_terminate_backend) is
    // reported here; without a listener Node would crash the whole app. The pool replaces it.
    let closing = false;
    pool.on('error', (err) => {
      if (!closing) console.error(`[db] a PostgreSQL connection was lost (${err.message}); a new one will be opened on demand`);
    });
    const db = drizzle(pool, { schema });
    await migrate(db, { migrationsFolder: MIGRATIONS });
    setDbHolder({
      db,
      driver: 'postgres',
      ping: async () => void (await pool.query('select 1')),
      close: async () => {
        setDbHolder(undefined);
        closing = true;
        await pool.end();
      },
    });
    return db;
  }
  const dataDir = opts.dataDir ?? process.env.PGLITE_DIR ?? '.data/pglite';
  const inMemory = dataDir.startsWith('memory://');
  const release = inMemory ? () => {} : acquireDataLock(dataDir);
  try {
    if (!inMemory) fs.mkdirSync(dataDir, { recursive: true });
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    const client = await PGlite.create(inMemory ? undefined : dataDir);
    const pgliteDb = drizzle(client, { schema });
    await migrate(pgliteDb, { migrationsFolder: MIGRATIONS });
    const db = pgliteDb as unknown as Db;
    setDbHolder({
      db,
      driver: 'pglite',
      ping: async () => void (await client.query('select 1')),
      close: async () => {
        setDbHolder(undefined);
        await client.close();
        release();
      },
    });
    return db;
  } catch (err) {
    release();
    throw new Error(`Could not open the embedded database at ${dataDir}`, { cause: err });
  }
}

export async function closeDatabase(): Promise<void> {
  if (hasDb()) await getDbHolder().close();
}
