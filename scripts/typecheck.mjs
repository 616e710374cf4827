// `npm run typecheck`: Next's route types, then tsc. The types are generated into a folder of their
// own (.next-typecheck), not .next: npm test type-checks beside `next build`, which empties .next as
// it starts, and a typegen writing there at that moment failed (ENOENT on .next/types/routes.d.ts).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const DIR = '.next-typecheck';
const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run('npx', ['next', 'typegen'], { NEXT_DIST_DIR: DIR });
// tsc reads the generated types through tsconfig.typecheck.json's globs and Next's global types
// from this file, not from next-env.d.ts, which `next build` may be rewriting at this moment.
writeFileSync(`${DIR}/env.d.ts`, '/// <reference types="next" />\n/// <reference types="next/image-types/global" />\n');
// typegen also pointed next-env.d.ts (the editor's and `next dev`'s file) at its folder: point it back.
const env = readFileSync('next-env.d.ts', 'utf8');
if (env.includes(`./${DIR}/`)) writeFileSync('next-env.d.ts', env.replaceAll(`./${DIR}/`, './.next/'));
run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.typecheck.json']);
