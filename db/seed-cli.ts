/**
 * `npm run db:seed`: migrates the configured database and adds the demo negotiation and accounts
 * (README), with a few clauses in the demo chapter (PACTUM_DEMO_DRAFT=off leaves it empty), unless
 * they are already there. The server seeds the same way at start unless
 * PACTUM_SEED=off.
 */
import { closeDatabase, openDatabase } from './open';
import { describeDatabase } from './describe';
import { runMain } from './run-main';
import { demoAccountLines } from './seed';
import { seedDemoWithDraft } from './seed-draft';

async function main() {
  const db = await openDatabase();
  try {
    if (await seedDemoWithDraft(db)) console.log([`Demo data added to ${describeDatabase()}.`, ...demoAccountLines()].join('\n'));
    else console.log(`Demo data is already in ${describeDatabase()}; nothing changed.`);
  } finally {
    await closeDatabase();
  }
}

runMain(main);
