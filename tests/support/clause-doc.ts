import * as Y from 'yjs';
import type { Db } from '@/db/client';
import { docUpdates } from '@/db/schema';
import { EDITOR_FIELD } from '@/lib/editor/to-json';

export interface BlockSpec {
  uid?: string;
  text: string;
  type?: 'paragraph' | 'heading';
  /** Wrap the text's first `bracket` characters in a bracket mark held by this party id. */
  bracket?: { length: number; partyId: string };
}

/** A Y.Doc of top-level blocks carrying `uid` attributes, stored the way Tiptap's Collaboration does. */
export function clauseDoc(blocks: BlockSpec[]): Y.Doc {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment(EDITOR_FIELD);
  doc.transact(() => {
    for (const b of blocks) {
      const el = new Y.XmlElement(b.type ?? 'paragraph');
      if (b.uid) el.setAttribute('uid', b.uid);
      if (b.type === 'heading') el.setAttribute('level', 2 as unknown as string);
      const text = new Y.XmlText();
      el.insert(0, [text]);
      fragment.push([el]);
      text.insert(0, b.text);
      if (b.bracket) text.format(0, b.bracket.length, { bracket: { partyId: b.bracket.partyId } });
    }
  });
  return doc;
}

/** Appends the doc's full state to the document's update log (as the collaboration server would). */
export async function storeDoc(db: Db, documentId: string, doc: Y.Doc, userId: string | null = null): Promise<void> {
  await db.insert(docUpdates).values({ documentId, update: Y.encodeStateAsUpdate(doc), userId });
}
