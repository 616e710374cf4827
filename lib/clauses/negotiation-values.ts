import type { DayZero, SignatoryRole } from '@/lib/negotiations/terms';
import type { ClauseLanguage } from './clause-terms';

// Apart from placeholders.ts: the clause panel beside the editor shows these values on opening,
// and the placeholder catalogue is only needed once a clause is inserted.

/** What the clause tools know about the negotiation: its parties with their roles, and day zero. */
export interface NegotiationContext {
  parties: readonly { name: string; role: SignatoryRole }[];
  dayZero?: DayZero | null;
}

/** The phrase {DAY_ZERO} becomes, so a deadline reads "within 30 days of the signature of this Agreement". */
export const DAY_ZERO_PHRASES: Record<DayZero, string> = {
  signature: 'the signature of this Agreement',
  entry_into_force: 'the entry into force of this Agreement',
};

/**
 * The same phrases in the working translations' languages, each a noun phrase with its article,
 * as the translations expect (« à compter de {DAY_ZERO} », « في غضون 30 يومًا من {DAY_ZERO} »).
 */
export const TRANSLATED_DAY_ZERO_PHRASES: Record<ClauseLanguage, Record<DayZero, string>> = {
  fr: { signature: 'la signature du présent Accord', entry_into_force: 'l’entrée en vigueur du présent Accord' },
  ar: { signature: 'توقيع هذا الاتفاق', entry_into_force: 'بدء نفاذ هذا الاتفاق' },
};

/**
 * The values a negotiation gives to the role and day-zero placeholders, by role, never by the
 * order in which parties were entered: {GOVERNMENT} is the government, {MOVEMENT} the first armed
 * movement, {PARTY_C} the next signatory that is neither (a second movement or another
 * signatory), {THIRD_STATE} the first third state. A role nobody holds stays unfilled. Day zero
 * is phrased in `lang`, the language of the text being filled; party names stay as entered.
 */
export function negotiationValues(context: NegotiationContext, lang: 'en' | ClauseLanguage = 'en'): Record<string, string> {
  const values: Record<string, string> = {};
  const government = context.parties.find((p) => p.role === 'government');
  const movement = context.parties.find((p) => p.role === 'armed_movement');
  const partyC = context.parties.find((p) => p !== movement && (p.role === 'armed_movement' || p.role === 'other_signatory'));
  const thirdState = context.parties.find((p) => p.role === 'third_state');
  if (government) values.GOVERNMENT = government.name;
  if (movement) values.MOVEMENT = movement.name;
  if (partyC) values.PARTY_C = partyC.name;
  if (thirdState) values.THIRD_STATE = thirdState.name;
  if (context.dayZero) values.DAY_ZERO = (lang === 'en' ? DAY_ZERO_PHRASES : TRANSLATED_DAY_ZERO_PHRASES[lang])[context.dayZero];
  return values;
}
