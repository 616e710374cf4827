// The collaboration soak: 100,000 seeded fuzz frames against a server in its own process, on PGlite
// and then (when TEST_DATABASE_URL is set) on PostgreSQL. Health < 1 s, RSS bounded and back within
// 20 %, the legitimate client equal to a fresh one (tests/integration/collab-fuzz.test.ts).
import { spawnSync } from 'node:child_process';

const frames = process.env.COLLAB_FUZZ_FRAMES ?? '100000';
const run = (driver) =>
  spawnSync('npx', ['vitest', 'run', '--project', 'integration', 'tests/integration/collab-fuzz.test.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PACTUM_TEST_DRIVER: driver, COLLAB_FUZZ_FRAMES: frames, COLLAB_FUZZ_STRICT_RSS: '1' },
  }).status ?? 1;

console.log(`\n== Collaboration soak: ${frames} frames on PGlite ==`);
if (run('pglite') !== 0) process.exit(1);
if (!process.env.TEST_DATABASE_URL) {
  console.log('\nSKIPPED: soak on PostgreSQL — TEST_DATABASE_URL is not set.');
  process.exit(0);
}
console.log(`\n== Collaboration soak: ${frames} frames on PostgreSQL ==`);
process.exit(run('postgres'));
