import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Pool, PoolConfig } from 'pg';
import * as schema from './schema';
import { getDbHolder, hasDb, setDbHolder, type Db } from './client';
import { DeadlineClient } from './deadline-client';
import { acquireDataLock } from './lock';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const MIGRATIONS = path.join(HERE, 'migrations');
/** Beside this module in the source tree, and copied beside the bundle by scripts/build-server. */
const PGLITE_WORKER = path.join(HERE, 'pglite-worker.mjs');

export interface OpenOptions {
  /** postgres:// URL; when absent the embedded PGlite database is used. */
  databaseUrl?: string;
  /** PGlite data folder (default `.data/pglite`); `memory://` for a throwaway database. */
  dataDir?: string;
  /**
   * PGlite only: a file written by `dumpEmbeddedDatabase` to start from instead of an empty
   * database (the test suite copies one migrated, seeded database into every test file).
   */
  snapshot?: string;
  /** Defaults: PACTUM_DB_CONNECT_TIMEOUT_MS (5 s) and PACTUM_DB_STATEMENT_TIMEOUT_MS (15 s). */
  timeouts?: Partial<DbTimeouts>;
}

export interface DbTimeouts {
  /** Opening a connection, handshake included. */
  connectMs: number;
  /** A statement on PostgreSQL: the server cancels it (57014); the client gives up 2 s later. */
  statementMs: number;
}

/** Bounded waits, so an unreachable database gives a prompt 503 instead of requests that hang. */
function timeoutsFrom(opts: OpenOptions): DbTimeouts {
  const env = (name: string, fallback: number) => {
    const n = Number(process.env[name]);
    return Number.isFinite(n) && n > 0 ? n : fallback;
  };
  return {
    connectMs: opts.timeouts?.connectMs ?? env('PACTUM_DB_CONNECT_TIMEOUT_MS', 5000),
    statementMs: opts.timeouts?.statementMs ?? env('PACTUM_DB_STATEMENT_TIMEOUT_MS', 15_000),
  };
}

/**
 * Opens the process-wide database (PGlite by default, PostgreSQL with a URL) and applies the
 * committed migrations. Call once, from server.ts or a test; later calls return the same handle.
 * Both go through node-postgres: PGlite runs on its own thread behind a private Unix socket
 * (db/pglite-worker.mjs), so its synchronous WASM work never stalls this thread's event loop.
 */
export async function openDatabase(opts: OpenOptions = {}): Promise<Db> {
  if (hasDb()) return getDbHolder().db;
  const url = opts.databaseUrl ?? process.env.DATABASE_URL;
  const timeouts = timeoutsFrom(opts);
  if (url) {
    const pool = await connect(
      {
        connectionString: url,
        max: 10,
        Client: DeadlineClient,
        connectionTimeoutMillis: timeouts.connectMs,
        statement_timeout: timeouts.statementMs,
        query_timeout: timeouts.statementMs + 2000,
        lock_timeout: timeouts.statementMs,
        idle_in_transaction_session_timeout: 60_000,
        keepAlive: true,
      },
      'PostgreSQL',
    );
    setDbHolder({ ...pool, driver: 'postgres' });
    return pool.db;
  }
  const dataDir = embeddedDataDir(opts);
  const inMemory = dataDir.startsWith('memory://');
  const release = inMemory ? () => {} : acquireDataLock(dataDir);
  let embedded: EmbeddedServer | undefined;
  try {
    if (!inMemory) fs.mkdirSync(dataDir, { recursive: true });
    embedded = await startEmbedded(inMemory ? undefined : path.resolve(dataDir), opts.snapshot);
    // One connection: PGlite has one session, and the worker serves one client at a time.
    // No statement timeout here: the embedded database runs in this process, and a long statement
    // (a big compaction) must not be cut off. With one connection, waiting for it counts as
    // connecting, so the bound is generous: it only catches a stuck database thread.
    const pool = await connect(
      {
        host: embedded.socketDir,
        user: 'postgres',
        database: 'postgres',
        max: 1,
        idleTimeoutMillis: 0,
        connectionTimeoutMillis: Math.max(timeouts.connectMs, 30_000),
      },
      'PGlite',
    );
    const { stop, dump, heap } = embedded;
    setDbHolder({
      ...pool,
      driver: 'pglite',
      dump,
      heap,
      close: async () => {
        try {
          await pool.close();
        } finally {
          await stop();
          release();
        }
      },
    });
    return pool.db;
  } catch (err) {
    await embedded?.stop().catch(() => {});
    release();
    throw new Error(`Could not open the embedded database at ${dataDir}`, { cause: err });
  }
}

/** The embedded database's folder: `opts.dataDir`, else PGLITE_DIR, else `.data/pglite`. */
export function embeddedDataDir(opts: Pick<OpenOptions, 'dataDir'> = {}): string {
  return opts.dataDir ?? process.env.PGLITE_DIR ?? '.data/pglite';
}

