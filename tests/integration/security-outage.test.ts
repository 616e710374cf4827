import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { GET as listNegotiations } from '@/app/api/negotiations/route';
import { POST as postVersion } from '@/app/api/documents/[id]/versions/route';
import { closeDatabase, openDatabase } from '@/db/open';
import { seedDemo } from '@/db/seed';
import { documents, users } from '@/db/schema';
import { errorResponse } from '@/lib/http/respond';
import { installLogRedaction } from '@/lib/security/redact-error';
import { createScratchDatabase, openTestDatabase, TEST_DRIVER } from '../support/test-db';
import { sessionCookie, TEST_ORIGIN, useCollabEnv } from '../support/collab-harness';
import { startTcpProxy } from '../support/tcp-proxy';

const onPostgres = TEST_DRIVER === 'postgres';
if (!onPostgres)
  console.log(
    'SKIPPED: database black-hole test — this pass runs on the embedded PGlite (no network between the app and its database to cut).',
  );

const TIMEOUTS = { connectMs: 1500, statementMs: 2000 };
const noCtx = { params: Promise.resolve({}) };

describe.skipIf(!onPostgres)('when the network to PostgreSQL black-holes', () => {
  let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let cookie: string;
  let chapterId: string;
  beforeAll(async () => {
    useCollabEnv();
    scratch = await createScratchDatabase('pactum_outage', { from: 'seeded' });
    const url = new URL(scratch.url);
    proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    url.host = `127.0.0.1:${proxy.port}`;
    const db = await openDatabase({ databaseUrl: url.toString(), timeouts: TIMEOUTS });
    await seedDemo(db);
    const [gov] = await db.select().from(users).where(eq(users.email, 'gov.lead@pactum.test'));
    cookie = await sessionCookie(gov!.id);
    chapterId = (await db.select().from(documents)).find((d) => d.title.startsWith('Chapter III'))!.id;
  });
  afterAll(async () => {
    await closeDatabase().catch(() => {});
    await proxy?.close().catch(() => {});
    await scratch?.drop();
  });

  const get = () => listNegotiations(new Request(`${TEST_ORIGIN}/api/negotiations`, { headers: { cookie } }), noCtx);

  it('answers 503 with Retry-After and no stack trace within the timeout, then recovers', async () => {
    expect((await get()).status).toBe(200);
    proxy.blackhole();
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      // A pooled connection waits for the statement deadline; a new one for the connect deadline.
      for (let i = 0; i < 2; i++) {
        const started = Date.now();
        const res = await get();
        const took = Date.now() - started;
        console.log(`black-holed database: 503 after ${took} ms`);
        expect(res.status).toBe(503);
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        const body = await res.text();
        expect(body).not.toMatch(/\s+at \S+ \(|Error:|timeout|ECONN|select|insert/i);
        expect(took).toBeLessThan(TIMEOUTS.statementMs + 2000 + 1500);
      }
      // A write during the outage: 503 too, not a 500.
      const write = await postVersion(
        new Request(`${TEST_ORIGIN}/api/documents/${chapterId}/versions`, {
          method: 'POST',
          headers: { cookie, origin: TEST_ORIGIN, 'content-type': 'application/json' },
          body: JSON.stringify({ name: 'During the outage' }),
        }),
        { params: Promise.resolve({ id: chapterId }) },
      );
      expect(write.status).toBe(503);
    } finally {
      proxy.forward();
      warned.mockRestore();
    }
    // Connections stuck behind the black hole were dropped, so the pool serves again at once.
    const started = Date.now();
    let status = 0;
    while (Date.now() - started < 10_000 && status !== 200) status = (await get()).status;
    expect(status).toBe(200);
  });

  it('with connections refused: 503 at once, not 500', async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await proxy.close(); // the listener goes: new connections are refused, open ones are cut
      let last = 0;
      for (let i = 0; i < 3; i++) {
        const started = Date.now();
        last = (await get()).status;
        expect(Date.now() - started).toBeLessThan(TIMEOUTS.statementMs + 2000);
        if (last === 503) break;
      }
      expect(last).toBe(503);
    } finally {
      warned.mockRestore();
      errors.mockRestore();
    }
  });
});

describe(`logs of failing queries carry no parameters (${TEST_DRIVER})`, () => {
  beforeAll(async () => {
    useCollabEnv();
    const { close } = await openTestDatabase();
    afterAll(close);
  });

  it('neither the API error path nor any console.error (Next logs render errors that way) prints a parameter or a database detail', async () => {
    const { getDb } = await import('@/db/client');
    const db = getDb();
    const SECRET = 'CANARY-caucus-text-7f3a: we could concede the northern corridor';
    await db
      .insert(users)
      .values({ email: 'dup@pactum.test', name: 'First', passwordHash: '$2b$10$CANARYHASHcanaryhashcanaryhashcanaryhashcanaryha' });
    let failure: unknown;
    try {
      // Violates the unique email index: pg's detail quotes the value, drizzle's message lists every parameter.
      await db
        .insert(users)
        .values({ email: 'dup@pactum.test', name: SECRET, passwordHash: '$2b$10$CANARYHASHcanaryhashcanaryhashcanaryhashcanaryha' });
    } catch (err) {
      failure = err;
    }
    expect(String((failure as Error).message)).toContain(SECRET); // drizzle did put it there
    const lines: string[] = [];
    const spy = vi
      .spyOn(console, 'error')
      .mockImplementation(
        (...args: unknown[]) =>
          void lines.push(args.map((a) => (a instanceof Error ? `${a.stack}\n${JSON.stringify(a)}` : String(a))).join(' ')),
      );
    try {
      const res = errorResponse(failure);
      expect(res.status).toBe(500);
      expect(await res.text()).not.toMatch(/CANARY|dup@/);
      installLogRedaction();
      console.error(failure); // as Next.js logs an error thrown while rendering a page
      console.error('⨯', failure, String(failure));
    } finally {
      spy.mockRestore();
    }
    const log = lines.join('\n');
    expect(log).toContain('23505'); // the SQLSTATE is kept, so the log still says what happened
    expect(log).toContain('users_email_idx');
    expect(log).not.toMatch(/CANARY|canaryhash|dup@pactum\.test|concede/i);
  });
});
