import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { docUpdates } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { seedDemoDraft } from '@/db/seed-draft';
import { listEvents } from '@/lib/audit/list-events';
import { stateToJson, type PmNode } from '@/lib/editor/to-json';
import { listClauseStatuses } from '@/lib/status/list-clause-statuses';
import { unsafeLoadStoredState } from '@/lib/versions/load-stored-state';
import { demoIds } from '../support/demo-ids';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';

let db: Db;
let close: () => Promise<void>;
let ids: Awaited<ReturnType<typeof demoIds>>;

beforeAll(async () => {
  ({ db, close } = await openTestDatabase({ seeded: true }));
  await seedDemo(db);
  ids = await demoIds(db);
});
afterAll(async () => close?.());

const textOf = (n: PmNode): string => n.text ?? (n.content ?? []).map(textOf).join('');

describe(`the demo chapter's text (${TEST_DRIVER})`, () => {
  it('is stored as each delegation’s turns and reads back with its brackets and alternative', async () => {
    expect(await seedDemoDraft(db)).toBe(true);
    const chapter = ids.doc('Chapter III');
    const rows = await db
      .select({ userId: docUpdates.userId })
      .from(docUpdates)
      .where(eq(docUpdates.documentId, chapter.id))
      .orderBy(asc(docUpdates.id));
    expect(rows.map((r) => r.userId)).toEqual([
      ids.user('gov.lead@pactum.test'),
      ids.user('apm.lead@pactum.test'),
      ids.user('gov.lead@pactum.test'),
    ]);

    const blocks = stateToJson(await unsafeLoadStoredState(db, chapter.id)).content ?? [];
    expect(blocks.map((b) => b.attrs?.uid)).toEqual([
      'demo-a1',
      'demo-a1-1',
      'demo-a1-2',
      'demo-a1-3',
      'demo-a1-3-alt2',
      'demo-a2',
      'demo-a2-1',
      'demo-a2-2',
    ]);
    const marked = (uid: string) =>
      blocks.find((b) => b.attrs?.uid === uid)!.content!.filter((t) => t.marks?.some((m) => m.type === 'bracket'));
    expect(marked('demo-a1-2').map((t) => [t.text, t.marks![0]!.attrs!.partyShort])).toEqual([['within 30 days of signature', 'APM']]);
    expect(marked('demo-a2-2').map((t) => [t.text, t.marks![0]!.attrs!.partyShort])).toEqual([['at least 24 months', 'GOV']]);
    const alt = blocks.find((b) => b.attrs?.uid === 'demo-a1-3-alt2')!;
    expect(alt.attrs).toMatchObject({ altOf: 'demo-a1-3', altLabel: 'Alt 2', altParty: ids.party('APM'), altPartyShort: 'APM' });
    expect(textOf(alt)).toContain('international chair');

    // The status board sees the bracketed clauses; the audit trail names who wrote what.
    const { clauses } = await listClauseStatuses(db, chapter);
    expect(clauses.filter((c) => c.hasBracket).map((c) => c.clauseKey)).toEqual(['demo-a1-2', 'demo-a2-2']);
    expect(clauses.find((c) => c.clauseKey === 'demo-a1-2')!.status).toBe('bracketed');
    const summaries = (await listEvents(db, ids.user('mediator@pactum.test'), chapter.negotiationId)).map(
      (e) => `${e.actorName} ${e.summary}`,
    );
    expect(summaries.some((s) => s.startsWith('Samir Haddad edited “Chapter III – Security Arrangements”'))).toBe(true);
  });

  it('never writes over a chapter that already has text', async () => {
    const chapter = ids.doc('Chapter III');
    const before = await db.select({ id: docUpdates.id }).from(docUpdates).where(eq(docUpdates.documentId, chapter.id));
    expect(await seedDemoDraft(db)).toBe(false);
    expect(await db.select({ id: docUpdates.id }).from(docUpdates).where(eq(docUpdates.documentId, chapter.id))).toHaveLength(
      before.length,
    );
  });
});