export async function closeDatabase(): Promise<void> {
  if (hasDb()) await getDbHolder().close();
}

/**
 * Writes the open embedded database's data folder to `file` (a tar), for `openDatabase({ snapshot })`.
 * Call it while no statement or transaction is under way.
 * @throws if the open database is not PGlite, or the dump fails.
 */
export async function dumpEmbeddedDatabase(file: string): Promise<void> {
  const { dump } = getDbHolder();
  if (!dump) throw new Error('Only the embedded database (PGlite) can be dumped to a file');
  await dump(file);
}

/** A node-postgres pool, its drizzle handle (migrated), a ping and a close. */
async function connect(config: PoolConfig, label: string) {
  const { Pool } = (await import('pg')).default;
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  // Migrations run first on their own connection without the statement timeouts: adding an index
  // to a big table may rightly take longer than any request should.
  const { statement_timeout: _s, query_timeout: _q, lock_timeout: _l, ...untimed } = config;
  const migrator: Pool = new Pool({ ...untimed, max: 1 });
  migrator.on('error', () => {});
  try {
    await migrate(drizzle(migrator, { schema }), { migrationsFolder: MIGRATIONS });
  } finally {
    await migrator.end().catch(() => {});
  }
  const pool: Pool = new Pool(config);
  // An idle connection that the server ends (restart, failover, pg_terminate_backend) is
  // reported here; without a listener Node would crash the whole app. The pool replaces it.
  let closing = false;
  pool.on('error', (err) => {
    if (!closing) console.error(`[db] a ${label} connection was lost (${err.message}); a new one will be opened on demand`);
  });
  const db = drizzle(pool, { schema });
  return {
    db,
    ping: async () => void (await pool.query('select 1')),
    close: async () => {
      setDbHolder(undefined);
      closing = true;
      await pool.end();
    },
  };
}

interface EmbeddedServer {
  /** Directory holding the socket, as node-postgres wants it for `host`. */
  socketDir: string;
  /** Writes the data folder to a tar file (see dumpEmbeddedDatabase). */
  dump(file: string): Promise<void>;
  /** The database thread's V8 heap: the thread's JavaScript (PGlite's wrapper, query buffers). */
  heap(): Promise<import('node:v8').HeapInfo>;
  stop(): Promise<void>;
}

/** The embedded database thread's V8 heap (memory probes: README, memory), or null on PostgreSQL. */
export async function embeddedDatabaseHeap(): Promise<import('node:v8').HeapInfo | null> {
  return hasDb() ? ((await getDbHolder().heap?.()) ?? null) : null;
}

/** Starts PGlite on a worker thread, listening on a socket in a fresh private (0700) folder. */
async function startEmbedded(dataDir: string | undefined, snapshot: string | undefined): Promise<EmbeddedServer> {
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-db-'));
  const worker = new Worker(PGLITE_WORKER, { workerData: { dataDir, snapshot, socketPath: path.join(socketDir, '.s.PGSQL.5432') } });
  try {
    await new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the database thread stopped (exit code ${code})`)));
      // Only our two answers: under `node --watch` the thread also posts the modules it loaded.
      worker.on('message', (m: { ready?: true; error?: string }) => {
        if (m?.ready) resolve();
        else if (m?.error) reject(new Error(m.error));
      });
    });
  } catch (err) {
    await worker.terminate();
    fs.rmSync(socketDir, { recursive: true, force: true });
    throw err;
  }
  // Only these events: removeAllListeners() would also drop Node's own hooks that start the
  // worker's message port when a 'message' listener is added again (dump would never hear back).
  for (const event of ['error', 'exit', 'message']) worker.removeAllListeners(event);
  worker.on('error', (err) => console.error('[db] the embedded database thread failed; restart the app', err));
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    worker.on('exit', () => {
      exited = true;
      resolve();
    }),
  );
  return {
    socketDir,
    heap: () => worker.getHeapStatistics(),
    dump: (file) =>
      new Promise<void>((resolve, reject) => {
        const onMessage = (m: { dumped?: string; error?: string }) => {
          if (m.dumped !== file && m.error === undefined) return;
          worker.off('message', onMessage);
          if (m.error === undefined) resolve();
          else reject(new Error(`Could not dump the embedded database: ${m.error}`));
        };
        worker.on('message', onMessage);
        worker.postMessage({ dump: file });
      }),
    stop: async () => {
      if (!exited) {
        // A clean PGlite close (checkpoint) before the thread ends; bounded, so shutdown never hangs.
        const closed = new Promise<void>((resolve) => worker.on('message', (m: { closed?: true }) => m.closed && resolve()));
        worker.postMessage('close');
        await Promise.race([closed, new Promise((r) => setTimeout(r, 10_000).unref())]);
        await worker.terminate();
        await exit;
      }
      fs.rmSync(socketDir, { recursive: true, force: true });
    },
  };
}
