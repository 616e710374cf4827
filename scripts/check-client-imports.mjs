// Fails when server code can reach the browser: follows the imports of every 'use client' module
// (as the bundler resolves them, '@/…' paths included) and rejects the database layer, server-only
// packages and Node built-ins, printing the chain that pulls each one in. Runs with `npm run lint`,
// so a page that starts shipping zod or drizzle to the browser fails before it is built.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/** What must never run in a browser: our database layer and the packages only the server uses. */
const FORBIDDEN_FILES = [/^db\//, /^server\.ts$/, /^lib\/auth\/(options|session)\.ts$/];
const FORBIDDEN_PACKAGES = [
  'zod', // validation happens on the server; ~30 kB gzipped in every page when it leaked
  'drizzle-orm',
  'pg',
  '@electric-sql/pglite',
  'ioredis',
  'bcryptjs',
  'docx',
  'ws',
  'next-auth', // next-auth/react is the browser's part and allowed
  'next/server',
  'next/headers',
];
const ALLOWED_PACKAGES = ['next-auth/react'];

const isForbiddenPackage = (spec) =>
  spec.startsWith('node:') || (!ALLOWED_PACKAGES.includes(spec) && FORBIDDEN_PACKAGES.some((p) => spec === p || spec.startsWith(`${p}/`)));

function clientModules(dirs) {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry.name) && /^\s*(?:\/\/[^\n]*\n\s*)*['"]use client['"]/.test(fs.readFileSync(file, 'utf8')))
        found.push(file);
    }
  };
  for (const dir of dirs) walk(dir);
  return found;
}

/** Returns one line per forbidden import reachable from a client module: the chain that reaches it. */
export async function findServerImports(dirs = ['app', 'components', 'lib']) {
  const entries = clientModules(dirs);
  if (entries.length === 0) return [];
  const { metafile } = await build({
    entryPoints: entries,
    bundle: true,
    write: false,
    metafile: true,
    outdir: 'client-import-check', // nothing is written
    platform: 'browser',
    format: 'esm',
    splitting: true,
    packages: 'external', // only whether a package is imported matters, not what it contains
    jsx: 'automatic',
    loader: { '.css': 'empty', '.svg': 'empty' },
    logLevel: 'silent',
  });
  const importedBy = new Map();
  const problems = [];
  for (const [file, { imports }] of Object.entries(metafile.inputs)) {
    for (const i of imports) {
      if (!importedBy.has(i.path)) importedBy.set(i.path, file);
      if (i.external && isForbiddenPackage(i.path)) problems.push({ target: i.path, from: file });
    }
  }
  for (const file of Object.keys(metafile.inputs)) {
    if (FORBIDDEN_FILES.some((re) => re.test(file))) problems.push({ target: file, from: importedBy.get(file) });
  }
  return problems.map(({ target, from }) => {
    const chain = [target];
    for (let at = from; at && chain.length < 20; at = importedBy.get(at)) chain.push(at);
    return chain.join(' ← ');
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = await findServerImports();
  if (problems.length) {
    console.error(`Server code reaches the browser (a 'use client' module imports it, directly or through others):`);
    for (const p of problems) console.error(`  ${p}`);
    console.error('Move what the browser needs into a module without server imports (types: `import type`).');
    process.exit(1);
  }
  console.log('Client modules import no server code.');
}
