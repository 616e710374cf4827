import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { checkSuggestionUpdate } from '@/lib/collab/suggest-guard';
import { suggestionId } from '@/lib/editor/suggestions';
import { docWithParagraphs } from '../support/ydoc';

const actor = { userId: '11111111-1111-4111-8111-111111111111', partyId: '22222222-2222-4222-8222-222222222222', mayBracket: false };

/** A client replica of `server`, an edit on it, and the update that edit produces. */
function editOnReplica(server: Y.Doc, edit: (text: Y.XmlText) => void): Uint8Array {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const before = Y.encodeStateVector(client);
  const text = (client.getXmlFragment('default').get(0) as Y.XmlElement).get(0) as Y.XmlText;
  edit(text);
  return Y.encodeStateAsUpdate(client, before);
}

describe('suggest-only updates on the socket', () => {
  it('accepts an insertion marked as the sender’s suggestion', () => {
    const server = docWithParagraphs('Forces withdraw within 30 days.');
    const update = editOnReplica(server, (t) => t.insert(26, ' calendar', { insertion: { id: suggestionId(actor, 1) } }));
    expect(checkSuggestionUpdate(server, update, actor).ok).toBe(true);
  });

  it('accepts a deletion mark and refuses a real deletion', () => {
    const server = docWithParagraphs('Forces withdraw within 30 days.');
    expect(
      checkSuggestionUpdate(
        server,
        editOnReplica(server, (t) => t.format(23, 2, { deletion: { id: suggestionId(actor, 2) } })),
        actor,
      ).ok,
    ).toBe(true);
    expect(
      checkSuggestionUpdate(
        server,
        editOnReplica(server, (t) => t.delete(23, 2)),
        actor,
      ).ok,
    ).toBe(false);
  });

  it('refuses plain typing and an insertion attributed to someone else', () => {
    const server = docWithParagraphs('Forces withdraw within 30 days.');
    expect(
      checkSuggestionUpdate(
        server,
        editOnReplica(server, (t) => t.insert(0, 'All ')),
        actor,
      ).ok,
    ).toBe(false);
    const other = { userId: '33333333-3333-4333-8333-333333333333', partyId: null };
    expect(
      checkSuggestionUpdate(
        server,
        editOnReplica(server, (t) => t.insert(0, 'All ', { insertion: { id: suggestionId(other, 1) } })),
        actor,
      ).ok,
    ).toBe(false);
  });

  it('refuses an update whose dependencies the server lacks', () => {
    const server = docWithParagraphs('Forces withdraw within 30 days.');
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const text = (client.getXmlFragment('default').get(0) as Y.XmlElement).get(0) as Y.XmlText;
    text.insert(0, 'A', { insertion: { id: suggestionId(actor, 3) } });
    const sv1 = Y.encodeStateVector(client);
    text.delete(1, 6); // a real deletion, sent without the first half
    expect(checkSuggestionUpdate(server, Y.encodeStateAsUpdate(client, sv1), actor).ok).toBe(false);
  });
});
