import type { ClauseStatus } from '@/db/schema';

export type ProceduralStatus = 'proposed' | 'bracketed' | 'parked';
export type PartyPosition = 'ad_ref' | 'confirmed';

export interface StatusInputs {
  procedural: ProceduralStatus;
  hasBracket: boolean;
  /** Every party of the negotiation. */
  partyIds: readonly string[];
  /** party id → its position on this clause (absent: no position). */
  positions: ReadonlyMap<string, PartyPosition>;
}

/**
 * The effective status of a clause: parked (set by the mediator) wins; then agreed when every
 * party confirmed, agreed ad referendum when every party at least agreed ad ref; then bracketed
 * (set by the mediator or a bracket in the text); otherwise proposed. No parties: never agreed.
 */
export function deriveStatus({ procedural, hasBracket, partyIds, positions }: StatusInputs): ClauseStatus {
  if (procedural === 'parked') return 'parked';
  if (partyIds.length > 0) {
    if (partyIds.every((id) => positions.get(id) === 'confirmed')) return 'agreed';
    if (partyIds.every((id) => positions.has(id))) return 'agreed_ad_ref';
  }
  if (procedural === 'bracketed' || hasBracket) return 'bracketed';
  return 'proposed';
}
