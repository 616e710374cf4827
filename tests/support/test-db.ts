import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, closeDatabase } from '@/db/open';
import { seedDemo } from '@/db/seed';
import type { Db } from '@/db/client';

/** Which database the integration suite runs on this time: set by scripts/test-integration. */
export const TEST_DRIVER = process.env.PACTUM_TEST_DRIVER === 'postgres' ? 'postgres' : 'pglite';

/** The databases built once per run by tests/support/test-db-setup.ts (PGlite: tar files; PostgreSQL: database names). */
export interface TestTemplates {
  driver: 'pglite' | 'postgres';
  /** Migrated, empty. */
  migrated: string;
  /** Migrated, with the demo seed (db/seed.ts). */
  seeded: string;
}

export interface TestDatabaseOptions {
  /** Start with the demo negotiation already seeded (as `seedDemo` leaves it; calling it again is a no-op). */
  seeded?: boolean;
}

/** The run's templates, or null outside a vitest run that set them up (the copy is then built from scratch). */
function templates(): TestTemplates | null {
  try {
    const provided = inject('pactumTestTemplates');
    return provided?.driver === TEST_DRIVER ? provided : null;
  } catch {
    return null; // not inside a vitest worker (a child process of a test)
  }
}

/**
 * Opens a fresh, migrated database for one test file, copied from the run's template: an
 * in-memory PGlite loaded from a snapshot, or a new database created from a template on
 * TEST_DATABASE_URL's server (dropped again by the returned close()).
 */
export async function openTestDatabase(opts: TestDatabaseOptions = {}): Promise<{ db: Db; close: () => Promise<void> }> {
  const tpl = templates();
  const template = tpl ? (opts.seeded ? tpl.seeded : tpl.migrated) : undefined;
  let opened: { db: Db; close: () => Promise<void> };
  if (TEST_DRIVER === 'pglite') {
    opened = { db: await openDatabase({ dataDir: 'memory://', snapshot: template }), close: closeDatabase };
  } else {
    const scratch = await createScratchDatabase('pactum_t', { template });
    try {
      opened = {
        db: await openDatabase({ databaseUrl: scratch.url }),
        close: async () => {
          await closeDatabase();
          await scratch.drop();
        },
      };
    } catch (err) {
      await scratch.drop().catch(() => {});
      throw err;
    }
  }
  if (opts.seeded && !template) await seedDemo(opened.db);
  return opened;
}

/** A unique database name on the shared server: prefix, process, time, random. */
export function scratchName(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

/** TEST_DATABASE_URL with another database name. */
export function databaseUrl(name: string): string {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('A PostgreSQL test database needs TEST_DATABASE_URL');
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** One statement on TEST_DATABASE_URL's database, on a connection of its own. */
export async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A new database on TEST_DATABASE_URL's server (for a test or a child process): empty, or a copy
 * of the run's migrated (`from: 'migrated'`) or seeded template; and how to drop it again (WITH
 * FORCE: connections left open by a killed child do not block it).
 */
export async function createScratchDatabase(
  prefix: string,
  opts: { from?: 'migrated' | 'seeded'; template?: string } = {},
): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!process.env.TEST_DATABASE_URL) throw new Error('A PostgreSQL test database needs TEST_DATABASE_URL');
  const tpl = templates();
  const template = opts.template ?? (opts.from && tpl?.driver === 'postgres' ? tpl[opts.from] : undefined);
  const name = scratchName(prefix);
  await adminQuery(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  return { url: databaseUrl(name), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
