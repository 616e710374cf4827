import { like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { addReply } from '@/lib/comments/add-reply';
import { createThread } from '@/lib/comments/create-thread';
import { listComments } from '@/lib/comments/list-comments';
import { zNewThread, zReply } from '@/lib/comments/schemas';
import { setResolved } from '@/lib/comments/set-resolved';
import { changeClauseStatus } from '@/lib/status/change-clause-status';
import { clauseDoc, storeDoc } from '../support/clause-doc';
import { demoIds } from '../support/demo-ids';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';

let db: Db;
let close: () => Promise<void>;
let ids: Awaited<ReturnType<typeof demoIds>>;
const as = (who: string) => ids.user(`${who}@pactum.test`);
const thread = (who: string, documentId: string, body: string, mentions: string[] = []) =>
  createThread(db, as(who), documentId, zNewThread.parse({ body, mentions }));

beforeAll(async () => {
  ({ db, close } = await openTestDatabase({ seeded: true }));
  await seedDemo(db);
  ids = await demoIds(db);
  await storeDoc(db, ids.doc('Chapter III').id, clauseDoc([{ uid: 'c1', text: 'Forces withdraw within 30 days.' }]));
});
afterAll(async () => close?.());

describe(`comment threads on ${TEST_DRIVER}`, () => {
  it('lets an observer comment and reply, but not set a status', async () => {
    const chapter = ids.doc('Chapter III').id;
    const root = await thread('observer', chapter, 'Who verifies the withdrawal?', [as('mediator')]);
    expect(root.threadId).toBe(root.id);
    const reply = await addReply(
      db,
      as('mediator'),
      root.id,
      zReply.parse({ body: 'The joint commission, see Annex A.', mentions: [as('observer')] }),
    );
    await addReply(db, as('gov.lead'), reply.id, zReply.parse({ body: 'Agreed.' })); // replying to a reply joins the same thread
    await expect(
      changeClauseStatus(db, as('observer'), chapter, { clauseKey: 'c1', action: 'set', status: 'parked' }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(changeClauseStatus(db, as('observer'), chapter, { clauseKey: 'c1', action: 'ad_ref' })).rejects.toMatchObject({
      status: 403,
    });

    const { threads, canComment, mentionable } = await listComments(db, as('apm.member'), chapter);
    expect(canComment).toBe(true);
    expect(mentionable).toHaveLength(8); // everyone in the talks can read a shared draft
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({
      body: 'Who verifies the withdrawal?',
      author: { name: 'Kwame Mensah' },
      mentions: [{ name: 'Helena Marsh' }],
      resolvedAt: null,
    });
    expect(threads[0]!.replies.map((r) => [r.author?.name, r.body])).toEqual([
      ['Helena Marsh', 'The joint commission, see Annex A.'],
      ['Daniel Okoro', 'Agreed.'],
    ]);
  });

  it('resolves and reopens threads, audited', async () => {
    const chapter = ids.doc('Chapter III').id;
    const root = await thread('gov.member', chapter, 'Typo in line 2.');
    const reply = await addReply(db, as('apm.member'), root.id, zReply.parse({ body: 'Fixed.' }));
    const resolved = await setResolved(db, as('observer'), reply.id, true); // any comment of the thread resolves the thread
    expect(resolved).toMatchObject({ id: root.id, resolvedBy: as('observer') });
    await expect(setResolved(db, as('observer'), root.id, true)).rejects.toMatchObject({ status: 400 });
    const reopened = await setResolved(db, as('gov.member'), root.id, false);
    expect(reopened.resolvedAt).toBeNull();
    const events = await db.select().from(auditEvents).where(like(auditEvents.action, 'comment.%')).orderBy(auditEvents.id);
    expect(events.map((e) => e.action).slice(-4)).toEqual(['comment.create', 'comment.create', 'comment.resolve', 'comment.reopen']);
    expect(events.at(-1)!.details).toMatchObject({ documentId: chapter, threadId: root.id });
  });

  it('keeps caucus comments to their owners and mentions to people who can read', async () => {
    const caucus = ids.doc('GOV caucus').id;
    const root = await thread('gov.member', caucus, 'Our red line: 60 days.', [as('gov.lead')]);
    await expect(thread('gov.member', caucus, 'FYI', [as('apm.lead')])).rejects.toMatchObject({ status: 400 });
    for (const who of ['apm.lead', 'mediator', 'observer', 'outsider']) {
      await expect(listComments(db, as(who), caucus)).rejects.toMatchObject({ status: 404 });
      await expect(thread(who, caucus, 'Let me in')).rejects.toMatchObject({ status: 404 });
      await expect(addReply(db, as(who), root.id, { body: 'x', mentions: [] })).rejects.toMatchObject({ status: 404 });
      await expect(setResolved(db, as(who), root.id, true)).rejects.toMatchObject({ status: 404 });
    }
    expect((await listComments(db, as('gov.lead'), caucus)).mentionable.map((m) => m.name).sort()).toEqual(['Daniel Okoro', 'Ruth Abeyta']);
  });

  it('answers 404 to outsiders and validates bodies and mentions', async () => {
    const chapter = ids.doc('Chapter III').id;
    await expect(thread('outsider', chapter, 'Hello')).rejects.toMatchObject({ status: 404 });
    await expect(thread('gov.lead', chapter, 'Hi', [as('outsider')])).rejects.toMatchObject({ status: 400 });
    expect(() => zNewThread.parse({ body: '   ' })).toThrow();
    expect(() => zNewThread.parse({ body: 'x'.repeat(4001) })).toThrow();
    expect(() => zNewThread.parse({ body: 'ok', mentions: ['not-a-uuid'] })).toThrow();
    const html = await thread('gov.lead', chapter, '<b>bold?</b>');
    expect(html.body).toBe('<b>bold?</b>'); // stored as plain text; the panel renders it as text
  });
});
