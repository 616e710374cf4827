// The collaboration soak: 100,000 seeded fuzz frames against a server in its own process, on PGlite
// and then (when TEST_DATABASE_URL is set) on PostgreSQL, SOAK_RUNS times each (default 3). Every run
// must keep health < 1 s, the RSS peak < 512 MiB and the legitimate client equal to a fresh one
// (tests/integration/collab-fuzz.test.ts); RSS at the end must be back within 20 % of the start on
// the median of the runs, a single run's ratio varying by some ±0.08 (README, memory).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const frames = process.env.COLLAB_FUZZ_FRAMES ?? '100000';
const runs = Number(process.env.SOAK_RUNS ?? 3);
const results = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-soak-')), 'results.jsonl');

function soak(driver, label) {
  console.log(`\n== Collaboration soak: ${frames} frames on ${label}, ${runs} runs ==`);
  for (let i = 1; i <= runs; i++) {
    console.log(`\n-- ${label}, run ${i} of ${runs}`);
    const status = spawnSync(
      'npx',
      ['vitest', 'run', '--project', 'integration', 'tests/integration/collab-fuzz.test.ts', '-t', 'survives'],
      {
        stdio: 'inherit',
        env: {
          ...process.env,
          PACTUM_TEST_DRIVER: driver,
          COLLAB_FUZZ_FRAMES: frames,
          COLLAB_FUZZ_STRICT_RSS: '1',
          COLLAB_FUZZ_RESULT_FILE: results,
        },
      },
    ).status;
    if (status !== 0) return false;
  }
  const ratios = fs
    .readFileSync(results, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line))
    .filter((r) => r.driver === driver)
    .map((r) => r.endRatio)
    .sort((a, b) => a - b);
  const median = ratios[Math.floor(ratios.length / 2)];
  const ok = ratios.length === runs && median < 1.2;
  console.log(
    `\n== ${label}: RSS at the end against the start ${ratios.map((r) => `${r.toFixed(2)}×`).join(', ')}; median ${median?.toFixed(2)}× — ${ok ? 'PASS' : 'FAIL'} (< 1.20×)`,
  );
  return ok;
}

if (!soak('pglite', 'PGlite')) process.exit(1);
if (!process.env.TEST_DATABASE_URL) {
  console.log('\nSKIPPED: soak on PostgreSQL — TEST_DATABASE_URL is not set.');
  process.exit(0);
}
process.exit(soak('postgres', 'PostgreSQL') ? 0 : 1);
