import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeClause } from '../fixtures/clauses/sample-clauses';

const dir = mkdtempSync(path.join(tmpdir(), 'clauses-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const runCheck = (libraryDir: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'lib/clauses/check-cli.ts', libraryDir], { encoding: 'utf8', cwd: process.cwd() });

// Each test starts a Node process that compiles the CLI with tsx: seconds on a loaded 2-core machine.
describe('npm run clauses:check', { timeout: 60_000 }, () => {
  it('meets the acceptance figures on the real library and exits 0', () => {
    const result = runCheck(path.join(process.cwd(), 'clause-library'));
    expect(result.status, result.stderr).toBe(0);
    const counts = JSON.parse(result.stdout) as {
      total: number;
      topics: Record<string, number>;
      paxCodes: { used: number; unknown: number; codebook: string };
      precedents: { clausesWithNeither: number; clausesWithPrecedent: number; clausesWithNoClosePrecedentNote: number };
      checklists: { standardFailing: number };
    };
    expect(counts.total).toBeGreaterThanOrEqual(140);
    expect(counts.total).toBe(Object.values(counts.topics).reduce((a, b) => a + b, 0));
    expect(counts.paxCodes).toMatchObject({ unknown: 0, codebook: expect.stringMatching(/PA-X main dataset, version 10/) });
    expect(counts.checklists.standardFailing).toBe(0);
    expect(counts.precedents.clausesWithNeither).toBe(0);
    expect(counts.precedents.clausesWithPrecedent + counts.precedents.clausesWithNoClosePrecedentNote).toBe(counts.total);
  });

  it('exits non-zero naming the file and field of an invalid clause and a duplicate id', () => {
    mkdirSync(path.join(dir, 'ceasefire'));
    mkdirSync(path.join(dir, 'ddr'));
    writeFileSync(path.join(dir, 'ceasefire', 'cf-a.json'), JSON.stringify(makeClause({ id: 'cf-a' })));
    writeFileSync(path.join(dir, 'ddr', 'cf-a.json'), JSON.stringify(makeClause({ id: 'cf-a', topic: 'ddr' })));
    writeFileSync(path.join(dir, 'ddr', 'ddr-bad.json'), JSON.stringify({ ...makeClause({ id: 'ddr-bad', topic: 'ddr' }), title: '' }));
    writeFileSync(
      path.join(dir, 'ddr', 'ddr-coded.json'),
      JSON.stringify(makeClause({ id: 'ddr-coded', topic: 'ddr', pax_codes: ['Tj', 'SsrDdr'] })),
    );
    const result = runCheck(dir);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ total: 1, topics: { ceasefire: 1, ddr: 0 } });
    expect(result.stderr).toMatch(/ddr\/cf-a\.json: id: duplicate id "cf-a"/);
    expect(result.stderr).toMatch(/ddr\/ddr-bad\.json: title: /);
    expect(result.stderr).toMatch(/ddr\/ddr-coded\.json: pax_codes\.0: "Tj" is the PA-X category heading/);
    expect(JSON.parse(result.stdout).paxCodes.unknown).toBe(1);
    expect(result.stderr).toMatch(/no clause for topic "ssr"/);
  });
});
