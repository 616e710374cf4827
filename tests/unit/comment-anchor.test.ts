import { getSchema } from '@tiptap/core';
import { initProseMirrorDoc } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { anchorFromRange, rangeFromAnchor, type YBinding } from '@/lib/editor/comment-anchor';
import { sharedExtensions } from '@/lib/editor/extensions';
import { EDITOR_FIELD } from '@/lib/editor/to-json';
import { docWithParagraphs } from '../support/ydoc';

const schema = getSchema(sharedExtensions());
const bind = (doc: Y.Doc) => {
  const type = doc.getXmlFragment(EDITOR_FIELD);
  const { doc: pm, mapping } = initProseMirrorDoc(type, schema);
  return { pm, binding: { doc, type, mapping } as YBinding };
};

describe('comment anchors in the editor', () => {
  it('turn a selection into relative positions and back after edits', () => {
    const doc = docWithParagraphs('Forces withdraw within 30 days.');
    const { pm, binding } = bind(doc);
    const start = 1 + 'Forces withdraw '.length;
    const anchor = anchorFromRange(binding, start, start + 'within 30 days'.length, pm.textBetween(start, start + 14));
    expect(anchor.quote).toBe('within 30 days');
    ((doc.getXmlFragment(EDITOR_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'All ');
    const after = bind(doc);
    const range = rangeFromAnchor(after.binding, anchor)!;
    expect(after.pm.textBetween(range.from, range.to)).toBe('within 30 days');
    ((doc.getXmlFragment(EDITOR_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText).delete(4, 30);
    expect(rangeFromAnchor(bind(doc).binding, anchor)).toBeNull();
    expect(rangeFromAnchor(after.binding, { from: '@@', to: '' })).toBeNull();
  });
});
