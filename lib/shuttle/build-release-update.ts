import * as Y from 'yjs';
import { EDITOR_FIELD } from '@/lib/editor/to-json';

/** Library-style provenance of a released block (shown by the clause block's label). */
export const RELEASE_CLAUSE_ID = 'mediators-text';

/**
 * The Yjs update that appends a released "Mediator's text vN" to a document: one `clauseBlock`
 * (with a fresh `uid`) holding a heading with the title and the released paragraphs. Built
 * against `targetState`, so it lands after the document's last block.
 */
export function buildReleaseUpdate(targetState: Uint8Array, input: { title: string; number: number; paragraphs: string[]; uid: string }): Uint8Array {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, targetState);
    const before = Y.encodeStateVector(doc);
    const fragment = doc.getXmlFragment(EDITOR_FIELD);
    doc.transact(() => {
      const block = new Y.XmlElement('clauseBlock');
      block.setAttribute('uid', input.uid);
      block.setAttribute('clauseId', RELEASE_CLAUSE_ID);
      block.setAttribute('version', input.number as unknown as string);
      block.setAttribute('variant', 'released');
      block.setAttribute('title', input.title);
      const heading = new Y.XmlElement('heading');
      heading.setAttribute('level', 3 as unknown as string);
      heading.insert(0, [new Y.XmlText(input.title)]);
      const paragraphs = input.paragraphs.map((text) => {
        const p = new Y.XmlElement('paragraph');
        p.insert(0, [new Y.XmlText(text)]);
        return p;
      });
      block.insert(0, [heading, ...paragraphs]);
      fragment.push([block]);
    });
    return Y.encodeStateAsUpdate(doc, before);
  } finally {
    doc.destroy();
  }
}
