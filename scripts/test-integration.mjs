// Runs the integration suite on PGlite, then again on PostgreSQL when TEST_DATABASE_URL is set.
//   node scripts/test-integration.mjs                      both passes, one after the other
//   node scripts/test-integration.mjs pglite|postgres      one pass (npm test runs the two side by side)
//   node scripts/test-integration.mjs [driver] <files…>    only these files (paths or name filters)
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const only = ['pglite', 'postgres'].includes(args[0]) ? args.shift() : undefined;

const run = (env) =>
  spawnSync('npx', ['vitest', 'run', '--project', 'integration', ...args], { stdio: 'inherit', env: { ...process.env, ...env } }).status ??
  1;

if (only !== 'postgres') {
  console.log('\n== Integration suite on PGlite (embedded) ==');
  if (run({ PACTUM_TEST_DRIVER: 'pglite' }) !== 0) process.exit(1);
  if (only === 'pglite') process.exit(0);
}

if (!process.env.TEST_DATABASE_URL) {
  console.log('\nSKIPPED: integration suite on PostgreSQL — TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test).');
  process.exit(0);
}
console.log(`\n== Integration suite on PostgreSQL (${process.env.TEST_DATABASE_URL.replace(/\/\/[^@]*@/, '//')}) ==`);
process.exit(run({ PACTUM_TEST_DRIVER: 'postgres' }));
