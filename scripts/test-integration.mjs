// Runs the integration suite on PGlite, then again on PostgreSQL when TEST_DATABASE_URL is set.
import { spawnSync } from 'node:child_process';

const run = (env) =>
  spawnSync('npx', ['vitest', 'run', '--project', 'integration'], { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

console.log('\n== Integration suite on PGlite (embedded) ==');
if (run({ PACTUM_TEST_DRIVER: 'pglite' }) !== 0) process.exit(1);

if (!process.env.TEST_DATABASE_URL) {
  console.log('\nSKIPPED: integration suite on PostgreSQL — TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test).');
  process.exit(0);
}
console.log(`\n== Integration suite on PostgreSQL (${process.env.TEST_DATABASE_URL.replace(/\/\/[^@]*@/, '//')}) ==`);
process.exit(run({ PACTUM_TEST_DRIVER: 'postgres' }));
