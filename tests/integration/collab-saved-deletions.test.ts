import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { nodeText, stateToJson } from '@/lib/editor/to-json';
import { loadStoredState } from '@/lib/versions/load-stored-state';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';
import { connectClient, isSaved, seedIds, sessionCookie, startCollab, useCollabEnv, waitFor } from '../support/collab-harness';

const firstText = (doc: Y.Doc) => ((doc.getXmlFragment('default').get(0) as Y.XmlElement | undefined)?.get(0) as Y.XmlText | undefined) ?? null;

describe(`collaboration: a deletion counts as saved only once it is stored (${TEST_DRIVER})`, () => {
  let db: Db;
  let closeDb: () => Promise<void>;
  let ids: Awaited<ReturnType<typeof seedIds>>;
  let srv: Awaited<ReturnType<typeof startCollab>>;

  beforeAll(async () => {
    useCollabEnv();
    ({ db, close: closeDb } = await openTestDatabase());
    ids = await seedIds(db);
    srv = await startCollab(db, { batchMs: 800 }); // a wide batch window: an early "saved" would show
  });
  afterAll(async () => {
    await srv?.close();
    await closeDb?.();
  });

  it('acknowledges the deleting frame after the commit, although the state vector did not move', async () => {
    const gov = connectClient(srv.url, ids.chapter.id, await sessionCookie(ids.users.govLead));
    await waitFor(() => gov.provider.synced && gov.state.access === 'write', 10_000, 'sync');
    gov.doc.transact(() => {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText('Forces withdraw within thirty days.')]);
      gov.doc.getXmlFragment('default').insert(0, [p]);
    });
    await waitFor(() => isSaved(gov.doc, gov.state.saved) && gov.state.durableFrames >= gov.sentFrames(), 10_000, 'insert durable');

    const sentBefore = gov.sentFrames();
    firstText(gov.doc)!.delete(23, 7); // "thirty " — a deletion only
    expect(gov.sentFrames()).toBe(sentBefore + 1);
    expect(isSaved(gov.doc, gov.state.saved)).toBe(true); // what the state vector alone would claim
    expect(gov.state.durableFrames).toBeLessThan(gov.sentFrames());

    await waitFor(() => gov.state.durableFrames >= gov.sentFrames(), 10_000, 'deletion acknowledged');
    // Acknowledged means committed: the stored text already lacks the word.
    expect(nodeText(stateToJson(await loadStoredState(db, ids.chapter.id)))).toContain('Forces withdraw within days.');
    gov.destroy();
  });
});
