import fs from 'node:fs';

/** CPU of the PostgreSQL backends of one database, per backend pid (they share this machine). */
export type DatabaseCpu = () => Promise<Map<number, number>>;

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** CPU (ms) the backends spent between two readings. */
export const sumDelta = (before: Map<number, number>, after: Map<number, number>) =>
  [...after].reduce((s, [pid, ms]) => s + ms - (before.get(pid) ?? 0), 0);

/**
 * Creates an empty database for one run on BENCH_DATABASE_URL's server and registers its drop
 * (WITH FORCE) in `cleanups`. @throws with what to set when the server cannot be reached.
 */
export async function createBenchDatabase(tag: string, cleanups: (() => Promise<void>)[]): Promise<string> {
  const { Client } = (await import('pg')).default;
  const name = `pactum_bench_${tag}_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect().catch((err: Error) => {
    throw new Error(`PostgreSQL: cannot reach ${ADMIN_URL.replace(/\/\/[^@]*@/, '//')} (${err.message}); set BENCH_DATABASE_URL`);
  });
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  cleanups.push(() => dropBenchDatabase(url.toString()));
  return url.toString();
}

/** Reads the CPU time of every backend connected to the bench database (schedstat, ns). */
export async function watchDatabaseCpu(databaseUrl: string, cleanups: (() => Promise<void>)[]): Promise<DatabaseCpu> {
  const { Client } = (await import('pg')).default;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  cleanups.unshift(() => admin.end()); // before the database is dropped
  const name = new URL(databaseUrl).pathname.slice(1);
  return async () => {
    const { rows } = await admin.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [name]);
    const out = new Map<number, number>();
    for (const { pid } of rows) {
      try {
        out.set(pid, Number(fs.readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6);
      } catch {
        // a backend on another machine, or one that just ended: not counted
      }
    }
    return out;
  };
}

async function dropBenchDatabase(databaseUrl: string): Promise<void> {
  const { Client } = (await import('pg')).default;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${new URL(databaseUrl).pathname.slice(1)} with (force)`);
  } finally {
    await admin.end();
  }
}
