import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { buildCollapseUpdate } from '@/lib/drafting/collapse-alternatives';
import { stateToJson, type PmNode } from '@/lib/editor/to-json';
import { docWithParagraphs } from '../support/ydoc';

const GOV = '22222222-2222-4222-8222-222222222222';
const APM = '44444444-4444-4444-8444-444444444444';
const govBracket = { partyId: GOV, partyShort: 'GOV', userId: '11111111-1111-4111-8111-111111111111' };

function alternative(label: string, party: string, text: string): Y.XmlElement {
  const alt = new Y.XmlElement('paragraph');
  alt.setAttribute('altOf', 'y1-1');
  alt.setAttribute('altLabel', label);
  alt.setAttribute('altParty', party);
  alt.insert(0, [new Y.XmlText(text)]);
  return alt;
}

/** "30 days" bracketed by GOV in the original (uid y1-1), Alt 2 by GOV and Alt 3 by APM after it, then an unrelated paragraph. */
function draft(): Y.Doc {
  const doc = docWithParagraphs('Forces withdraw within 30 days.', 'Heavy weapons are stored.');
  const fragment = doc.getXmlFragment('default');
  const original = fragment.get(0) as Y.XmlElement;
  original.setAttribute('uid', 'y1-1');
  (original.get(0) as Y.XmlText).format(23, 7, { bracket: govBracket });
  fragment.insert(1, [
    alternative('Alt 2', GOV, 'Forces withdraw within 90 days.'),
    alternative('Alt 3', APM, 'Forces withdraw within 60 days.'),
  ]);
  return doc;
}

const texts = (json: PmNode) => (json.content ?? []).map((b) => (b.content ?? []).map((t) => t.text).join(''));

/** Applies the collapse to a replica that also received a concurrent edit, as the live room would. */
function collapseOn(doc: Y.Doc, keep: string) {
  const built = buildCollapseUpdate(Y.encodeStateAsUpdate(doc), 'y1-1', keep);
  expect(built).not.toBeNull();
  Y.applyUpdate(doc, built!.update);
  return { built: built!, json: stateToJson(Y.encodeStateAsUpdate(doc)) };
}

describe('collapsing alternatives on the server', () => {
  it('keeps Alt 1 with its bracket and uid, and deletes every alternative', () => {
    const { built, json } = collapseOn(draft(), 'Alt 1');
    expect(built).toMatchObject({ text: 'Forces withdraw within 30 days.', removed: 2 });
    expect(texts(json)).toEqual(['Forces withdraw within 30 days.', 'Heavy weapons are stored.']);
    expect(json.content![0]!.attrs?.uid).toBe('y1-1');
    expect(json.content![0]!.content!.find((t) => t.text === '30 days')?.marks?.[0]?.type).toBe('bracket');
  });

  it('keeps another alternative as the original paragraph’s wording, under the original’s uid', () => {
    const { built, json } = collapseOn(draft(), 'Alt 3');
    expect(built.text).toBe('Forces withdraw within 60 days.');
    expect(texts(json)).toEqual(['Forces withdraw within 60 days.', 'Heavy weapons are stored.']);
    expect(json.content![0]!.attrs).toMatchObject({ uid: 'y1-1' });
    expect(json.content![0]!.attrs?.altOf).toBeUndefined();
  });

  it('merges with edits the stored state did not have yet', () => {
    const live = draft();
    const stored = Y.encodeStateAsUpdate(live);
    // Someone types in the unrelated paragraph after the state was read.
    ((live.getXmlFragment('default').get(3) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'All ');
    Y.applyUpdate(live, buildCollapseUpdate(stored, 'y1-1', 'Alt 2')!.update);
    expect(texts(stateToJson(Y.encodeStateAsUpdate(live)))).toEqual(['Forces withdraw within 90 days.', 'All Heavy weapons are stored.']);
  });

  it('refuses an unknown group, an unknown label, or a group with nothing to collapse', () => {
    const state = Y.encodeStateAsUpdate(draft());
    expect(buildCollapseUpdate(state, 'nope', 'Alt 1')).toBeNull();
    expect(buildCollapseUpdate(state, 'y1-1', 'Alt 9')).toBeNull();
    const once = draft();
    Y.applyUpdate(once, buildCollapseUpdate(Y.encodeStateAsUpdate(once), 'y1-1', 'Alt 1')!.update);
    expect(buildCollapseUpdate(Y.encodeStateAsUpdate(once), 'y1-1', 'Alt 1')).toBeNull();
  });

  it('keeps a suggested alternative as accepted text, so no Reject can empty the paragraph', () => {
    const doc = draft();
    const alt2 = doc.getXmlFragment('default').get(1) as Y.XmlElement;
    const proposal = { id: `s:11111111-1111-4111-8111-111111111111:${GOV}:alt1` };
    (alt2.get(0) as Y.XmlText).format(0, 31, { insertion: proposal });
    alt2.setAttribute('insertion', proposal as unknown as string);
    const { json } = collapseOn(doc, 'Alt 2');
    const kept = json.content![0]!;
    expect(kept.attrs?.uid).toBe('y1-1');
    expect(kept.marks ?? []).toEqual([]);
    expect(kept.content!.map((t) => [t.text, (t.marks ?? []).map((m) => m.type)])).toEqual([['Forces withdraw within 90 days.', []]]);
  });

  it('never collapses into an empty paragraph', () => {
    const doc = draft();
    doc.getXmlFragment('default').insert(3, [alternative('Alt 4', APM, '   ')]);
    expect(buildCollapseUpdate(Y.encodeStateAsUpdate(doc), 'y1-1', 'Alt 4')).toBeNull();
  });
});
