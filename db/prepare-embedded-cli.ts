/**
 * The short-lived process of `prepareEmbeddedDatabase` (db/prepare-embedded.ts): opens the embedded
 * database in PGLITE_DIR (creating and migrating it), seeds it as argv[2] says ('none', 'demo',
 * 'demo-with-draft'), closes it (lock released) and exits, taking the memory that cost with it.
 * Tells its parent over IPC whether it added the demo data.
 */
import { closeDatabase, openDatabase } from './open';
import { runMain } from './run-main';
import { seedDemo } from './seed';
import { seedDemoWithDraft } from './seed-draft';
import type { PrepareSeed } from './prepare-embedded';

async function main() {
  const seed = (process.argv[2] ?? 'none') as PrepareSeed;
  if (!['none', 'demo', 'demo-with-draft'].includes(seed)) throw new Error(`Unknown seed "${seed}" (none, demo or demo-with-draft)`);
  const db = await openDatabase();
  let seeded = false;
  try {
    if (seed === 'demo') seeded = await seedDemo(db);
    else if (seed === 'demo-with-draft') seeded = await seedDemoWithDraft(db);
  } finally {
    await closeDatabase();
  }
  await new Promise<void>((resolve) => (process.send ? process.send({ seeded }, () => resolve()) : resolve()));
  process.exit(0);
}

runMain(main);
