import { getSchema } from '@tiptap/core';
import { transformToSuggestionTransaction } from '@handlewithcare/prosemirror-suggest-changes';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { sharedExtensions } from '@/lib/editor/extensions';
import { isSuggestionOnlyChange } from '@/lib/editor/suggestion-guard';
import { suggestionId } from '@/lib/editor/suggestions';
import type { PmNode } from '@/lib/editor/to-json';

const schema = getSchema(sharedExtensions());
const author = { userId: '11111111-1111-4111-8111-111111111111', partyId: '22222222-2222-4222-8222-222222222222' };
let serial = 0;
const newId = () => suggestionId(author, ++serial);

function stateOf(text: string) {
  const doc = schema.nodeFromJSON({
    type: 'doc',
    content: [{ type: 'paragraph', attrs: { uid: 'c1' }, content: [{ type: 'text', text }] }],
  });
  return EditorState.create({ schema, doc });
}

/** What the browser does in suggest mode, then what the server checks. */
function suggest(state: EditorState, edit: (s: EditorState) => ReturnType<EditorState['tr']['insertText']>) {
  const tracked = transformToSuggestionTransaction(edit(state), state, newId);
  const next = state.apply(tracked);
  return {
    next,
    verdict: isSuggestionOnlyChange(state.doc.toJSON() as PmNode, next.doc.toJSON() as PmNode, { ...author, mayBracket: false }),
  };
}

describe('suggest mode → server guard', () => {
  it('a typed insertion becomes an attributed suggestion the guard accepts', () => {
    const state = stateOf('Forces withdraw within 30 days.');
    const { next, verdict } = suggest(state, (s) => s.tr.insertText(' calendar', 26));
    expect(verdict.ok).toBe(true);
    expect(next.doc.textContent).toContain('30 calendar days');
    const marks = JSON.stringify(next.doc.toJSON());
    expect(marks).toContain('"insertion"');
    expect(marks).toContain(author.userId);
  });

  it('a deletion keeps the text under a deletion mark and is accepted', () => {
    const state = stateOf('Forces withdraw within 30 days.');
    const { next, verdict } = suggest(state, (s) => s.tr.delete(24, 26));
    expect(verdict.ok).toBe(true);
    expect(next.doc.textContent).toContain('30'); // still there, marked deleted
    expect(JSON.stringify(next.doc.toJSON())).toContain('"deletion"');
  });

  it('the same edit applied directly is refused', () => {
    const state = stateOf('Forces withdraw within 30 days.');
    const next = state.apply(state.tr.delete(24, 26));
    expect(isSuggestionOnlyChange(state.doc.toJSON() as PmNode, next.doc.toJSON() as PmNode, { ...author, mayBracket: false }).ok).toBe(
      false,
    );
  });
});

describe('alternatives in suggest mode', () => {
  it('a proposed paragraph made of own inserted text passes the guard after the Yjs round trip', async () => {
    const { prosemirrorJSONToYDoc } = await import('@tiptap/y-tiptap');
    const { stateToJson } = await import('@/lib/editor/to-json');
    const Y = await import('yjs');
    const before = {
      type: 'doc',
      content: [{ type: 'paragraph', attrs: { uid: 'c1' }, content: [{ type: 'text', text: 'Within 30 days.' }] }],
    };
    const after = {
      type: 'doc',
      content: [
        before.content[0]!,
        {
          type: 'paragraph',
          attrs: { uid: 'c2', altOf: 'c1', altLabel: 'Alt 2', altParty: author.partyId, altPartyShort: 'GOV' },
          content: [{ type: 'text', text: 'Within 90 days.', marks: [{ type: 'insertion', attrs: { id: newId() } }] }],
        },
      ],
    };
    const roundTrip = (json: object) => stateToJson(Y.encodeStateAsUpdate(prosemirrorJSONToYDoc(schema, json, 'default')));
    expect(isSuggestionOnlyChange(roundTrip(before), roundTrip(after), { ...author, mayBracket: true }).ok).toBe(true);
  });
});
