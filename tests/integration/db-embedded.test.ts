import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { closeDatabase, openDatabase } from '@/db/open';
import { prepareEmbeddedDatabase } from '@/db/prepare-embedded';
import { users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';

// The embedded database's own thread (db/pglite-worker.mjs): one PGlite session shared by
// whichever connection holds it, so a connection that vanishes mid-transaction must not leave
// that transaction open for the next one.
const onPglite = TEST_DRIVER === 'pglite';
if (!onPglite) console.log('SKIPPED: embedded database session test — this pass runs on PostgreSQL (no PGlite thread).');

describe.skipIf(!onPglite)('the embedded database thread', () => {
  let db: Db;
  let close: () => Promise<void>;
  let pool: Pool;
  beforeAll(async () => {
    ({ db, close } = await openTestDatabase());
    pool = db.$client;
    await pool.query('create table scratch_rows (n int not null)');
  });
  afterAll(async () => close?.());

  it('rolls back a transaction whose connection dropped, and the next connection starts clean', async () => {
    const client = await pool.connect();
    await client.query('begin');
    await client.query('insert into scratch_rows values (1)');
    client.release(true); // destroys the connection with the transaction still open

    // The pool opens a new connection; it must see neither the row nor an open transaction.
    const { rows } = await pool.query<{ n: number }>('select count(*)::int as n from scratch_rows');
    expect(rows[0]!.n).toBe(0);
    await pool.query('insert into scratch_rows values (2)');
    const status = await pool.query<{ open: boolean }>('select now() <> statement_timestamp() as open');
    expect(status.rows[0]!.open).toBe(false); // in autocommit, a statement's time is its transaction's
    expect((await pool.query<{ n: number }>('select count(*)::int as n from scratch_rows')).rows[0]!.n).toBe(1);
  });

  it('accepts a startup message that arrives split across reads', async () => {
    const held = await pool.connect();
    held.release(true); // frees the one session for a raw client
    const body = Buffer.from('user\0postgres\0database\0postgres\0\0');
    const startup = Buffer.alloc(8 + body.length);
    startup.writeInt32BE(startup.length, 0);
    startup.writeInt32BE(196608, 4); // protocol 3.0
    body.copy(startup, 8);
    const socket = net.connect(path.join(String(pool.options.host), '.s.PGSQL.5432'));
    const reply = new Promise<Buffer>((resolve, reject) => {
      socket.once('data', resolve);
      socket.once('error', reject);
      setTimeout(() => reject(new Error('no reply to a split startup message')), 5_000).unref();
    });
    await once(socket, 'connect');
    socket.write(startup.subarray(0, 6)); // fewer than the 8 bytes that hold the protocol version
    await new Promise((r) => setTimeout(r, 50));
    socket.write(startup.subarray(6));
    expect(String.fromCharCode((await reply)[0]!)).toBe('R'); // Authentication: the session started
    socket.end();
    await once(socket, 'close');
    expect((await pool.query<{ one: number }>('select 1 as one')).rows[0]!.one).toBe(1);
  });

  it('answers an error and keeps serving', async () => {
    await expect(pool.query('select * from no_such_table')).rejects.toThrow(/no_such_table/);
    expect((await pool.query<{ one: number }>('select 1 as one')).rows[0]!.one).toBe(1);
  });
});

// The serving process must never carry what creating a database cost (README, memory): a fresh
// folder is created, migrated and seeded by a short-lived process, which has let go of it by the
// time the server opens it (PGlite: one process owns a folder at a time).
describe.skipIf(!onPglite)('preparing a fresh embedded database apart from the server', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pactum-prepare-'));
  const dataDir = path.join(dir, 'pglite');
  afterAll(async () => {
    await closeDatabase();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates, migrates and seeds in another process that has released the folder, then does nothing on a prepared one', async () => {
    const prepared = await prepareEmbeddedDatabase('demo', { dataDir });
    expect(prepared).not.toBeNull();
    expect(prepared!.pid).not.toBe(process.pid);
    expect(prepared!.seeded).toBe(true);
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false); // the child is gone and its lock with it
    expect(await prepareEmbeddedDatabase('demo', { dataDir })).toBeNull(); // a database is there: nothing to start

    const db = await openDatabase({ dataDir }); // would throw if the child still held the lock
    const [mediator] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'mediator@pactum.test'));
    expect(mediator).toBeDefined();
    expect(await seedDemo(db)).toBe(false); // seeded there, not here
  }, 180_000);

  it('fails, touching nothing, while another live process holds the folder', async () => {
    const other = path.join(dir, 'held');
    fs.writeFileSync(`${other}.lock`, String(process.pid)); // a live holder (this process)
    await expect(prepareEmbeddedDatabase('none', { dataDir: other })).rejects.toThrow(/exited with 1/);
    expect(fs.existsSync(path.join(other, 'PG_VERSION'))).toBe(false);
    expect(fs.readFileSync(`${other}.lock`, 'utf8')).toBe(String(process.pid));
  }, 120_000);
});
