import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/health/route';
import { closeDatabase } from '@/db/open';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';

describe(`GET /api/health (${TEST_DRIVER})`, () => {
  it('answers { ok: true } with the database reachable and 503 when it is not', async () => {
    const { close } = await openTestDatabase();
    const up = await GET(new Request('http://localhost/api/health'), undefined);
    expect(up.status).toBe(200);
    expect(await up.json()).toMatchObject({ ok: true });
    await close();
    await closeDatabase();
    const down = await GET(new Request('http://localhost/api/health'), undefined);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ ok: false, error: expect.stringContaining('database') });
  });
});
