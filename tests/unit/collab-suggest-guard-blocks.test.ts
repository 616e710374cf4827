import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { checkSuggestionUpdate, checkSuggestionUpdateByCopy } from '@/lib/collab/suggest-guard';
import { suggestionId } from '@/lib/editor/suggestions';
import { EDITOR_FIELD } from '@/lib/editor/to-json';

const ME = { userId: '11111111-1111-4111-8111-111111111111', partyId: '22222222-2222-4222-8222-222222222222' };
const OTHER = { userId: '33333333-3333-4333-8333-333333333333', partyId: '44444444-4444-4444-8444-444444444444' };
const actor = { ...ME, mayBracket: true };
const mine = (n: number) => ({ insertion: { id: suggestionId(ME, n) } });

const blocks = (doc: Y.Doc) => doc.getXmlFragment(EDITOR_FIELD);
const block = (doc: Y.Doc, i: number) => blocks(doc).get(i) as Y.XmlElement;
const text = (doc: Y.Doc, i: number) => block(doc, i).get(0) as Y.XmlText;

function paragraph(content: string, attrs: Record<string, string> = {}, format?: Record<string, unknown>): Y.XmlElement {
  const p = new Y.XmlElement('paragraph');
  for (const [k, v] of Object.entries(attrs)) p.setAttribute(k, v);
  const t = new Y.XmlText();
  t.insert(0, content, format);
  p.insert(0, [t]);
  return p;
}

/**
 * A document with what a suggester meets: keyed accepted text (0), another member's suggestion (1),
 * the sender's own proposed alternative (2), bold text (3), an attribute written twice (4), another
 * member's proposed paragraph (5), then `padding` plain paragraphs, and a last paragraph.
 */
function room(padding: number): Y.Doc {
  const doc = new Y.Doc();
  const other = new Y.Doc();
  other.transact(() => {
    const f = blocks(other);
    f.push([paragraph('Forces withdraw within 30 days.', { uid: 'c1' })]);
    const p1 = paragraph('Elections are held.');
    f.push([p1]);
    (p1.get(0) as Y.XmlText).insert(18, ' in June', { insertion: { id: suggestionId(OTHER, 1) } });
    f.push([paragraph('Forces withdraw within 90 days.', { altOf: 'c1', altLabel: 'Alt 2' }, mine(2))]);
    const p3 = paragraph('Refugees may return.');
    f.push([p3]);
    (p3.get(0) as Y.XmlText).format(0, 8, { bold: true });
    f.push([paragraph('Prisoners are exchanged.', { textAlign: 'left' })]);
    f.push([paragraph('A commission is formed.', {}, { insertion: { id: suggestionId(OTHER, 2) } })]);
    for (let i = 0; i < padding; i++) f.push([paragraph(`Clause ${i}: the parties agree.`)]);
    f.push([paragraph('This agreement enters into force on signature.')]);
  });
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
  const third = new Y.Doc();
  Y.applyUpdate(third, Y.encodeStateAsUpdate(doc));
  block(third, 4).setAttribute('textAlign', 'right'); // a second writer of the same attribute
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(third, Y.encodeStateVector(doc)));
  return doc;
}

/** The update a suggester's replica of `server` sends for `edit`. */
function edit(server: Y.Doc, change: (replica: Y.Doc) => void): Uint8Array {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(server));
  const before = Y.encodeStateVector(replica);
  replica.transact(() => change(replica));
  return Y.encodeStateAsUpdate(replica, before);
}

const last = (doc: Y.Doc) => blocks(doc).length - 1;
const bracket = (partyId: string) => ({ bracket: { partyId, userId: ME.userId, partyShort: 'X' } });

