import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { stateToJson } from '@/lib/editor/to-json';
import { appendParagraphs, docWithParagraphs } from '../support/ydoc';

describe('clause keys of stored documents', () => {
  it('keeps an explicit uid and keys other top-level blocks by their Yjs item id, stable across edits', () => {
    const doc = docWithParagraphs('First clause.', 'Second clause.');
    (doc.getXmlFragment('default').get(0) as Y.XmlElement).setAttribute('uid', 'c1');
    const keys = () => stateToJson(Y.encodeStateAsUpdate(doc)).content!.map((n) => n.attrs?.uid);
    const [first, second] = keys();
    expect(first).toBe('c1');
    expect(second).toMatch(/^y\d+-\d+$/);
    ((doc.getXmlFragment('default').get(1) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'Amended: ');
    appendParagraphs(doc, 'Third clause.');
    const after = keys();
    expect(after.slice(0, 2)).toEqual([first, second]);
    expect(new Set(after).size).toBe(3);
  });
});
