import { describe, expect, it } from 'vitest';
import { nodeText, stateToJson } from '@/lib/editor/to-json';
import { loadStoredState } from '@/lib/versions/load-stored-state';
import { TEST_DRIVER } from '../support/test-db';
import { collabFixture, connectClient, firstText, isSaved, sessionCookie, waitFor, writeFirstParagraph } from '../support/collab-harness';

describe(`collaboration: a deletion counts as saved only once it is stored (${TEST_DRIVER})`, () => {
  const t = collabFixture({ batchMs: 800 }); // a wide batch window: an early "saved" would show

  it('acknowledges the deleting frame after the commit, although the state vector did not move', async () => {
    const gov = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.govLead));
    await waitFor(() => gov.provider.synced && gov.state.access === 'write', 10_000, 'sync');
    await writeFirstParagraph(gov, 'Forces withdraw within thirty days.');

    const sentBefore = gov.sentFrames();
    firstText(gov.doc)!.delete(23, 7); // "thirty " — a deletion only
    expect(gov.sentFrames()).toBe(sentBefore + 1);
    expect(isSaved(gov.doc, gov.state.saved)).toBe(true); // what the state vector alone would claim
    expect(gov.state.durableFrames).toBeLessThan(gov.sentFrames());

    await waitFor(() => gov.state.durableFrames >= gov.sentFrames(), 10_000, 'deletion acknowledged');
    // Acknowledged means committed: the stored text already lacks the word.
    expect(nodeText(stateToJson(await loadStoredState(t.db, t.ids.chapter.id)))).toContain('Forces withdraw within days.');
    gov.destroy();
  });
});
