import { eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { negotiations } from '@/db/schema';
import { CLOSE } from '@/lib/collab/protocol';
import { stateToJson, nodeText } from '@/lib/editor/to-json';
import { suggestionId } from '@/lib/editor/suggestions';
import { unsafeLoadStoredState } from '@/lib/versions/load-stored-state';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';
import { connectClient, isSaved, seedIds, sessionCookie, startCollab, useCollabEnv, waitFor } from '../support/collab-harness';

const paragraphText = (doc: Y.Doc) =>
  ((doc.getXmlFragment('default').get(0) as Y.XmlElement | undefined)?.get(0) as Y.XmlText | undefined) ?? null;

describe(`collaboration: suggest-only users under formulative mediation (${TEST_DRIVER})`, () => {
  let db: Db;
  let closeDb: () => Promise<void>;
  let ids: Awaited<ReturnType<typeof seedIds>>;
  let srv: Awaited<ReturnType<typeof startCollab>>;

  beforeAll(async () => {
    useCollabEnv();
    ({ db, close: closeDb } = await openTestDatabase({ seeded: true }));
    ids = await seedIds(db);
    await db.update(negotiations).set({ style: 'formulative' }).where(eq(negotiations.id, ids.chapter.negotiationId));
    srv = await startCollab(db);
  });
  afterAll(async () => {
    await srv?.close();
    await closeDb?.();
  });

  it('stores a party’s own suggestions and refuses its direct edits, leaving the text untouched', async () => {
    const mediator = connectClient(srv.url, ids.chapter.id, await sessionCookie(ids.users.mediator));
    await waitFor(() => mediator.provider.synced && mediator.state.access === 'write', 10_000, 'mediator sync');
    mediator.doc.transact(() => {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText('Forces withdraw within 30 days.')]);
      mediator.doc.getXmlFragment('default').push([p]);
    });
    await waitFor(() => isSaved(mediator.doc, mediator.state.saved), 10_000, 'mediator text saved');

    const party = connectClient(srv.url, ids.chapter.id, await sessionCookie(ids.users.apmLead));
    await waitFor(
      () => party.provider.synced && party.state.access === 'suggest' && paragraphText(party.doc) !== null,
      10_000,
      'party sync',
    );
    paragraphText(party.doc)!.insert(25, ' calendar', { insertion: { id: suggestionId({ userId: ids.users.apmLead, partyId: null }, 1) } });
    await waitFor(() => paragraphText(mediator.doc)!.toString().includes('calendar'), 10_000, 'suggestion reaches the mediator');
    await waitFor(() => isSaved(party.doc, party.state.saved), 10_000, 'suggestion saved');

    paragraphText(party.doc)!.delete(0, 7); // "Forces " removed directly: not a suggestion
    await waitFor(() => party.state.closes.some((c) => c.code === CLOSE.editRefused), 10_000, 'refusal');
    await new Promise((r) => setTimeout(r, 300));
    expect(paragraphText(mediator.doc)!.toString()).toMatch(/^Forces withdraw/);
    const stored = stateToJson(await unsafeLoadStoredState(db, ids.chapter.id));
    expect(nodeText(stored)).toContain('Forces withdraw within 30 calendar days.');
    party.destroy();
    mediator.destroy();
  });
});
