import * as Y from 'yjs';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { HttpError } from '@/lib/access/errors';
import { requireDocumentPermission } from '@/lib/access/require-permission';
import { requireDocument } from '@/lib/access/scope';
import { recordEvent } from '@/lib/audit/record-event';
import { notifyDocument } from '@/lib/collab/notify';
import { EDITOR_FIELD } from '@/lib/editor/to-json';
import { applyServerUpdate } from '@/lib/shuttle/apply-server-update';
import { loadStoredState } from '@/lib/versions/load-stored-state';

export const zCollapseAlternatives = z.object({
  /** The original paragraph's uid, named by each alternative's `altOf`. */
  group: z.string().trim().min(1, 'Say which alternatives to collapse.').max(200),
  /** "Alt 1" keeps the original wording; "Alt n" replaces it with that alternative. */
  keep: z.string().regex(/^Alt \d{1,3}$/, 'Say which alternative to keep, e.g. Alt 2.'),
});

interface Member {
  parent: Y.XmlFragment | Y.XmlElement;
  element: Y.XmlElement;
  isOriginal: boolean;
}

function findMembers(parent: Y.XmlFragment | Y.XmlElement, group: string, out: Member[] = []): Member[] {
  for (const child of parent.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (child.nodeName === 'paragraph') {
      if (String(child.getAttribute('uid') ?? '') === group) out.push({ parent, element: child, isOriginal: true });
      else if (String(child.getAttribute('altOf') ?? '') === group) out.push({ parent, element: child, isOriginal: false });
    } else findMembers(child, group, out);
  }
  return out;
}

const plainText = (element: Y.XmlElement) =>
  element
    .toArray()
    .flatMap((c) =>
      c instanceof Y.XmlText ? (c.toDelta() as { insert: unknown }[]).map((d) => (typeof d.insert === 'string' ? d.insert : '')) : [],
    )
    .join('');

/**
 * Keeping an alternative accepts it: its words were proposed as an insertion when a suggest-only
 * member proposed it, and a kept wording that is still a pending insertion could be "rejected"
 * into an empty paragraph. Lifts every insertion mark (on text and on blocks) inside `node`.
 */
function acceptInsertions(node: Y.XmlElement | Y.XmlText): void {
  if (node instanceof Y.XmlText) {
    let at = 0;
    for (const op of node.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
      const length = typeof op.insert === 'string' ? op.insert.length : 1;
      if (op.attributes?.insertion !== undefined) node.format(at, length, { insertion: null });
      at += length;
    }
    return;
  }
  if (node.getAttribute('insertion') !== undefined) node.removeAttribute('insertion');
  for (const child of node.toArray()) if (child instanceof Y.XmlElement || child instanceof Y.XmlText) acceptInsertions(child);
}

/**
 * The Yjs update that collapses a group of alternatives, built against `state`: the original
 * paragraph keeps its uid (statuses and comments stay attached) and takes the kept wording as
 * plain, accepted text (a kept alternative's pending-insertion marks are lifted; other marks
 * stay); every alternative paragraph is deleted. Null when the group or the kept label is not
 * (or no longer) in the document, has nothing to collapse, or the kept wording has no words
 * (collapsing must never leave the paragraph empty).
 */
export function buildCollapseUpdate(
  state: Uint8Array,
  group: string,
  keep: string,
): { update: Uint8Array; text: string; removed: number } | null {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const vector = Y.encodeStateVector(doc);
    const members = findMembers(doc.getXmlFragment(EDITOR_FIELD), group);
    const original = members.find((m) => m.isOriginal);
    const kept = keep === 'Alt 1' ? original : members.find((m) => !m.isOriginal && m.element.getAttribute('altLabel') === keep);
    const alternatives = members.filter((m) => !m.isOriginal);
    if (!original || !kept || alternatives.length === 0) return null;
    const text = plainText(kept.element);
    if (!text.trim()) return null;
    doc.transact(() => {
      if (kept !== original) {
        const copies = kept.element.toArray().map((c) => c.clone()) as (Y.XmlElement | Y.XmlText)[];
        original.element.delete(0, original.element.length);
        original.element.insert(0, copies);
        copies.forEach(acceptInsertions);
      }
      for (const m of alternatives) m.parent.delete(m.parent.toArray().indexOf(m.element), 1);
    });
    return { update: Y.encodeStateAsUpdate(doc, vector), text, removed: alternatives.length };
  } finally {
    doc.destroy();
  }
}

/**
 * Collapses competing alternatives into one, on the server, and logs it in the audit trail. The
 * matrix lets the lead mediator collapse in every style, but in the facilitative style their
 * editor socket is read-only; applying the change here (to the live room, or the stored log)
 * means the text and the audit trail cannot disagree, whoever's socket it is.
 * @throws AccessError 404/403 (`alternative.collapse`); HttpError 409 when the alternatives are gone or not yet saved.
 */
export async function collapseAlternatives(
  db: Db,
  userId: string,
  documentId: string,
  body: unknown,
): Promise<{ kept: string; removed: number }> {
  const scope = await requireDocument(db, userId, documentId);
  requireDocumentPermission(scope, 'alternative.collapse');
  const input = zCollapseAlternatives.parse(body);
  const built = buildCollapseUpdate(await loadStoredState(db, scope), input.group, input.keep);
  if (!built)
    throw new HttpError(
      409,
      'These alternatives changed meanwhile (or were just proposed and are still being saved), or the wording to keep has no words. Look again and retry.',
    );
  await applyServerUpdate(scope.document.id, built.update, userId);
  await recordEvent(db, {
    negotiationId: scope.negotiation.id,
    actorId: userId,
    action: 'alternative.collapse',
    targetType: 'document',
    targetId: scope.document.id,
    details: { label: input.keep, text: built.text.slice(0, 500), removed: built.removed },
  });
  notifyDocument(scope.document.id, 'audit');
  return { kept: input.keep, removed: built.removed };
}
