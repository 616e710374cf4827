// `npm test`: every suite, in stages, printing how long each took. Independent stages run side by
// side where the two cores allow it: most of the integration and end-to-end suites' time is spent
// waiting on sockets, timers, the database and the browser, not computing, so the end-to-end suite
// and the PGlite and PostgreSQL passes share the machine well. The output of parallel stages is kept and printed
// whole when each one ends, so logs do not interleave.
//
//   node scripts/test.mjs                 all stages (what CI runs)
//   node scripts/test.mjs unit e2e        only these stages (names below)
//   TEST_SERIAL=1 node scripts/test.mjs   one stage at a time (to compare, or on a busier machine)
import { spawn } from 'node:child_process';
import os from 'node:os';

const pg = process.env.TEST_DATABASE_URL;
const wanted = process.argv.slice(2);
const NO_PG = 'TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test)';
const FUZZ = 'tests/integration/collab-fuzz.test.ts';

/**
 * Stages in waves: a wave's stages run together; the next wave starts when all have passed. The
 * build goes first, beside the quick checks, so the end-to-end suite (the longest stage) starts as
 * early as it can and overlaps the two integration passes instead of following them.
 */
const WAVES = [
  [
    { name: 'typecheck', cmd: 'npm run typecheck' },
    { name: 'lint', cmd: 'npm run lint' },
    { name: 'unit', cmd: 'npx vitest run --project unit' },
    // When this run type-checks the tree, the build skips Next's own second pass.
    {
      name: 'build',
      key: 'e2e',
      cmd: 'npm run build',
      env: { PACTUM_BUILD_SKIP_TYPECHECK: wanted.length === 0 || wanted.includes('typecheck') ? '1' : '0' },
    },
  ],
  [
    { name: 'e2e', cmd: 'npx playwright test' },
    { name: 'integration (PGlite)', key: 'integration', cmd: `node scripts/test-integration.mjs pglite --exclude ${FUZZ}` },
    pg
      ? { name: 'integration (PostgreSQL)', key: 'integration', cmd: `node scripts/test-integration.mjs postgres --exclude ${FUZZ}` }
      : { name: 'integration (PostgreSQL)', key: 'integration', skip: NO_PG },
  ],
  // The fuzz holds the server to answering its health check within 1 s throughout (RELIABILITY
  // T3), so it runs after the browsers and the other passes: beside them its worst answer measured
  // the machine's contention instead (1.06 and 1.40 s in two runs of 2026-12-07 at load average
  // 16–21). Its two stores side by side load the machine far less (worst answers in tests/README).
  [
    { name: 'fuzz (PGlite)', key: 'integration', cmd: `node scripts/test-integration.mjs pglite ${FUZZ}` },
    pg
      ? { name: 'fuzz (PostgreSQL)', key: 'integration', cmd: `node scripts/test-integration.mjs postgres ${FUZZ}` }
      : { name: 'fuzz (PostgreSQL)', key: 'integration', skip: NO_PG },
  ],
];

const serial = process.env.TEST_SERIAL === '1';
const chosen = (s) => wanted.length === 0 || wanted.includes(s.key ?? s.name) || wanted.includes(s.name);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function run(stage, { inherit }) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(stage.cmd, {
      shell: true,
      stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...stage.env },
    });
    let out = '';
    if (!inherit) {
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
    }
    child.on('close', (code) => resolve({ code: code ?? 1, ms: Date.now() - started, out }));
  });
}

const results = [];
const start = Date.now();
console.log(
  `== npm test: ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}${serial ? ', one stage at a time' : ''}`,
);
let failed = false;
for (const wave of WAVES) {
  const stages = wave.filter(chosen);
  if (stages.length === 0) continue;
  for (const s of stages.filter((s) => s.skip)) {
    console.log(`\nSKIPPED: ${s.name} — ${s.skip}`);
    results.push({ name: s.name, status: 'skipped', ms: 0 });
  }
  const runnable = stages.filter((s) => !s.skip);
  const alone = serial || runnable.length === 1;
  const waveStart = Date.now();
  if (!alone) console.log(`\n== ${runnable.map((s) => s.name).join(' | ')} (side by side; each one's output follows when it ends)`);
  const finish = (s, r) => {
    if (!alone) console.log(`\n----- ${s.name} -----\n${r.out.trimEnd()}`);
    console.log(`== ${s.name}: ${r.code === 0 ? 'passed' : `FAILED (exit ${r.code})`} in ${seconds(r.ms)}`);
    results.push({ name: s.name, status: r.code === 0 ? 'passed' : 'FAILED', ms: r.ms });
    if (r.code !== 0) failed = true;
  };
  if (alone) {
    for (const s of runnable) {
      console.log(`\n== ${s.name}: ${s.cmd}`);
      finish(s, await run(s, { inherit: true }));
      if (failed) break;
    }
  } else {
    await Promise.all(runnable.map(async (s) => finish(s, await run(s, { inherit: false }))));
    console.log(`== wave took ${seconds(Date.now() - waveStart)}`);
  }
  if (failed) break;
}

console.log('\n== Stage durations');
for (const r of results) console.log(`  ${r.name.padEnd(26)} ${r.status.padEnd(8)} ${r.status === 'skipped' ? '' : seconds(r.ms)}`);
console.log(`  ${'total (wall)'.padEnd(26)} ${(failed ? 'FAILED' : 'passed').padEnd(8)} ${seconds(Date.now() - start)}`);
process.exit(failed ? 1 : 0);
