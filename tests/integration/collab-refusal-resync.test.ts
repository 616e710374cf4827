import { eq } from 'drizzle-orm';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { negotiations } from '@/db/schema';
import { keepLive, type LiveParts } from '@/components/editor/live-connection';
import { nodeText, stateToJson } from '@/lib/editor/to-json';
import { suggestionId } from '@/lib/editor/suggestions';
import { unsafeLoadStoredState } from '@/lib/versions/load-stored-state';
import { TEST_DRIVER } from '../support/test-db';
import {
  collabFixture,
  connectClient,
  firstText,
  sessionCookie,
  socketWith,
  waitFor,
  writeFirstParagraph,
} from '../support/collab-harness';

const textOf = (doc: Y.Doc) =>
  doc
    .getXmlFragment('default')
    .toArray()
    .map((b) =>
      (b as Y.XmlElement)
        .toArray()
        .map((t) => t.toString().replace(/<[^>]+>/g, ''))
        .join(''),
    )
    .join('\n');

describe(`collaboration: a refused edit is undone and the client resynchronises by itself (${TEST_DRIVER})`, () => {
  const ctx = collabFixture({}, async (db, ids) => {
    await db.update(negotiations).set({ style: 'formulative' }).where(eq(negotiations.id, ids.chapter.negotiationId));
  });

  it('a suggest-only client whose direct edit is refused converges back to the server text without reconnecting by hand, and keeps working', async () => {
    const { ids, srv, db } = ctx;
    const mediator = connectClient(srv.url, ids.chapter.id, await sessionCookie(ids.users.mediator));
    await waitFor(() => mediator.provider.synced && mediator.state.access === 'write', 10_000, 'mediator sync');
    await writeFirstParagraph(mediator, 'Forces withdraw within 30 days.');

    // The party's client as the browser runs it (components/editor/live-connection.ts), minus IndexedDB.
    const cookie = await sessionCookie(ids.users.apmLead);
    const opened: LiveParts[] = [];
    const refusals: string[] = [];
    const open = (): LiveParts => {
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(srv.url, ids.chapter.id, doc, {
        WebSocketPolyfill: socketWith(cookie) as never,
        disableBc: true,
        maxBackoffTime: 500,
      });
      const parts: LiveParts = {
        doc,
        provider,
        close: async () => {
          provider.destroy();
          doc.destroy();
        },
      };
      opened.push(parts);
      return parts;
    };
    const live = keepLive(open, (_parts, refusal) => void (refusal && refusals.push(refusal)));
    try {
      await waitFor(() => live.current.provider.synced && firstText(live.current.doc) !== null, 10_000, 'party sync');
      const first = live.current;

      // A direct edit (what TrailingNode did after a release): an empty paragraph appended outright.
      first.doc.getXmlFragment('default').push([new Y.XmlElement('paragraph')]);
      await waitFor(() => refusals.length === 1 && live.current !== first, 10_000, 'refusal handled');
      expect(refusals[0]).toMatch(/suggest|direct/i);
      expect(first.doc.isDestroyed).toBe(true);

      // The fresh copy holds the server's text, without the refused paragraph.
      await waitFor(() => live.current.provider.synced && firstText(live.current.doc) !== null, 10_000, 'resync');
      expect(live.current.doc.getXmlFragment('default').length).toBe(1);
      expect(textOf(live.current.doc)).toBe(textOf(mediator.doc));
      expect(nodeText(stateToJson(await unsafeLoadStoredState(db, ids.chapter.id)))).toBe('Forces withdraw within 30 days.');

      // It keeps working: a later mediator edit arrives, and the party's suggestion is accepted.
      firstText(mediator.doc)!.insert(0, 'All ');
      await waitFor(() => textOf(live.current.doc).startsWith('All Forces'), 10_000, 'mediator edit reaches the resynchronised client');
      firstText(live.current.doc)!.insert(firstText(live.current.doc)!.length - 1, ' calendar', {
        insertion: { id: suggestionId({ userId: ids.users.apmLead, partyId: null }, 1) },
      });
      await waitFor(() => textOf(mediator.doc).includes('calendar'), 10_000, 'suggestion reaches the mediator');
      expect(refusals).toHaveLength(1);
      expect(opened).toHaveLength(2);
    } finally {
      live.stop();
      mediator.destroy();
    }
  });
});
