// A ratchet on long source lines: fails when more lines exceed MAX_LENGTH than the recorded
// ceiling. Prettier (npm run lint checks the whole tree) wraps code at 140; what is left over 160 is
// strings, regular expressions and comments it does not break. Lower the ceiling as they go.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MAX_LENGTH = 160;
/** Lines over MAX_LENGTH on main (83 once the whole tree was formatted with Prettier). */
const CEILING = Number(readFileSync(new URL('./line-length-ceiling.txt', import.meta.url), 'utf8').trim());

const files = execFileSync('git', ['ls-files', '*.ts', '*.tsx', '*.js', '*.mjs', '*.cjs', '*.css'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && !f.startsWith('db/migrations/') && f !== 'next-env.d.ts');
const long = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue; // deleted in the work tree
  }
  text.split('\n').forEach((line, i) => {
    const length = [...line].length;
    if (length > MAX_LENGTH) long.push({ file, line: i + 1, length });
  });
}
if (long.length > CEILING) {
  console.error(`${long.length} lines are longer than ${MAX_LENGTH} characters; at most ${CEILING} may be.`);
  console.error('Shorten the new ones (npm run format wraps a changed file at 140):');
  const base = (() => {
    try {
      return execFileSync('git', ['merge-base', 'HEAD', 'main'], { encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  })();
  const changed = base ? new Set(execFileSync('git', ['diff', '--name-only', base], { encoding: 'utf8' }).split('\n')) : null;
  for (const l of long.filter((x) => !changed || changed.has(x.file)).slice(0, 40)) console.error(`  ${l.file}:${l.line} (${l.length})`);
  process.exit(1);
}
const lower = long.length < CEILING ? `; lower it to ${long.length} in scripts/line-length-ceiling.txt` : '';
console.log(`Long lines: ${long.length} over ${MAX_LENGTH} characters (ceiling ${CEILING}${lower}).`);
