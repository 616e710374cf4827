import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { embeddedDataDir } from './open';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The bundled entry point beside dist/server.mjs (scripts/build-server.ts); the source tree runs the .ts one under tsx. */
const BUNDLED_CLI = path.join(HERE, 'prepare-embedded-cli.mjs');
const SOURCE_CLI = path.join(HERE, 'prepare-embedded-cli.ts');

/** What the preparing process adds: nothing, the demo negotiation (`seedDemo`), or the demo with its draft (`seedDemoWithDraft`). */
export type PrepareSeed = 'none' | 'demo' | 'demo-with-draft';

export interface PrepareResult {
  /** The short-lived process that created the database. */
  pid: number;
  /** Whether it added the demo data (the server prints the demo accounts then). */
  seeded: boolean;
}

/**
 * Creates, migrates and seeds a fresh embedded (PGlite) data folder in a short-lived child process,
 * before the server opens it. PGlite's WebAssembly memory only grows, and creating a database
 * (initdb) and migrating it drove the process that did it to 1.15–1.25 GiB, which the serving
 * process then kept for its whole life (README, memory). The child holds the folder's lock while it
 * works and has exited, lock released, when this resolves, so the caller can take it.
 * `dataDir` and DATABASE_URL are read as `openDatabase` reads them. Returns null without starting
 * anything on PostgreSQL, for `memory://`, and when the folder already holds a database (then the
 * migrations, usually none, run where it is opened).
 * @throws when the child fails (its message is on stderr), e.g. another live process holds the folder.
 */
export async function prepareEmbeddedDatabase(seed: PrepareSeed, opts: { dataDir?: string } = {}): Promise<PrepareResult | null> {
  const dataDir = embeddedDataDir(opts);
  if (process.env.DATABASE_URL || dataDir.startsWith('memory://') || fs.existsSync(path.join(dataDir, 'PG_VERSION'))) return null;
  const args = fs.existsSync(BUNDLED_CLI) ? [BUNDLED_CLI] : ['--import', import.meta.resolve('tsx'), SOURCE_CLI];
  const child = spawn(process.execPath, [...args, seed], {
    env: { ...process.env, PGLITE_DIR: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let seeded = false;
  child.on('message', (m: { seeded?: boolean }) => (seeded ||= m?.seeded === true));
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (c, s) => resolve([c, s]));
  });
  if (code !== 0)
    throw new Error(
      `Could not create the embedded database at ${dataDir} (the preparing process ${signal ? `was killed by ${signal}` : `exited with ${code}`})`,
    );
  return { pid: child.pid!, seeded };
}
