import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { Pool } from 'pg';
import type * as schema from './schema';

/**
 * The drizzle handle: node-postgres, to PostgreSQL or to the embedded PGlite's socket (db/open.ts).
 * `$client` is its pool, for the few raw simple-protocol statements (doc-store's batched writes).
 */
export type Db = NodePgDatabase<typeof schema> & { $client: Pool };

interface DbHolder {
  db: Db;
  driver: 'pglite' | 'postgres';
  /** Cheap round trip used by the health check. */
  ping: () => Promise<void>;
  close: () => Promise<void>;
  /** PGlite only: writes the data folder to a tar file (db/open.ts dumpEmbeddedDatabase). */
  dump?: (file: string) => Promise<void>;
}

const KEY = Symbol.for('pactum.db');
type GlobalWithDb = typeof globalThis & { [KEY]?: DbHolder };

/**
 * The one database handle of this process. Next loads separate copies of our modules, so the
 * handle lives on globalThis; only server.ts (or a test) opens it, through db/open.ts.
 * @throws if the database has not been opened in this process.
 */
export function getDb(): Db {
  return getDbHolder().db;
}

export function getDbHolder(): DbHolder {
  const holder = (globalThis as GlobalWithDb)[KEY];
  if (!holder) throw new Error('Database is not open: start the app with `npm run dev` / `npm start` (server.ts opens it).');
  return holder;
}

export function setDbHolder(holder: DbHolder | undefined): void {
  (globalThis as GlobalWithDb)[KEY] = holder;
}

export function hasDb(): boolean {
  return (globalThis as GlobalWithDb)[KEY] !== undefined;
}

/** Which engine a handle talks to; a handle not opened through db/open.ts counts as PostgreSQL. */
export function driverOf(db: Db): 'pglite' | 'postgres' {
  const holder = (globalThis as GlobalWithDb)[KEY];
  return holder?.db === db ? holder.driver : 'postgres';
}
