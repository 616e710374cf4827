import type { PmNode } from './to-json';
import type { GuardResult } from './suggestion-guard';

/** What a direct writer may undo of the negotiation's markings (from the matrix, per socket). */
export interface CraftRights {
  /** Their party's id, or null for the mediation team. */
  partyId: string | null;
  /** bracket.clean: any party's brackets (mediator), only their own party's, or none. */
  cleanBrackets: 'any' | 'own' | 'none';
  /** alternative.collapse: may delete other parties' alternatives. */
  mayCollapse: boolean;
}

interface Inventory {
  /** Bracketed characters per party (partyId → count), and each party's short name. */
  bracketed: Map<string, { chars: number; short: string }>;
  /** Alternative paragraphs ("altOf|label") and who proposed each. */
  alternatives: Map<string, { partyId: string | null; short: string }>;
}

function inventory(root: PmNode): Inventory {
  const inv: Inventory = { bracketed: new Map(), alternatives: new Map() };
  const walk = (node: PmNode) => {
    if (node.text !== undefined) {
      for (const m of node.marks ?? []) {
        if (m.type !== 'bracket') continue;
        const party = String(m.attrs?.partyId ?? '');
        const entry = inv.bracketed.get(party) ?? { chars: 0, short: String(m.attrs?.partyShort ?? '') };
        entry.chars += node.text.length;
        inv.bracketed.set(party, entry);
      }
      return;
    }
    const a = node.attrs ?? {};
    if (node.type === 'paragraph' && a.altOf) {
      inv.alternatives.set(`${String(a.altOf)}|${String(a.altLabel ?? '')}`, {
        partyId: (a.altParty as string | null) ?? null,
        short: String(a.altPartyShort ?? ''),
      });
    }
    node.content?.forEach(walk);
  };
  walk(root);
  return inv;
}

/**
 * Whether a direct writer's change leaves other parties' brackets and alternatives alone unless
 * the matrix lets them remove those. "Removing" a bracket is anything that leaves fewer characters
 * bracketed for a party (lifting the mark, or deleting the contested words): a bracket records a
 * party's objection, and only that party's lead or the mediator may withdraw it. Deleting an
 * alternative is collapsing, except for the party that proposed it (withdrawing its own).
 */
export function isCraftRespected(before: PmNode, after: PmNode, rights: CraftRights): GuardResult {
  const was = inventory(before);
  const now = inventory(after);
  for (const [party, { chars, short }] of was.bracketed) {
    if ((now.bracketed.get(party)?.chars ?? 0) >= chars) continue;
    const own = rights.partyId !== null && party === rights.partyId;
    if (rights.cleanBrackets === 'any' || (rights.cleanBrackets === 'own' && own)) continue;
    const who = short ? `${short}’s` : 'that';
    return {
      ok: false,
      reason: own
        ? 'Your role may not remove brackets; ask your lead negotiator.'
        : `Only the ${short || 'bracketing'} delegation’s lead or the mediator may remove ${who} bracket; propose an alternative instead.`,
    };
  }
  for (const [key, alt] of was.alternatives) {
    if (now.alternatives.has(key)) continue;
    if (rights.mayCollapse || (rights.partyId !== null && alt.partyId === rights.partyId)) continue;
    return { ok: false, reason: `Only the mediator may collapse alternatives; ${alt.short || 'another party'}’s alternative must stay.` };
  }
  return { ok: true };
}
