import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditEvents, documents, negotiations, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { AccessError } from '@/lib/access/errors';
import { getInsertPermission } from '@/lib/clauses/get-insert-permission';
import { getClauseLibrary } from '@/lib/clauses/library';
import { offerClause } from '@/lib/clauses/offer-clause';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';

let db: Db;
let close: () => Promise<void>;
const user: Record<string, string> = {};
const doc: Record<string, string> = {};
let talksId = '';

const statusOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok' as const,
    (err) => {
      if (err instanceof AccessError) return err.status;
      throw err;
    },
  );

beforeAll(async () => {
  ({ db, close } = await openTestDatabase({ seeded: true }));
  await seedDemo(db);
  for (const u of await db.select().from(users)) user[u.email.split('@')[0]!] = u.id;
  for (const d of await db.select().from(documents)) doc[d.title] = d.id;
  talksId = (await db.select().from(documents).where(eq(documents.id, doc['Chapter III – Security Arrangements']!)))[0]!.negotiationId;
});
afterAll(async () => close?.());

describe(`clause insertion rights on ${TEST_DRIVER}`, () => {
  const chapter = () => doc['Chapter III – Security Arrangements']!;

  it('follows the matrix for each role and style', async () => {
    const decisionOf = async (who: string, documentId = chapter()) => (await getInsertPermission(db, user[who]!, documentId)).decision;
    expect(await decisionOf('mediator')).toBe('suggest'); // facilitative: on request only
    expect(await decisionOf('apm.lead')).toBe('allow');
    expect(await decisionOf('observer')).toBe('deny');
    await db.update(negotiations).set({ style: 'formulative' }).where(eq(negotiations.id, talksId));
    expect(await decisionOf('mediator')).toBe('allow');
    expect(await decisionOf('apm.lead')).toBe('suggest');
    expect(await decisionOf('gov.lead', doc['GOV caucus notes'])).toBe('allow');
    await db.update(negotiations).set({ style: 'facilitative' }).where(eq(negotiations.id, talksId));
  });

  it('hides other delegations’ caucus and other negotiations (404)', async () => {
    expect(await statusOf(getInsertPermission(db, user['apm.lead']!, doc['GOV caucus notes']!))).toBe(404);
    expect(await statusOf(getInsertPermission(db, user['outsider']!, chapter()))).toBe(404);
  });

  it('records an offer the parties can see, and refuses it to roles the matrix denies', async () => {
    const offer = await offerClause(db, user['mediator']!, talksId, {
      documentId: chapter(),
      clauseId: 'cf-cantonment-sites',
      variant: 'standard',
    });
    expect(offer).toMatchObject({
      clauseId: 'cf-cantonment-sites',
      version: getClauseLibrary().byId.get('cf-cantonment-sites')!.version,
      variant: 'standard',
    });
    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, 'clause.offer'));
    expect(events).toHaveLength(1);
    expect(
      await statusOf(
        offerClause(db, user['observer']!, talksId, { documentId: chapter(), clauseId: 'cf-cantonment-sites', variant: 'standard' }),
      ),
    ).toBe(403);
    expect(
      await statusOf(offerClause(db, user['mediator']!, talksId, { documentId: chapter(), clauseId: 'cf-unknown', variant: 'standard' })),
    ).toBe(404);
    expect(
      await statusOf(
        offerClause(db, user['mediator']!, talksId, {
          documentId: doc['Mediation team notes']!,
          clauseId: 'cf-cantonment-sites',
          variant: 'standard',
        }),
      ),
    ).toBe(403);
  });
});