const cases: [string, boolean, (d: Y.Doc) => void][] = [
  ['an own insertion', true, (d) => text(d, 0).insert(26, ' calendar', mine(3))],
  ['an own deletion mark', true, (d) => text(d, 0).format(23, 2, { deletion: { id: suggestionId(ME, 4) } })],
  ['an own bracket', true, (d) => text(d, 0).format(23, 7, bracket(ME.partyId))],
  ['typing into the own proposal, as a suggestion', true, (d) => text(d, 2).insert(0, 'All ', mine(2))],
  ['withdrawing the own proposal', true, (d) => blocks(d).delete(2, 1)],
  ['a proposed paragraph of own text', true, (d) => blocks(d).insert(1, [paragraph('Forces withdraw at once.', { altOf: 'c1' }, mine(5))])],
  ['a fresh key on an unkeyed paragraph', true, (d) => block(d, last(d)).setAttribute('uid', 'c9')],
  ['a real deletion', false, (d) => text(d, 0).delete(23, 2)],
  ['a same-length rewrite of accepted text', false, (d) => (text(d, 0).delete(23, 2), text(d, 0).insert(23, '90', mine(6)))],
  ['plain typing', false, (d) => text(d, 0).insert(0, 'All ')],
  ['an insertion attributed to someone else', false, (d) => text(d, 0).insert(0, 'All ', { insertion: { id: suggestionId(OTHER, 9) } })],
  ['deleting another member’s suggested words', false, (d) => text(d, 1).delete(18, 8)],
  ['rewriting another member’s suggested words as one’s own', false, (d) => text(d, 1).format(18, 8, mine(7))],
  ['deleting another member’s proposed paragraph', false, (d) => blocks(d).delete(5, 1)],
  ['deleting an accepted paragraph', false, (d) => blocks(d).delete(0, 1)],
  ['deleting the last paragraph, far from the first', false, (d) => blocks(d).delete(last(d), 1)],
  [
    'moving a paragraph (deleted and recreated further down)',
    false,
    (d) => (blocks(d).delete(0, 1), blocks(d).insert(2, [paragraph('Forces withdraw within 30 days.', { uid: 'c1' })])),
  ],
  ['bold on accepted text', false, (d) => text(d, 0).format(0, 6, { bold: true })],
  ['lifting bold', false, (d) => text(d, 3).format(0, 8, { bold: null })],
  ['an alignment on an accepted paragraph', false, (d) => block(d, 0).setAttribute('textAlign', 'center')],
  ['overwriting an attribute written twice before', false, (d) => block(d, 4).setAttribute('textAlign', 'center')],
  ['removing an attribute', false, (d) => block(d, 4).removeAttribute('textAlign')],
  ['moving a key', false, (d) => (block(d, 0).removeAttribute('uid'), block(d, last(d)).setAttribute('uid', 'c1'))],
  ['a key already used far away', false, (d) => block(d, last(d)).setAttribute('uid', 'c1')],
  ['a paragraph of plain text', false, (d) => blocks(d).insert(1, [paragraph('Forces withdraw at once.')])],
  ['plain text inside the own proposal', false, (d) => text(d, 2).insert(0, 'All ')],
  ['a bracket claimed for another party', false, (d) => text(d, 0).format(23, 7, bracket(OTHER.partyId!))],
  [
    'an own insertion plus a real deletion in another paragraph',
    false,
    (d) => (text(d, 0).insert(26, ' calendar', mine(8)), text(d, last(d)).delete(0, 5)),
  ],
];

describe('suggest-only check, block by block', () => {
  for (const [name, ok, change] of cases) {
    it(`${ok ? 'accepts' : 'refuses'} ${name}, as the whole-document check does`, () => {
      const server = room(20);
      const update = edit(server, change);
      const cost = { items: 0, fullCopy: false };
      expect(checkSuggestionUpdate(server, update, actor, cost).ok).toBe(ok);
      expect(cost.fullCopy).toBe(false);
      expect(checkSuggestionUpdateByCopy(server, update, actor).ok).toBe(ok);
    });
  }

  it('places a suggestion exactly among concurrent edits the sender has not seen yet', () => {
    const server = room(5);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(server));
    // Meanwhile the mediator types bold words at the very same spot on the server.
    const mediator = new Y.Doc();
    Y.applyUpdate(mediator, Y.encodeStateAsUpdate(server));
    text(mediator, 0).insert(7, 'must ', { bold: true });
    Y.applyUpdate(server, Y.encodeStateAsUpdate(mediator, Y.encodeStateVector(server)));
    const before = Y.encodeStateVector(replica);
    text(replica, 0).insert(7, 'all ', mine(10));
    const suggestion = Y.encodeStateAsUpdate(replica, before);
    expect(checkSuggestionUpdate(server, suggestion, actor).ok).toBe(true);
    const sv = Y.encodeStateVector(replica);
    text(replica, 0).delete(7, 4); // withdrawn again, then a real deletion of accepted words
    text(replica, 0).delete(0, 3);
    const hostile = Y.encodeStateAsUpdate(replica, sv);
    Y.applyUpdate(server, suggestion);
    expect(checkSuggestionUpdate(server, hostile, actor).ok).toBe(false);
    expect(checkSuggestionUpdateByCopy(server, hostile, actor).ok).toBe(false);
  });
});

describe('suggest-only check cost', () => {
  it('encodes the same few items for a small suggestion in a 200- and a 5,000-paragraph document', () => {
    // Every copy Yjs makes goes through Item#write: counting calls measures what the check copies.
    const write = Y.Item.prototype.write;
    let written = 0;
    Y.Item.prototype.write = function (this: Y.Item, ...args: Parameters<typeof write>) {
      written++;
      return write.apply(this, args);
    };
    try {
      const copied = [200, 5000].map((n) => {
        const server = room(n);
        const middle = Math.floor(n / 2);
        const update = edit(server, (d) => text(d, middle).insert(6, ' first', mine(1)));
        written = 0;
        expect(checkSuggestionUpdate(server, update, actor).ok).toBe(true);
        return written;
      });
      expect(copied[1]).toBe(copied[0]);
      expect(copied[0]).toBeLessThan(10); // the paragraph, its text and the text's few items
    } finally {
      Y.Item.prototype.write = write;
    }
  });

  it('refuses a paragraph deleted and recreated in place (its Yjs key, which comments follow, would change)', () => {
    const server = room(3);
    const update = edit(server, (d) => (blocks(d).delete(1, 1), blocks(d).insert(1, [paragraph('Elections are held.')])));
    expect(checkSuggestionUpdate(server, update, actor).ok).toBe(false);
  });
});
