import * as Y from 'yjs';
import { EDITOR_FIELD } from '@/lib/editor/to-json';

/** A Y.Doc holding paragraphs the way Tiptap's Collaboration extension stores them. */
export function docWithParagraphs(...texts: string[]): Y.Doc {
  const doc = new Y.Doc();
  appendParagraphs(doc, ...texts);
  return doc;
}

export function appendParagraphs(doc: Y.Doc, ...texts: string[]): void {
  const fragment = doc.getXmlFragment(EDITOR_FIELD);
  doc.transact(() => {
    for (const t of texts) {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText(t)]);
      fragment.push([p]);
    }
  });
}
