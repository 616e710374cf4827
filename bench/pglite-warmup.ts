/**
 * Why the embedded store costs more per commit than its statements suggest: PGlite pays a
 * warm-up after any pause. The same statement is timed back to back, after the thread sleeps
 * or busy-loops for a few milliseconds, and after a pause followed by one throw-away `select`.
 * At bench (a)'s rate (one commit per ~100 ms batch window) every commit is a "cold" one.
 *
 *   node --import tsx bench/pglite-warmup.ts [--runs 300]
 *
 * PGlite runs here on this thread, file-backed as the app uses it (in a fresh temp folder).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pct } from './stats';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] || 300) || 300;
const PAUSE_MS = 10;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-warmup-'));
const db = await PGlite.create(dir);
// The shape of doc_updates: one row per Yjs update, two indexes, a default timestamp.
await db.exec(`create table u (id bigserial primary key, document_id uuid not null, "update" bytea not null,
  user_id uuid, created_at timestamptz not null default now()); create index on u (document_id, id);`);
const row = `('11111111-1111-1111-1111-111111111111', '\\x${Buffer.alloc(30, 7).toString('hex')}', null)`;
const statements = { 'select 1': 'select 1', '2-row insert': `insert into u (document_id, "update", user_id) values ${row}, ${row}` };

const pauses: Record<string, () => Promise<void>> = {
  'back to back': async () => {},
  [`after ${PAUSE_MS} ms asleep`]: () => new Promise((r) => setTimeout(r, PAUSE_MS)),
  [`after ${PAUSE_MS} ms busy loop`]: async () => {
    const end = performance.now() + PAUSE_MS;
    while (performance.now() < end);
  },
  [`after ${PAUSE_MS} ms asleep + one select`]: async () => {
    await new Promise((r) => setTimeout(r, PAUSE_MS));
    await db.exec('select 2');
  },
};

for (let i = 0; i < 200; i++) await db.exec(statements['2-row insert']); // JIT and buffers warm
console.log(`PGlite statement time (µs of wall time on this thread, ${runs} runs each)\n`);
console.log(`${'statement'.padEnd(14)} ${'pause'.padEnd(32)} ${'median'.padStart(7)} ${'p90'.padStart(7)}`);
for (const [label, sql] of Object.entries(statements)) {
  for (const [pauseLabel, pause] of Object.entries(pauses)) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      await pause();
      const t0 = performance.now();
      await db.exec(sql);
      times.push((performance.now() - t0) * 1000);
    }
    console.log(
      `${label.padEnd(14)} ${pauseLabel.padEnd(32)} ${pct(times, 50).toFixed(0).padStart(7)} ${pct(times, 90).toFixed(0).padStart(7)}`,
    );
  }
}
await db.close();
fs.rmSync(dir, { recursive: true, force: true });
