/**
 * `npm run db:seed`: migrates the configured database and adds the demo negotiation and accounts
 * (README), with a few clauses in the demo chapter (PACTUM_DEMO_DRAFT=off leaves it empty), unless
 * they are already there. The server seeds the same way at start unless
 * PACTUM_SEED=off.
 */
import { closeDatabase, openDatabase } from './open';
import { describeDatabase } from './describe';
import { demoAccountLines, seedDemo } from './seed';
import { seedDemoDraft } from './seed-draft';

async function main() {
  const db = await openDatabase();
  try {
    if (await seedDemo(db)) {
      if (process.env.PACTUM_DEMO_DRAFT !== 'off') await seedDemoDraft(db);
      console.log([`Demo data added to ${describeDatabase()}.`, ...demoAccountLines()].join('\n'));
    }
    else console.log(`Demo data is already in ${describeDatabase()}; nothing changed.`);
  } finally {
    await closeDatabase();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? `${err.message}${err.cause ? `\n  cause: ${String(err.cause)}` : ''}` : err);
  process.exit(1);
});
