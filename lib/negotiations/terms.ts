/**
 * The words of a negotiation: who takes part in what role, the mediation style, the kinds of
 * document. The database schema stores them (db/schema/enums.ts builds its enums from these
 * lists); the access matrix and the UI import them from here, never from db/.
 */

export const ROLES = [
  'lead_negotiator',
  'delegation_member',
  'lead_mediator',
  'mediation_expert',
  'guarantor',
  'technical_expert',
  'observer',
] as const;
export type Role = (typeof ROLES)[number];

export const STYLES = ['facilitative', 'formulative', 'power_based'] as const;
export type MediationStyle = (typeof STYLES)[number];

/**
 * shared: the drafts on the table · caucus: one delegation's private notes · mediator_private: the
 * mediation team's notes · bilateral: a channel between the mediation team and one delegation
 * (shuttle diplomacy), private to both.
 */
export const DOCUMENT_KINDS = ['shared', 'caucus', 'mediator_private', 'bilateral'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * What a party is at the table, which decides the role placeholders of library clauses:
 * {GOVERNMENT}, {MOVEMENT}, {PARTY_C} (another signatory, e.g. a second movement) and {THIRD_STATE}.
 */
export const SIGNATORY_ROLES = ['government', 'armed_movement', 'other_signatory', 'third_state'] as const;
export type SignatoryRole = (typeof SIGNATORY_ROLES)[number];

/** The event that library deadlines run from ("within 30 days of ..."), chosen per negotiation. */
export const DAY_ZERO_EVENTS = ['signature', 'entry_into_force'] as const;
export type DayZero = (typeof DAY_ZERO_EVENTS)[number];
