import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { documents, memberships, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { listDocumentsFor, listNegotiationsFor, requireDocument, requireNegotiation } from '@/lib/access/scope';
import { AccessError } from '@/lib/access/errors';
import { findUserByCredentials } from '@/lib/auth/find-user';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';

let db: Db;
let close: () => Promise<void>;
const ids: Record<string, string> = {};
const docs: Record<string, string> = {};

async function statusOf(p: Promise<unknown>): Promise<number | 'ok'> {
  try {
    await p;
    return 'ok';
  } catch (err) {
    if (err instanceof AccessError) return err.status;
    throw err;
  }
}

beforeAll(async () => {
  ({ db, close } = await openTestDatabase());
  expect(await seedDemo(db)).toBe(true);
  expect(await seedDemo(db)).toBe(false); // seeding is idempotent
  for (const u of await db.select().from(users)) ids[u.email.split('@')[0]!] = u.id;
  for (const d of await db.select().from(documents)) docs[d.title] = d.id;
});
afterAll(async () => close?.());

describe(`scoped access on ${TEST_DRIVER}`, () => {
  it('signs in demo users with their password only', async () => {
    expect(await findUserByCredentials(db, 'Mediator@Pactum.test', 'pactum-demo-2026')).not.toBeNull();
    expect(await findUserByCredentials(db, 'mediator@pactum.test', 'wrong-password')).toBeNull();
    expect(await findUserByCredentials(db, 'nobody@pactum.test', 'pactum-demo-2026')).toBeNull();
  });

  it('lists only the negotiations a user belongs to', async () => {
    const mine = await listNegotiationsFor(db, ids['gov.lead']!);
    expect(mine.map((r) => r.negotiation.title)).toEqual(['Arandia Peace Talks — Security Track']);
    const outsider = await listNegotiationsFor(db, ids['outsider']!);
    expect(outsider.map((r) => r.negotiation.title)).toEqual(['Coastal Fisheries Dialogue']);
  });

  it('answers 404 for unknown ids and other negotiations, 403 for a missing permission', async () => {
    const [talks] = await listNegotiationsFor(db, ids['mediator']!);
    const negotiationId = talks!.negotiation.id;
    expect(await statusOf(requireNegotiation(db, ids['outsider']!, negotiationId))).toBe(404);
    expect(await statusOf(requireNegotiation(db, ids['mediator']!, '00000000-0000-0000-0000-000000000000'))).toBe(404);
    expect(await statusOf(requireNegotiation(db, ids['mediator']!, 'not-a-uuid'))).toBe(404);
    expect(await statusOf(requireNegotiation(db, ids['observer']!, negotiationId, 'style.change'))).toBe(403);
    expect(await statusOf(requireNegotiation(db, ids['mediator']!, negotiationId, 'style.change'))).toBe('ok');
  });

  it('keeps each caucus to its own delegation', async () => {
    const gov = docs['GOV caucus notes']!;
    expect((await requireDocument(db, ids['gov.member']!, gov)).access).toBe('write');
    for (const who of ['apm.lead', 'apm.member', 'mediator', 'observer', 'guarantor', 'outsider']) {
      expect(await statusOf(requireDocument(db, ids[who]!, gov)), who).toBe(404);
    }
    expect(await statusOf(requireDocument(db, ids['gov.lead']!, docs['Mediation team notes']!))).toBe(404);
    expect((await requireDocument(db, ids['expert']!, docs['Mediation team notes']!)).access).toBe('write');
  });

  it('lists the documents each role may see', async () => {
    const scope = await requireNegotiation(db, ids['apm.lead']!, (await listNegotiationsFor(db, ids['apm.lead']!))[0]!.negotiation.id);
    const titles = (await listDocumentsFor(db, scope)).map((d) => d.title);
    expect(titles).toEqual(['Chapter III – Security Arrangements', 'Annex A – Ceasefire Modalities', 'APM caucus notes']);
  });

  it('revoking a membership takes effect on the next request', async () => {
    const chapter = docs['Chapter III – Security Arrangements']!;
    expect((await requireDocument(db, ids['observer']!, chapter)).access).toBe('read');
    await db.delete(memberships).where(eq(memberships.userId, ids['observer']!));
    expect(await statusOf(requireDocument(db, ids['observer']!, chapter))).toBe(404);
  });
});
