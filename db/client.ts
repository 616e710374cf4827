import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { Pool } from 'pg';
import { processShared } from '@/lib/process-shared';
import type * as schema from './schema';

/**
 * The drizzle handle: node-postgres, to PostgreSQL or to the embedded PGlite's socket (db/open.ts).
 * `$client` is its pool, for the few raw simple-protocol statements (doc-store's batched writes).
 */
export type Db = NodePgDatabase<typeof schema> & { $client: Pool };

export interface DbHolder {
  db: Db;
  driver: 'pglite' | 'postgres';
  /** Cheap round trip used by the health check. */
  ping: () => Promise<void>;
  close: () => Promise<void>;
  /** PGlite only: writes the data folder to a tar file (db/open.ts dumpEmbeddedDatabase). */
  dump?: (file: string) => Promise<void>;
  /** PGlite only: the database thread's V8 heap (db/open.ts embeddedDatabaseHeap). */
  heap?: () => Promise<import('node:v8').HeapInfo>;
}

/**
 * The one database handle of this process. Next loads separate copies of our modules, so the
 * handle lives in lib/process-shared.ts; only server.ts (or a test) opens it, through db/open.ts.
 * @throws if the database has not been opened in this process.
 */
export function getDb(): Db {
  return getDbHolder().db;
}

export function getDbHolder(): DbHolder {
  const holder = processShared().db;
  if (!holder) throw new Error('Database is not open: start the app with `npm run dev` / `npm start` (server.ts opens it).');
  return holder;
}

export function setDbHolder(holder: DbHolder | undefined): void {
  processShared().db = holder;
}

export function hasDb(): boolean {
  return processShared().db !== undefined;
}

/** Which engine a handle talks to; a handle not opened through db/open.ts counts as PostgreSQL. */
export function driverOf(db: Db): 'pglite' | 'postgres' {
  const holder = processShared().db;
  return holder?.db === db ? holder.driver : 'postgres';
}
