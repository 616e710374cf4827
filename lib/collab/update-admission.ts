import * as Y from 'yjs';
import type { CollabIdentity } from './authorize-upgrade';
import { checkCraftOwnership } from './craft-ownership';
import { checkSuggestionUpdate, mentionsCraft } from './suggest-guard';
import { checkUpdateLimits, type UpdateLimits } from './update-limits';

/** A well-formed edit this socket may not make (close 4422); nothing of it reaches the room. */
export class RefusedEdit extends Error {}

type Decoded = ReturnType<typeof Y.decodeUpdate>;

/** Client ids under which the update adds structs the document does not hold yet. */
export function writtenIds(doc: Y.Doc, decoded: Decoded): number[] {
  const written = new Set<number>();
  for (const s of decoded.structs) if (s.id.clock + s.length > Y.getState(doc.store, s.id.client)) written.add(s.id.client);
  return [...written];
}

/**
 * What a writer or a suggester may change, checked before the update touches the room: a writer
 * never another party's brackets or alternatives (by ownership, struct by struct; only checked
 * once the document holds any, `hasCraft`), a suggester only by suggestion marks. Cost grows with
 * the update, not the document.
 * @throws RefusedEdit
 */
export function checkEditRights(doc: Y.Doc, decoded: Decoded, payload: Uint8Array, identity: CollabIdentity, hasCraft: boolean): void {
  if (identity.access === 'write' && (hasCraft || mentionsCraft(payload))) {
    const verdict = checkCraftOwnership(doc, decoded, identity.guard);
    if (!verdict.ok) throw new RefusedEdit(verdict.reason);
  }
  if (identity.access === 'suggest') {
    const verdict = checkSuggestionUpdate(doc, payload, identity.guard);
    if (!verdict.ok) throw new RefusedEdit(verdict.reason);
  }
}

/**
 * Whether a salvaged part (foreign-ids.ts) may go in: within the limits and allowed to every one of
 * the users who contributed to it, checked like their own updates.
 */
export function salvageAllowed(
  doc: Y.Doc,
  update: Uint8Array,
  decoded: Decoded,
  identities: CollabIdentity[],
  limits: UpdateLimits,
): boolean {
  try {
    checkUpdateLimits(doc, decoded, limits);
    for (const identity of identities) {
      if (identity.access === 'read') return false;
      checkEditRights(doc, decoded, update, identity, true);
    }
    return true;
  } catch {
    return false;
  }
}
