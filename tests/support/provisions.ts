import * as Y from 'yjs';
import type { Db } from '@/db/client';
import { docUpdates } from '@/db/schema';
import { changeClauseStatus } from '@/lib/status/change-clause-status';
import { unsafeLoadStoredState } from '@/lib/versions/load-stored-state';

/** Both lead negotiators take a provision to ad referendum and confirm it. */
export async function agreeByBothLeads(db: Db, leadIds: readonly string[], documentId: string, clauseKey: string): Promise<void> {
  for (const userId of leadIds) {
    await changeClauseStatus(db, userId, documentId, { clauseKey, action: 'ad_ref' });
    await changeClauseStatus(db, userId, documentId, { clauseKey, action: 'confirm' });
  }
}

/** Rewrites a provision's text in a stored document, as an editor's saved change would. */
export async function rewriteProvision(db: Db, documentId: string, clauseKey: string, text: string, userId: string): Promise<void> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await unsafeLoadStoredState(db, documentId));
  const before = Y.encodeStateVector(doc);
  const block = doc
    .getXmlFragment('default')
    .toArray()
    .find((b) => b instanceof Y.XmlElement && b.getAttribute('uid') === clauseKey) as Y.XmlElement;
  const t = block.get(0) as Y.XmlText;
  doc.transact(() => {
    t.delete(0, t.length);
    t.insert(0, text);
  });
  await db.insert(docUpdates).values({ documentId, update: Y.encodeStateAsUpdate(doc, before), userId });
  doc.destroy();
}
