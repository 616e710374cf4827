import * as Y from 'yjs';
import type { Db } from '@/db/client';
import { docUpdates } from '@/db/schema';
import { EDITOR_FIELD } from '@/lib/editor/to-json';

/** A top-level block for a test document: a paragraph, heading or titled clause block with a `uid`. */
export type TestBlock = { uid: string; text: string; type?: 'paragraph' | 'heading' | 'clauseBlock'; title?: string };

/** A Y.Doc whose top-level blocks carry `uid` attributes, as the editor's UniqueID extension stores them. */
export function docWithBlocks(blocks: TestBlock[]): Y.Doc {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment(EDITOR_FIELD);
  doc.transact(() => {
    for (const b of blocks) {
      const p = new Y.XmlElement(b.type === 'heading' ? 'heading' : 'paragraph');
      if (b.type === 'heading') p.setAttribute('level', 2 as unknown as string);
      p.insert(0, [new Y.XmlText(b.text)]);
      if (b.type === 'clauseBlock') {
        const el = new Y.XmlElement('clauseBlock');
        el.setAttribute('uid', b.uid);
        el.setAttribute('title', b.title ?? 'Clause');
        el.insert(0, [p]);
        fragment.push([el]);
      } else {
        p.setAttribute('uid', b.uid);
        fragment.push([p]);
      }
    }
  });
  return doc;
}

/** Stores a document's text the way the collaboration server would (one logged update). */
export async function storeBlocks(db: Db, documentId: string, blocks: TestBlock[], userId: string | null = null): Promise<void> {
  const doc = docWithBlocks(blocks);
  await db.insert(docUpdates).values({ documentId, update: Y.encodeStateAsUpdate(doc), userId });
  doc.destroy();
}
