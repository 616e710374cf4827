import { eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '@/db/schema';
import { changeClauseStatus } from '@/lib/status/change-clause-status';
import { getStatusBoard } from '@/lib/status/get-status-board';
import { watchAgreements } from '@/lib/status/watch-agreements';
import { clauseDoc, storeDoc } from '../support/clause-doc';
import { collabFixture, connectClient, sessionCookie, waitFor } from '../support/collab-harness';
import { TEST_DRIVER } from '../support/test-db';

/**
 * Issue #22, server side of "every member's open page updates live": a change typed over the
 * collaboration socket reopens the agreement without anyone reading the board, records who made
 * it, and sends 'status' notices to every open socket of the document.
 */
const ctx = collabFixture({ batchMs: 20 }, async (db, ids) => {
  await storeDoc(
    db,
    ids.chapter.id,
    clauseDoc([
      { uid: 'c1', text: 'Reports are made monthly to the Joint Commission.' },
      { uid: 'c2', text: 'The Commission meets in the capital.' },
    ]),
    ids.users.mediator,
  );
  for (const who of [ids.users.govLead, ids.users.apmLead]) {
    await changeClauseStatus(db, who, ids.chapter.id, { clauseKey: 'c1', action: 'ad_ref' });
    await changeClauseStatus(db, who, ids.chapter.id, { clauseKey: 'c1', action: 'confirm' });
  }
});
let stop: () => void;
beforeAll(() => {
  stop = watchAgreements(() => ctx.db, { intervalMs: 100 });
});
afterAll(() => stop?.());

describe(`agreements follow the live text on ${TEST_DRIVER}`, () => {
  it('reopens a confirmed clause as soon as a writer changes it, once, and tells every open page', async () => {
    const writer = connectClient(ctx.srv.url, ctx.ids.chapter.id, await sessionCookie(ctx.ids.users.govLead));
    const reader = connectClient(ctx.srv.url, ctx.ids.chapter.id, await sessionCookie(ctx.ids.users.observer));
    try {
      await waitFor(() => writer.provider.synced && reader.state.access === 'read', 10_000, 'both connected');
      expect((await getStatusBoard(ctx.db, ctx.ids.users.observer, ctx.ids.chapter.id)).clauses[0]!.status).toBe('agreed');

      // Formatting only: no reopening, no event.
      const c1 = () => (writer.doc.getXmlFragment('default').get(0) as Y.XmlElement).get(0) as Y.XmlText;
      c1().format(17, 7, { italic: {} });
      await new Promise((r) => setTimeout(r, 400));
      expect(await ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'status.changed_after_agreement'))).toHaveLength(0);

      const events = async () => ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'status.changed_after_agreement'));
      const noticed = reader.state.notices.length;
      const started = Date.now();
      writer.doc.transact(() => {
        c1().delete(17, 7);
        c1().insert(17, 'annually');
      });
      let recorded = await events();
      while (recorded.length === 0 && Date.now() - started < 5_000) {
        await new Promise((r) => setTimeout(r, 25));
        recorded = await events();
      }
      await waitFor(() => reader.state.notices.slice(noticed).includes('status'), 2_000, "a 'status' notice to the reading page");
      expect(recorded).toHaveLength(1);
      expect(recorded[0]).toMatchObject({ actorId: ctx.ids.users.govLead, targetId: 'c1' });
      const board = await getStatusBoard(ctx.db, ctx.ids.users.observer, ctx.ids.chapter.id);
      expect(board.clauses[0]).toMatchObject({ status: 'changed' });

      // More typing in the same clause: still one event.
      writer.doc.transact(() => c1().insert(0, 'All '));
      await new Promise((r) => setTimeout(r, 500));
      expect(await events()).toHaveLength(1);
    } finally {
      writer.destroy();
      reader.destroy();
    }
  });
});
