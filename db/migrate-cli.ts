/**
 * `npm run db:migrate`: applies the committed migrations (db/migrations) to the configured
 * database — PostgreSQL when DATABASE_URL is set, otherwise the embedded one in PGLITE_DIR —
 * without starting the app. The server does the same at every start; this is for deploys that
 * migrate first.
 */
import { closeDatabase, openDatabase } from './open';
import { describeDatabase } from './describe';
import { runMain } from './run-main';

async function main() {
  await openDatabase();
  await closeDatabase();
  console.log(`Migrations applied to ${describeDatabase()}.`);
}

runMain(main);
