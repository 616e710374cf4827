// Formats (or with --check, checks) only the files this branch changed since it left main, so a
// formatter can arrive without reformatting the whole tree under eight open branches at once.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const base = git('merge-base', 'HEAD', process.env.FORMAT_BASE ?? 'main');
const changed = new Set([
  ...git('diff', '--name-only', '--diff-filter=ACMR', base).split('\n'),
  ...git('ls-files', '--others', '--exclude-standard').split('\n'),
]);
const files = [...changed].filter((f) => f && existsSync(f) && /\.(ts|tsx|js|mjs|cjs|css|json|md)$/.test(f));
if (files.length === 0) {
  console.log('No changed files to format.');
  process.exit(0);
}
const check = process.argv.includes('--check');
const run = spawnSync('npx', ['prettier', check ? '--check' : '--write', '--ignore-unknown', ...files], { stdio: 'inherit' });
process.exit(run.status ?? 1);
