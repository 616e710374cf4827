import * as Y from 'yjs';
import { mayChangePartyMarking } from '@/lib/access/policy';
import type { CraftRights } from '@/lib/editor/drafting-guard';

type Decoded = ReturnType<typeof Y.decodeUpdate>;
type Verdict = { ok: true } | { ok: false; reason: string };
interface BracketValue {
  partyId?: unknown;
  partyShort?: unknown;
}

const isBracketKey = (key: string) => key === 'bracket' || key.startsWith('bracket--');
const idKey = (id: Y.ID) => `${id.client}:${id.clock}`;

/**
 * Checks, struct by struct, that a direct writer's update changes another party's markings only
 * where lib/access allows: the words inside a party's bracket, the bracket's extent (its start and
 * end formats), and the party's alternatives (the paragraph, its attributes and its text). A
 * same-length rewrite, a moved bracket, and an alternative deleted and recreated under the same
 * label all touch structs owned by the party, so they are refused by ownership, not by counting.
 * Cost grows with the update: each new or deleted struct looks at its ancestors (≤ the type depth
 * limit) and, for text, walks left within its own paragraph to the nearest bracket formats; a
 * deleted element is walked through (that is what the deletion removes).
 */
export function checkCraftOwnership(doc: Y.Doc, update: Decoded, rights: CraftRights): Verdict {
  const refuse = (reason: string): Verdict => ({ ok: false, reason });
  const newItems = new Map<number, Y.Item[]>(); // per client, in clock order
  const newAttrs = new Map<string, Map<string, unknown>>(); // new element id → attributes set in this update
  for (const s of update.structs) {
    if (!(s instanceof Y.Item)) continue;
    const list = newItems.get(s.id.client) ?? [];
    list.push(s);
    newItems.set(s.id.client, list);
  }
  const findNew = (id: Y.ID): Y.Item | null => {
    for (const s of newItems.get(id.client) ?? []) if (id.clock >= s.id.clock && id.clock < s.id.clock + s.length) return s;
    return null;
  };
  const findOld = (id: Y.ID): Y.Item | null => {
    if (id.clock >= Y.getState(doc.store, id.client)) return null;
    const s = Y.getItem(doc.store, id);
    return s instanceof Y.Item ? s : null;
  };
  /** Parent of a new item: an existing type, a new item (its ContentType), or null (root / unknown). */
  const parentOf = (s: Y.Item, hops = 0): { type: Y.AbstractType<unknown> } | { item: Y.Item } | null => {
    if (hops > 10_000) return null;
    if (typeof s.parent === 'string') return null;
    if (s.parent instanceof Y.ID) {
      const n = findNew(s.parent);
      if (n) return { item: n };
      const o = findOld(s.parent);
      return o?.content instanceof Y.ContentType ? { type: o.content.type as Y.AbstractType<unknown> } : null;
    }
    if (s.parent instanceof Y.AbstractType) return { type: s.parent };
    const neighbour = s.origin ?? s.rightOrigin;
    if (!neighbour) return null;
    const n = findNew(neighbour);
    if (n) return parentOf(n, hops + 1);
    const o = findOld(neighbour);
    return o?.parent instanceof Y.AbstractType ? { type: o.parent } : null;
  };
  for (const s of update.structs) {
    if (!(s instanceof Y.Item) || typeof s.parentSub !== 'string' || !(s.content instanceof Y.ContentAny)) continue;
    const p = parentOf(s);
    if (p && 'item' in p) {
      const attrs = newAttrs.get(idKey(p.item.id)) ?? new Map<string, unknown>();
      attrs.set(s.parentSub, s.content.arr[0]);
      newAttrs.set(idKey(p.item.id), attrs);
    }
  }

  /** The alternative owner (altParty) of an element, existing or new; undefined when it is none. */
  const altOwner = (el: { type: Y.AbstractType<unknown> } | { item: Y.Item }): { party: string | null; short: string } | undefined => {
    if ('type' in el) {
      if (!(el.type instanceof Y.XmlElement) || !el.type.getAttribute('altOf')) return undefined;
      return {
        party: (el.type.getAttribute('altParty') as string | undefined) ?? null,
        short: String(el.type.getAttribute('altPartyShort') ?? ''),
      };
    }
    const attrs = newAttrs.get(idKey(el.item.id));
    if (!attrs?.get('altOf')) return undefined;
    return { party: (attrs.get('altParty') as string | null | undefined) ?? null, short: String(attrs.get('altPartyShort') ?? '') };
  };
  const altRefusal = (short: string) =>
    refuse(`Only the ${short || 'proposing'} delegation or the mediator may change ${short ? `${short}’s` : 'that'} alternative.`);
  /** The first alternative among an existing type and its ancestors that this writer may not change. */
  const guardedAltAbove = (type: Y.AbstractType<unknown> | null, change: 'alternative' | 'alternativeText'): string | null => {
    for (let t = type, n = 0; t && n < 64; t = (t._item?.parent as Y.AbstractType<unknown> | null) ?? null, n++) {
      const owner = altOwner({ type: t });
      if (owner && !mayChangePartyMarking(rights, owner.party, change)) return owner.short;
    }
    return null;
  };
  /** Brackets active just after `item` (walking left within its text to the nearest format of each key). */
  const bracketsAfter = (item: Y.Item | null): BracketValue[] => {
    const seen = new Set<string>();
    const active: BracketValue[] = [];
    for (let i = item; i; i = i.left) {
      if (i.deleted || !(i.content instanceof Y.ContentFormat) || !isBracketKey(i.content.key) || seen.has(i.content.key)) continue;
      seen.add(i.content.key);
      if (i.content.value) active.push(i.content.value as BracketValue);
    }
    return active;
  };
  const bracketRefusal = (b: BracketValue) => {
    const short = typeof b.partyShort === 'string' ? b.partyShort : '';
    return refuse(
      `Only the ${short || 'bracketing'} delegation’s lead or the mediator may change ${short ? `${short}’s` : 'that'} bracket or the words inside it; propose an alternative instead.`,
    );
  };
  const partyOf = (b: BracketValue) => (typeof b.partyId === 'string' ? b.partyId : null);

  // New structs.
  for (const s of update.structs) {
    if (!(s instanceof Y.Item) || s.id.clock + s.length <= Y.getState(doc.store, s.id.client)) continue;
    const c = s.content;
    if (typeof s.parentSub === 'string' && s.parentSub === 'altParty' && c instanceof Y.ContentAny) {
      const party = (c.arr[0] as string | null | undefined) ?? null;
      if (!mayChangePartyMarking(rights, party, 'claim')) return refuse('An alternative can only be proposed for your own party.');
    }
    if (c instanceof Y.ContentFormat && isBracketKey(c.key) && c.value) {
      if (!mayChangePartyMarking(rights, partyOf(c.value as BracketValue), 'claim'))
        return refuse('A bracket can only be placed on behalf of your own party.');
    }
    const parent = parentOf(s);
    if (!parent) continue;
    if ('item' in parent) {
      // Inside an element created by this update: only the new element's own claim matters (checked above) —
      // unless that new element itself sits in an existing alternative.
      let top: Y.Item = parent.item;
      for (let n = 0; n < 64; n++) {
        const up = parentOf(top);
        if (!up) break;
        if ('type' in up) {
          const short = guardedAltAbove(up.type, 'alternativeText');
          if (short !== null) return altRefusal(short);
          break;
        }
        top = up.item;
      }
      continue;
    }
    const short = guardedAltAbove(parent.type, 'alternativeText');
    if (short !== null) return altRefusal(short);
    if (!(parent.type instanceof Y.XmlText) || typeof s.parentSub === 'string') continue;
    // Where it lands: just after its origin (following origins through this update's own structs).
    let anchor: Y.Item | null = null;
    for (let o = s.origin, n = 0; o && n < 10_000; n++) {
      const nw = findNew(o);
      if (!nw) {
        anchor = findOld(o);
        break;
      }
      o = nw.origin;
    }
    if (!anchor) continue;
    for (const b of bracketsAfter(anchor)) if (!mayChangePartyMarking(rights, partyOf(b), 'text')) return bracketRefusal(b);
  }

  // Deletions.
  const checkDeleted = (item: Y.Item): Verdict | null => {
    const c = item.content;
    const parent = item.parent instanceof Y.AbstractType ? item.parent : null;
    if (c instanceof Y.ContentType) {
      const own = altOwner({ type: c.type as Y.AbstractType<unknown> });
      if (own && !mayChangePartyMarking(rights, own.party, 'alternative')) return altRefusal(own.short);
    }
    const short = guardedAltAbove(parent, 'alternativeText');
    if (short !== null) return altRefusal(short);
    if (!(parent instanceof Y.XmlText) || typeof item.parentSub === 'string') return null;
    if (c instanceof Y.ContentFormat) {
      if (!isBracketKey(c.key)) return null;
      let owner = c.value as BracketValue | null;
      if (!owner)
        for (let i = item.left; i && !owner; i = i.left)
          if (!i.deleted && i.content instanceof Y.ContentFormat && i.content.key === c.key)
            owner = (i.content.value as BracketValue | null) ?? {};
      if (owner && owner.partyId !== undefined && !mayChangePartyMarking(rights, partyOf(owner), 'extent')) return bracketRefusal(owner);
      return null;
    }
    for (const b of bracketsAfter(item.left)) {
      const ownParty = partyOf(b) !== null && partyOf(b) === rights.partyId;
      if (!mayChangePartyMarking(rights, partyOf(b), ownParty ? 'extent' : 'text')) return bracketRefusal(b);
    }
    return null;
  };
  const walkDeletedType = (type: Y.AbstractType<unknown>, budget: { n: number }): Verdict | null => {
    for (let i = type._start; i; i = i.right) {
      if (i.deleted) continue;
      if (--budget.n < 0) return refuse('This deletion is too large to check; delete in smaller parts.');
      const v = checkDeleted(i);
      if (v) return v;
      if (i.content instanceof Y.ContentType) {
        const w = walkDeletedType(i.content.type as Y.AbstractType<unknown>, budget);
        if (w) return w;
      }
    }
    for (const i of (type._map as Map<string, Y.Item>).values()) {
      if (i.deleted) continue;
      const v = checkDeleted(i);
      if (v) return v;
    }
    return null;
  };
  const budget = { n: 200_000 };
  for (const [client, ranges] of update.ds.clients) {
    const structs = doc.store.clients.get(client);
    if (!structs) continue;
    for (const r of ranges) {
      const end = r.clock + r.len;
      let idx = Y.findIndexSS(structs, r.clock);
      for (let s = structs[idx]; s && s.id.clock < end; s = structs[++idx]) {
        if (!(s instanceof Y.Item) || s.deleted) continue;
        const v = checkDeleted(s);
        if (v) return v;
        if (s.content instanceof Y.ContentType) {
          const w = walkDeletedType(s.content.type as Y.AbstractType<unknown>, budget);
          if (w) return w;
        }
      }
    }
  }
  return { ok: true };
}
