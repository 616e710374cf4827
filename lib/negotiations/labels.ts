import type { DayZero, DocumentKind, MediationStyle, Role, SignatoryRole } from '@/lib/negotiations/terms';
import type { DocumentAccess } from '@/lib/access/policy';

/** How each role is named in the interface (order = the order of role pickers). */
export const ROLE_LABELS: Record<Role, string> = {
  lead_negotiator: 'Lead negotiator',
  delegation_member: 'Delegation member',
  lead_mediator: 'Lead mediator',
  mediation_expert: 'Mediation expert',
  guarantor: 'Guarantor',
  technical_expert: 'Technical expert',
  observer: 'Observer',
};

/** Roles that sit with a delegation and therefore need a party. */
export const PARTY_ROLES: readonly Role[] = ['lead_negotiator', 'delegation_member'];

/** What a party is at the table (order = the order of the picker) and the placeholder it fills. */
export const SIGNATORY_ROLE_LABELS: Record<SignatoryRole, { label: string; hint: string }> = {
  government: { label: 'Government', hint: 'Fills {GOVERNMENT} in library clauses. At most one party.' },
  armed_movement: { label: 'Armed movement', hint: 'The first fills {MOVEMENT}; a second one fills {PARTY_C}.' },
  other_signatory: { label: 'Other signatory', hint: 'E.g. a political coalition or a further movement; fills {PARTY_C}.' },
  third_state: { label: 'Third state', hint: 'A state that signs as a party, e.g. a neighbour; fills {THIRD_STATE}.' },
};

/** The choices of "day zero": the event library deadlines run from. */
export const DAY_ZERO_LABELS: Record<DayZero, string> = {
  signature: 'Signature of the agreement',
  entry_into_force: 'Entry into force of the agreement',
};

export const STYLE_LABELS: Record<MediationStyle, string> = {
  facilitative: 'Facilitative',
  formulative: 'Formulative',
  power_based: 'Power-based',
};

/** One sentence per style, shown beside the style control. */
export const STYLE_HINTS: Record<MediationStyle, string> = {
  facilitative: 'The parties hold the pen; the mediation team supports the process.',
  formulative: 'The mediation team holds the single text; parties propose changes as suggestions.',
  power_based: 'As formulative, with deadlines, conditions and guarantors’ pledges.',
};

export const ACCESS_LABELS: Record<Exclude<DocumentAccess, 'none'>, string> = {
  write: 'Can edit',
  suggest: 'Suggest only',
  read: 'View and comment only',
};

/** The badge text for a document kind; caucus badges name the owning delegation. */
export function documentKindLabel(kind: DocumentKind, partyName?: string | null): string {
  if (kind === 'shared') return 'Shared draft';
  if (kind === 'caucus') return `Caucus — private to ${partyName ?? 'a delegation'}`;
  if (kind === 'bilateral') return `Bilateral — mediation team and ${partyName ?? 'one delegation'} only`;
  return 'Mediation team — private';
}

/** The caret colour for people who do not belong to a delegation. */
export const NEUTRAL_COLOR = '#0f766e';

/** Party colours: each has at least 4.5:1 contrast on white, and they differ in hue. */
export const PARTY_PALETTE = ['#1d4ed8', '#b45309', '#047857', '#7e22ce', '#be123c', '#0e7490'] as const;
