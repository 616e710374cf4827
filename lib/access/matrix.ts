import type { MediationStyle, Role } from '@/lib/negotiations/terms';

/** allow: do it directly · suggest: only as a proposal someone else accepts · deny: not at all. */
export type Decision = 'allow' | 'suggest' | 'deny';

export const ACTIONS = [
  'negotiation.read',
  'shared.read',
  'shared.edit',
  'shared.suggest',
  'suggestion.review',
  'clause.insert',
  'bracket.place',
  'bracket.clean',
  'alternative.collapse',
  'status.party',
  'status.procedural',
  'comment.create',
  'caucus.read',
  'caucus.write',
  'text.release',
  'deadline.set',
  'pledge.attach',
  'version.create',
  'version.restore',
  'members.manage',
  'document.create',
  'style.change',
  'export',
  'audit.read',
  'floor.give',
] as const;
export type Action = (typeof ACTIONS)[number];

/** A cell: one decision for every style, or [facilitative, formulative, power-based]. */
type Cell = Decision | readonly [Decision, Decision, Decision];

const A = 'allow';
const S = 'suggest';
const D = 'deny';

/**
 * THE permission matrix (role × mediation style × action), after the domain brief §4.
 * Facilitative: parties hold the pen, the mediator runs the process and offers clauses on request.
 * Formulative: the mediator holds the single text; parties propose changes as suggestions.
 * Power-based: formulative plus deadlines, conditions and guarantors' pledges.
 * Caucus rows say who may have a caucus at all; which caucus is decided in policy.ts by ownership.
 * Giving the floor is chairing the session: the lead mediator's in every style.
 * Restoring a version rewrites the text: only direct editors (shared.edit) who may also save versions.
 */
export const MATRIX: Record<Action, Record<Role, Cell>> = {
  //                      lead neg.        del. member      lead mediator    med. expert  guarantor        tech. expert  observer
  'negotiation.read': {
    lead_negotiator: A,
    delegation_member: A,
    lead_mediator: A,
    mediation_expert: A,
    guarantor: A,
    technical_expert: A,
    observer: A,
  },
  'shared.read': {
    lead_negotiator: A,
    delegation_member: A,
    lead_mediator: A,
    mediation_expert: A,
    guarantor: A,
    technical_expert: A,
    observer: A,
  },
  'shared.edit': {
    lead_negotiator: [A, S, S],
    delegation_member: [A, S, S],
    lead_mediator: [D, A, A],
    mediation_expert: S,
    guarantor: D,
    technical_expert: S,
    observer: D,
  },
  'shared.suggest': {
    lead_negotiator: A,
    delegation_member: A,
    lead_mediator: [D, A, A],
    mediation_expert: A,
    guarantor: D,
    technical_expert: A,
    observer: D,
  },
  'suggestion.review': {
    lead_negotiator: [A, D, D],
    delegation_member: D,
    lead_mediator: [D, A, A],
    mediation_expert: D,
    guarantor: D,
    technical_expert: D,
    observer: D,
  },
  'clause.insert': {
    lead_negotiator: [A, S, S],
    delegation_member: [A, S, S],
    lead_mediator: [S, A, A],
    mediation_expert: S,
    guarantor: D,
    technical_expert: S,
    observer: D,
  },
  'bracket.place': {
    lead_negotiator: A,
    delegation_member: S,
    lead_mediator: A,
    mediation_expert: D,
    guarantor: D,
    technical_expert: D,
    observer: D,
  },
  'bracket.clean': {
    lead_negotiator: A,
    delegation_member: D,
    lead_mediator: A,
    mediation_expert: D,
    guarantor: D,
    technical_expert: D,
    observer: D,
  },
  'alternative.collapse': {
    lead_negotiator: D,
    delegation_member: D,
    lead_mediator: A,
    mediation_expert: D,
    guarantor: D,
    technical_expert: D,
    observer: D,
  },
  'status.party': {
    lead_negotiator: A,
    delegation_member: D,
    lead_mediator: D,
    mediation_expert: D,
    guarantor: D,
    technical_expert: D,
    observer: D,
  },
  'status.procedural': {
    lead_negotiator: D,
    delegation_member: D,
    lead_mediator: A,
    mediation_expert: D,
    guarantor: D,
    technical_expert: D,
    observer: D,
  },
  'comment.create': {
    lead_negotiator: A,
    delegation_member: A,
    lead_mediator: A,
    mediation_expert: A,
    guarantor: A,
    technical_expert: A,
    observer: A,
  },
  'caucus.read': {
    lead_negotiator: A,
    delegation_member: A,
    lead_mediator: A,
    mediation_expert: A,
    guarantor: D,
    technical_expert: D,
    observer: D,
  },
  'caucus.write': {
    lead_negotiator: A,
    delegation_member: A,
    lead_mediator: A,
    mediation_expert: A,
    guarantor: D,
    technical_expert: D,
    observer: D,
  },
  'text.release': {
    lead_negotiator: D,
    delegation_member: D,
    lead_mediator: A,
    mediation_expert: D,
    guarantor: D,
    technical_expert: D,
    observer: D,
  },
  'deadline.set': {
    lead_negotiator: D,
    delegation_member: D,
    lead_mediator: [D, D, A],
    mediation_expert: D,
    guarantor: D,
    technical_expert: D,
    observer: D,
  },
  'pledge.attach': {
    lead_negotiator: D,
    delegation_member: D,
    lead_mediator: [D, D, A],
    mediation_expert: D,
    guarantor: [D, D, A],
    technical_expert: D,
    observer: D,
  },
  'version.create': {
    lead_negotiator: A,
    delegation_member: D,
    lead_mediator: A,
    mediation_expert: A,
    guarantor: D,
    technical_expert: D,
    observer: D,
  },
  'version.restore': {
    lead_negotiator: [A, D, D],
    delegation_member: D,
    lead_mediator: [D, A, A],
    mediation_expert: D,
    guarantor: D,
    technical_expert: D,
    observer: D,
  },
  'members.manage': {
    lead_negotiator: D,
    delegation_member: D,
    lead_mediator: A,
    mediation_expert: D,
    guarantor: D,
    technical_expert: D,
    observer: D,
  },
  'document.create': {
    lead_negotiator: D,
    delegation_member: D,
    lead_mediator: A,
    mediation_expert: D,
    guarantor: D,
    technical_expert: D,
    observer: D,
  },
  'style.change': {
    lead_negotiator: D,
    delegation_member: D,
    lead_mediator: A,
    mediation_expert: D,
    guarantor: D,
    technical_expert: D,
    observer: D,
  },
  export: {
    lead_negotiator: A,
    delegation_member: A,
    lead_mediator: A,
    mediation_expert: A,
    guarantor: A,
    technical_expert: A,
    observer: D,
  },
  'audit.read': {
    lead_negotiator: A,
    delegation_member: A,
    lead_mediator: A,
    mediation_expert: A,
    guarantor: A,
    technical_expert: D,
    observer: D,
  },
  'floor.give': {
    lead_negotiator: D,
    delegation_member: D,
    lead_mediator: A,
    mediation_expert: D,
    guarantor: D,
    technical_expert: D,
    observer: D,
  },
};

const STYLE_INDEX: Record<MediationStyle, 0 | 1 | 2> = { facilitative: 0, formulative: 1, power_based: 2 };

/** The raw matrix cell for one role, style and action. */
export function matrixDecision(role: Role, style: MediationStyle, action: Action): Decision {
  const cell = MATRIX[action][role];
  return typeof cell === 'string' ? cell : cell[STYLE_INDEX[style]];
}
