import { describe, expect, it } from 'vitest';
import { nodeText, stateToJson } from '@/lib/editor/to-json';
import { unsafeLoadStoredState } from '@/lib/versions/load-stored-state';
import { TEST_DRIVER } from '../support/test-db';
import { MESSAGE } from '@/lib/collab/protocol';
import { SAVED_INTERVAL_MS } from '@/lib/collab/saved-tracker';
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
    expect(nodeText(stateToJson(await unsafeLoadStoredState(t.db, t.ids.chapter.id)))).toContain('Forces withdraw within days.');
    gov.destroy();
  });
});

describe(`collaboration: SAVED is gathered per socket, never early, never missing (${TEST_DRIVER})`, () => {
  const t = collabFixture({ batchMs: 50 });

  it('sends one SAVED per interval while edits keep committing, and a last one that covers them all', async () => {
    const gov = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.govLead));
    await waitFor(() => gov.provider.synced && gov.state.access === 'write', 10_000, 'sync');
    await writeFirstParagraph(gov, 'Forces withdraw.');
    let heard = 0;
    const original = gov.provider.messageHandlers[MESSAGE.saved]!;
    gov.provider.messageHandlers[MESSAGE.saved] = (...args) => {
      heard++;
      original(...args);
    };
    // 12 edits 100 ms apart: each lands in its own 50 ms batch and commits on its own.
    const started = performance.now();
    for (let i = 0; i < 12; i++) {
      firstText(gov.doc)!.insert(0, 'x');
      await new Promise((r) => setTimeout(r, 100));
    }
    // (Never early is the test above; here: gathered, and the last one is not lost.)
    await waitFor(
      () => isSaved(gov.doc, gov.state.saved) && gov.state.durableFrames >= gov.sentFrames(),
      SAVED_INTERVAL_MS * 3,
      'last SAVED',
    );
    const seconds = (performance.now() - started) / 1000;
    // 12 commits, but about one SAVED per interval (plus the leading one): fewer messages, same news.
    expect(heard).toBeLessThanOrEqual(Math.ceil((seconds * 1000) / SAVED_INTERVAL_MS) + 1);
    expect(heard).toBeGreaterThanOrEqual(1);
    expect(nodeText(stateToJson(await unsafeLoadStoredState(t.db, t.ids.chapter.id)))).toBe(`${'x'.repeat(12)}Forces withdraw.`);
    gov.destroy();
  });
});
