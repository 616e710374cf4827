import { yDocToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { Db } from '@/db/client';
import { HttpError } from '@/lib/access/errors';
import { craftRights } from '@/lib/access/policy';
import { requireDocumentPermission } from '@/lib/access/require-permission';
import { requireDocument } from '@/lib/access/scope';
import { recordEvent } from '@/lib/audit/record-event';
import { notifyDocument } from '@/lib/collab/notify';
import { isCraftRespected } from '@/lib/editor/drafting-guard';
import { EDITOR_FIELD, type PmNode } from '@/lib/editor/to-json';
import { applyServerUpdate } from '@/lib/shuttle/apply-server-update';
import { loadStoredState } from './load-stored-state';
import { createVersion, getVersionState, type VersionSummary } from './versions';

/**
 * The Yjs update that makes the document read like `versionState` again: every current block is
 * deleted and copies of the version's blocks (with their uids, so statuses and comments follow)
 * are inserted. Built against `currentState`; history is kept, as with any edit.
 */
export function buildRestoreUpdate(
  currentState: Uint8Array,
  versionState: Uint8Array,
): { update: Uint8Array; before: PmNode; after: PmNode } {
  const doc = new Y.Doc();
  const old = new Y.Doc();
  try {
    Y.applyUpdate(doc, currentState);
    Y.applyUpdate(old, versionState);
    const vector = Y.encodeStateVector(doc);
    const before = yDocToProsemirrorJSON(doc, EDITOR_FIELD) as PmNode;
    const fragment = doc.getXmlFragment(EDITOR_FIELD);
    const copies = old
      .getXmlFragment(EDITOR_FIELD)
      .toArray()
      .map((node) => node.clone());
    doc.transact(() => {
      fragment.delete(0, fragment.length);
      fragment.insert(0, copies as (Y.XmlElement | Y.XmlText)[]);
    });
    return { update: Y.encodeStateAsUpdate(doc, vector), before, after: yDocToProsemirrorJSON(doc, EDITOR_FIELD) as PmNode };
  } finally {
    doc.destroy();
    old.destroy();
  }
}

/**
 * Restores a named version as the current text and saves the result as a new version ("Restored
 * from v3"), never rewriting history. Needs `version.restore` (direct editing and version rights),
 * and — like any direct edit — may not lift another party's brackets or alternatives unless the
 * matrix allows it. Edits typed in the last moments before the restore (not yet stored) survive.
 * @throws AccessError 404/403; HttpError 409 when the restore would remove markings the actor may not.
 */
export async function restoreVersion(
  db: Db,
  userId: string,
  documentId: string,
  versionId: string,
): Promise<{ version: VersionSummary; restoredFrom: number }> {
  const scope = await requireDocument(db, userId, documentId);
  requireDocumentPermission(scope, 'version.restore');
  const source = await getVersionState(db, scope, versionId);
  const current = await loadStoredState(db, scope);
  const { update, before, after } = buildRestoreUpdate(current, source.state);
  const verdict = isCraftRespected(before, after, craftRights(scope.actor, { style: scope.negotiation.style, document: scope.document }));
  if (!verdict.ok) throw new HttpError(409, `v${source.number} cannot be restored by you: ${verdict.reason}`);

  await applyServerUpdate(scope.document.id, update, userId);
  const version = await createVersion(db, {
    document: scope.document,
    name: `Restored from v${source.number} (${source.name})`.slice(0, 120),
    reason: 'restore',
    userId,
    state: Y.mergeUpdates([current, update]),
  });
  await recordEvent(db, {
    negotiationId: scope.negotiation.id,
    actorId: userId,
    action: 'version.restore',
    targetType: 'document',
    targetId: scope.document.id,
    details: { restoredFrom: source.number, name: source.name, newVersion: version.number },
  });
  notifyDocument(scope.document.id, 'versions');
  return { version, restoredFrom: source.number };
}
