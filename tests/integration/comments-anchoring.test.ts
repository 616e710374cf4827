import { getSchema } from '@tiptap/core';
import { absolutePositionToRelativePosition, initProseMirrorDoc, relativePositionToAbsolutePosition } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { seedDemo } from '@/db/seed';
import { createThread } from '@/lib/comments/create-thread';
import { listComments } from '@/lib/comments/list-comments';
import { zNewThread, type CommentAnchor } from '@/lib/comments/schemas';
import { sharedExtensions } from '@/lib/editor/extensions';
import { EDITOR_FIELD } from '@/lib/editor/to-json';
import { clauseDoc, storeDoc } from '../support/clause-doc';
import { demoIds } from '../support/demo-ids';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';

let db: Db;
let close: () => Promise<void>;
let ids: Awaited<ReturnType<typeof demoIds>>;
const schema = getSchema(sharedExtensions());
const b64 = (rel: Y.RelativePosition) => Buffer.from(Y.encodeRelativePosition(rel)).toString('base64');
const unb64 = (s: string) => Y.decodeRelativePosition(new Uint8Array(Buffer.from(s, 'base64')));

/** What the browser does: ProseMirror selection → Yjs relative positions (y-tiptap) → base64. */
function anchorFor(doc: Y.Doc, quote: string): CommentAnchor {
  const fragment = doc.getXmlFragment(EDITOR_FIELD);
  const { doc: pm, mapping } = initProseMirrorDoc(fragment, schema);
  let from = -1;
  pm.descendants((node, pos) => {
    const at = node.isText ? node.text!.indexOf(quote) : -1;
    if (from < 0 && at >= 0) from = pos + at;
  });
  expect(from).toBeGreaterThan(0);
  const to = from + quote.length;
  expect(pm.textBetween(from, to)).toBe(quote);
  return {
    from: b64(absolutePositionToRelativePosition(from, fragment, mapping)),
    to: b64(absolutePositionToRelativePosition(to, fragment, mapping)),
    quote,
  };
}

/** What the browser does to highlight: relative positions → ProseMirror positions → the text now there. */
function textAt(doc: Y.Doc, anchor: CommentAnchor): string {
  const fragment = doc.getXmlFragment(EDITOR_FIELD);
  const { doc: pm, mapping } = initProseMirrorDoc(fragment, schema);
  const from = relativePositionToAbsolutePosition(doc, fragment, unb64(anchor.from), mapping);
  const to = relativePositionToAbsolutePosition(doc, fragment, unb64(anchor.to), mapping);
  expect(from).not.toBeNull();
  return pm.textBetween(from!, to!);
}

const textOf = (doc: Y.Doc, block: number) => (doc.getXmlFragment(EDITOR_FIELD).get(block) as Y.XmlElement).get(0) as Y.XmlText;

beforeAll(async () => {
  ({ db, close } = await openTestDatabase({ seeded: true }));
  await seedDemo(db);
  ids = await demoIds(db);
});
afterAll(async () => close?.());

describe(`comment anchors on ${TEST_DRIVER}`, () => {
  it('keep pointing at the quoted text through concurrent edits on two replicas', async () => {
    const chapter = ids.doc('Chapter III');
    const alice = clauseDoc([
      { uid: 'c1', text: 'Forces withdraw to cantonment sites within 30 days of signature.' },
      { uid: 'c2', text: 'Heavy weapons are stored in verified depots.' },
    ]);
    await storeDoc(db, chapter.id, alice);
    const bob = new Y.Doc();
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice));

    // An observer comments on two passages (anchors made on Alice's replica, stored by the server).
    const observer = ids.user('observer@pactum.test');
    for (const [quote, body] of [
      ['within 30 days', 'Is 30 days realistic?'],
      ['weapons are stored', 'Define heavy weapons.'],
    ] as const) {
      await createThread(db, observer, chapter.id, zNewThread.parse({ body, anchor: anchorFor(alice, quote) }));
    }

    // Concurrent edits, neither replica having seen the other's.
    alice.transact(() => {
      textOf(alice, 0).insert(0, 'All ');
      textOf(alice, 1).insert(0, 'Within 60 days, ');
    });
    bob.transact(() => {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText('A new opening paragraph.')]);
      bob.getXmlFragment(EDITOR_FIELD).insert(0, [p]);
      const t = textOf(bob, 1);
      t.insert(t.toString().indexOf('30 days'), 'the first ');
      t.insert(t.toString().indexOf('sites'), 'designated ');
    });
    const fromAlice = Y.encodeStateAsUpdate(alice, Y.encodeStateVector(bob));
    const fromBob = Y.encodeStateAsUpdate(bob, Y.encodeStateVector(alice));
    Y.applyUpdate(alice, fromBob);
    Y.applyUpdate(bob, fromAlice);
    expect(textOf(alice, 1).toString()).toBe('All Forces withdraw to cantonment designated sites within the first 30 days of signature.');

    const { threads } = await listComments(db, ids.user('gov.member@pactum.test'), chapter.id);
    const [thirty, weapons] = threads;
    expect(thirty!.anchor!.quote).toBe('within 30 days');
    for (const replica of [alice, bob]) {
      // Inserts before the range only shift it: the quote still matches exactly. (y-tiptap anchors with
      // assoc -1, so text typed exactly at a range's start would join it, and at its end would not.)
      expect(textAt(replica, weapons!.anchor!)).toBe(weapons!.anchor!.quote);
      // An insert inside the range widens it; the quoted words are all still there, in order.
      const now = textAt(replica, thirty!.anchor!);
      expect(now).toBe('within the first 30 days');
      expect(now.replace('the first ', '')).toBe(thirty!.anchor!.quote);
    }
  });

  it('rejects anchors that are not relative positions or are too large', () => {
    const ok = anchorFor(clauseDoc([{ uid: 'x', text: 'Some words here.' }]), 'words');
    expect(() => zNewThread.parse({ body: 'b', anchor: { ...ok, from: 'not base64!' } })).toThrow();
    expect(() => zNewThread.parse({ body: 'b', anchor: { ...ok, from: 'nope' } })).toThrow(); // base64, but not a position
    expect(() => zNewThread.parse({ body: 'b', anchor: { ...ok, to: Buffer.alloc(600, 1).toString('base64') } })).toThrow();
    expect(() => zNewThread.parse({ body: 'b', anchor: { ...ok, quote: 'q'.repeat(501) } })).toThrow();
    expect(zNewThread.parse({ body: '  b  ', anchor: ok })).toMatchObject({ body: 'b', mentions: [] });
  });
});
