import { yDocToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { isSuggestionOnlyChange, type GuardActor, type GuardResult } from '@/lib/editor/suggestion-guard';
import { EDITOR_FIELD as DOCUMENT_FIELD, type PmNode } from '@/lib/editor/to-json';
import { blocksReached, encodeBlocks } from './block-copy';

const MISSING: GuardResult = { ok: false, reason: 'This change depends on edits the server does not have; reload the document.' };

/**
 * The former check, kept as the fallback should a block copy not apply on its own: the update
 * applied to a copy of the whole document, the text compared before and after. Cost is linear in
 * the document. An update that cannot be fully integrated (missing dependencies) is refused, so a
 * change cannot be smuggled in two halves.
 */
export function checkSuggestionUpdateByCopy(doc: Y.Doc, update: Uint8Array, actor: GuardActor): GuardResult {
  const scratch = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
    const before = yDocToProsemirrorJSON(scratch, DOCUMENT_FIELD) as PmNode;
    Y.applyUpdate(scratch, update);
    if (scratch.store.pendingStructs || scratch.store.pendingDs) return MISSING;
    return isSuggestionOnlyChange(before, yDocToProsemirrorJSON(scratch, DOCUMENT_FIELD) as PmNode, actor);
  } finally {
    scratch.destroy();
  }
}

/** Each top-level block of a document as ProseMirror JSON, by the id of its Yjs item. */
function blocksById(doc: Y.Doc): Map<string, PmNode> {
  const json = yDocToProsemirrorJSON(doc, DOCUMENT_FIELD) as PmNode;
  const out = new Map<string, PmNode>();
  doc
    .getXmlFragment(DOCUMENT_FIELD)
    .toArray()
    .forEach((type, i) => {
      const id = type._item?.id;
      const node = json.content?.[i];
      if (id && node) out.set(`${id.client}:${id.clock}`, node);
    });
  return out;
}

/** Every block `uid` in use in the document (needed only when an update gives a block a fresh one). */
function uidsIn(fragment: Y.XmlFragment): Set<string> {
  const out = new Set<string>();
  const stack: (Y.XmlFragment | Y.XmlElement)[] = [fragment];
  for (let type = stack.pop(); type; type = stack.pop()) {
    for (const child of type.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      const uid = child.getAttribute('uid') as unknown;
      if (typeof uid === 'string') out.add(uid);
      stack.push(child);
    }
  }
  return out;
}

/**
 * Checks an update from a suggest-only socket before it touches the room: it may only add or
 * withdraw the sender's own suggestions (and own-party brackets). Only suggest-only users pay it.
 *
 * Incremental: only the top-level blocks the update reaches (blocksReached) are copied, whole,
 * under their own ids, and the update is applied to that copy — so Yjs places every struct exactly
 * as it will in the room, concurrent edits included. Each block is then compared before and after
 * with the same rule as for a whole document (lib/editor/suggestion-guard.ts); a new block must be
 * entirely the sender's proposal, a deleted one must have been. Cost grows with the update and the
 * blocks it touches, not with the document. `cost` reports how many room items were copied, and
 * whether the whole-document fallback ran.
 */
export function checkSuggestionUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  actor: GuardActor,
  cost?: { items: number; fullCopy?: boolean },
): GuardResult {
  const fragment = doc.getXmlFragment(DOCUMENT_FIELD);
  const { blocks, clients } = blocksReached(doc, fragment, Y.decodeUpdate(update));
  const base = encodeBlocks(doc, blocks, clients);
  if (cost) Object.assign(cost, { items: base.items, fullCopy: false });
  const scratch = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(scratch, base.update);
    if (scratch.store.pendingStructs || scratch.store.pendingDs) {
      if (cost) cost.fullCopy = true; // not expected: every id the copy holds is complete
      return checkSuggestionUpdateByCopy(doc, update, actor);
    }
    const before = blocksById(scratch);
    Y.applyUpdate(scratch, update);
    if (scratch.store.pendingStructs || scratch.store.pendingDs) return MISSING;
    const after = blocksById(scratch);
    let taken: Set<string> | undefined;
    const takenUids = () => (taken ??= uidsIn(fragment));
    const asDoc = (node: PmNode | undefined): PmNode => ({ type: 'doc', content: node ? [node] : [] });
    for (const key of new Set([...before.keys(), ...after.keys()])) {
      const was = before.get(key);
      const now = after.get(key);
      if (was && now && JSON.stringify(was) === JSON.stringify(now)) continue;
      const verdict = isSuggestionOnlyChange(asDoc(was), asDoc(now), actor, takenUids);
      if (!verdict.ok) return verdict;
    }
    return { ok: true };
  } finally {
    scratch.destroy();
  }
}

const CRAFT_KEYS = ['bracket', 'altOf'].map((k) => Buffer.from(k));

/** Whether Yjs bytes mention a bracket mark or an alternative (format keys and attribute names are stored as plain UTF-8). */
export function mentionsCraft(bytes: Uint8Array): boolean {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return CRAFT_KEYS.some((k) => b.includes(k));
}
