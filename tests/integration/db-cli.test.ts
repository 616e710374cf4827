import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, TEST_DRIVER } from '../support/test-db';

/** `npm run db:migrate` / `db:seed` (README) run as a newcomer would, on a database of their own. */
describe(`database scripts on ${TEST_DRIVER}`, () => {
  const env: Record<string, string> = {};
  let cleanup = async () => {};

  beforeAll(async () => {
    if (TEST_DRIVER === 'pglite') {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-cli-'));
      Object.assign(env, { PGLITE_DIR: path.join(dir, 'pglite'), DATABASE_URL: '' });
      cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
      return;
    }
    const scratch = await createScratchDatabase('pactum_cli');
    env.DATABASE_URL = scratch.url;
    cleanup = scratch.drop;
  });
  afterAll(() => cleanup());

  const run = (script: string) => {
    const r = spawnSync('npm', ['run', '-s', script], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
    return { code: r.status, out: `${r.stdout}${r.stderr}` };
  };

  it('migrates, seeds once, and says so the second time', () => {
    const migrated = run('db:migrate');
    expect(migrated.out).toMatch(/Migrations applied to (the embedded database in .*pglite|PostgreSQL at )/);
    expect(migrated.code).toBe(0);

    const seeded = run('db:seed');
    expect(seeded.code).toBe(0);
    expect(seeded.out).toContain('Demo data added');
    expect(seeded.out).toContain('gov.lead@pactum.test');
    expect(seeded.out).toContain('pactum-demo-2026');
    expect(seeded.out).not.toMatch(/postgres:\/\/[^@\s]*:[^@\s]*@/); // never a password from the URL

    const again = run('db:seed');
    expect(again.code).toBe(0);
    expect(again.out).toContain('Demo data is already in');
  }, 240_000);
});
