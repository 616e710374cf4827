// `npm run typecheck`: Next's route types, then tsc. The types are generated into a folder of their
// own (.next-typecheck), not .next: npm test type-checks beside `next build`, which empties .next as
// it starts, and a typegen writing there at that moment failed (ENOENT on .next/types/routes.d.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const DIR = '.next-typecheck';
const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run('npx', ['next', 'typegen'], { NEXT_DIST_DIR: DIR });
// typegen also points next-env.d.ts (the editor's and `next dev`'s file) at its folder: point it
// back at .next, and give tsc the same references from a file of the type-check's own.
const env = readFileSync('next-env.d.ts', 'utf8');
writeFileSync(`${DIR}/env.d.ts`, env.replaceAll(`./${DIR}/`, './'));
if (env.includes(`./${DIR}/`) && existsSync('next-env.d.ts')) writeFileSync('next-env.d.ts', env.replaceAll(`./${DIR}/`, './.next/'));
run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.typecheck.json']);
