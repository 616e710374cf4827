import type { ClauseStatus } from '@/db/schema';

export type ProceduralStatus = 'proposed' | 'bracketed' | 'parked';
export type PartyPosition = 'ad_ref' | 'confirmed';

export interface StatusInputs {
  procedural: ProceduralStatus;
  hasBracket: boolean;
  /** Anything else in the text that is not agreed yet: pending suggestions, open alternatives. */
  hasOpenMarks?: boolean;
  /** Every party of the negotiation. */
  partyIds: readonly string[];
  /** party id → its position on this clause, only where the clause still reads as the party agreed. */
  positions: ReadonlyMap<string, PartyPosition>;
  /** Whether some party agreed to a text that has since changed (its position no longer counts). */
  changed?: boolean;
}

/**
 * The effective status of a clause: parked (set by the mediator) wins; then "changed after
 * agreement" while a party's agreement points at words the clause no longer holds; then agreed
 * when every party confirmed these very words, agreed ad referendum when every party at least
 * agreed ad ref — never while the text holds brackets, suggestions or alternatives; then
 * bracketed (set by the mediator, or marks in the text); partly agreed when some party agreed;
 * otherwise proposed. No parties: never agreed.
 */
export function deriveStatus({
  procedural,
  hasBracket,
  hasOpenMarks = false,
  partyIds,
  positions,
  changed = false,
}: StatusInputs): ClauseStatus {
  if (procedural === 'parked') return 'parked';
  if (changed) return 'changed';
  const clean = !hasBracket && !hasOpenMarks;
  if (clean && partyIds.length > 0) {
    if (partyIds.every((id) => positions.get(id) === 'confirmed')) return 'agreed';
    if (partyIds.every((id) => positions.has(id))) return 'agreed_ad_ref';
  }
  if (procedural === 'bracketed' || !clean) return 'bracketed';
  if (partyIds.some((id) => positions.has(id))) return 'partly_agreed';
  return 'proposed';
}
