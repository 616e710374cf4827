/**
 * Vitest globalSetup of the integration project: builds the migrated database, and the migrated
 * database with the demo seed, ONCE per run; every test file then starts from a copy
 * (tests/support/test-db.ts). On PGlite the copies are snapshots of the data folder (a fresh
 * PGlite runs initdb and the migrations: 10–15 s per file under load; a snapshot loads in about 2 s);
 * on PostgreSQL they are template databases (`CREATE DATABASE … TEMPLATE`), dropped at the end.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { closeDatabase, dumpEmbeddedDatabase, openDatabase } from '@/db/open';
import { seedDemo } from '@/db/seed';
import { adminQuery, databaseUrl, scratchName, TEST_DRIVER, type TestTemplates } from './test-db';

declare module 'vitest' {
  export interface ProvidedContext {
    pactumTestTemplates: TestTemplates | null;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  if (TEST_DRIVER === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-test-templates-'));
    const templates = { migrated: path.join(dir, 'migrated.tar'), seeded: path.join(dir, 'seeded.tar') };
    try {
      const db = await openDatabase({ dataDir: 'memory://' });
      await dumpEmbeddedDatabase(templates.migrated);
      await seedDemo(db);
      await dumpEmbeddedDatabase(templates.seeded);
    } finally {
      await closeDatabase();
    }
    project.provide('pactumTestTemplates', { driver: 'pglite', ...templates });
    console.log(`[test-db] PGlite templates (migrated, seeded) ready in ${Date.now() - started} ms`);
    return async () => fs.rmSync(dir, { recursive: true, force: true });
  }

  if (!process.env.TEST_DATABASE_URL) {
    project.provide('pactumTestTemplates', null); // the files say SKIPPED or fail with their own message
    return async () => {};
  }
  const templates = { migrated: scratchName('pactum_tpl'), seeded: scratchName('pactum_tpls') };
  const drop = async () => {
    for (const name of Object.values(templates)) await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
  try {
    await adminQuery(`CREATE DATABASE ${templates.migrated}`);
    await openDatabase({ databaseUrl: databaseUrl(templates.migrated) });
    await closeDatabase();
    await adminQuery(`CREATE DATABASE ${templates.seeded} TEMPLATE ${templates.migrated}`);
    await seedDemo(await openDatabase({ databaseUrl: databaseUrl(templates.seeded) }));
    await closeDatabase();
  } catch (err) {
    await closeDatabase().catch(() => {});
    await drop().catch(() => {});
    throw err;
  }
  project.provide('pactumTestTemplates', { driver: 'postgres', ...templates });
  console.log(`[test-db] PostgreSQL template databases (migrated, seeded) ready in ${Date.now() - started} ms`);
  return drop;
}
