import type { DocumentKind, MediationStyle, Role } from '@/lib/negotiations/terms';
import type { CraftRights } from '@/lib/editor/drafting-guard';
import { matrixDecision, type Action, type Decision } from './matrix';

export type { Action, Decision } from './matrix';

/** Who is acting, as read from the database for this request (never from the client). */
export interface Actor {
  userId: string;
  role: Role;
  partyId: string | null;
  isConvener: boolean;
}

export interface DocumentRef {
  kind: DocumentKind;
  partyId: string | null;
}

/** What an action is done to: the negotiation (its current style) and optionally a document. */
export interface Resource {
  style: MediationStyle;
  document?: DocumentRef;
}

export const DELEGATION_ROLES: readonly Role[] = ['lead_negotiator', 'delegation_member'];
export const MEDIATION_ROLES: readonly Role[] = ['lead_mediator', 'mediation_expert'];

/**
 * Whether this actor's team owns a private document: a delegation's caucus, the mediation team's
 * notes, or a bilateral channel (the mediation team and that one delegation).
 */
export function ownsPrivateDocument(actor: Actor, doc: DocumentRef): boolean {
  const ownDelegation = DELEGATION_ROLES.includes(actor.role) && actor.partyId !== null && actor.partyId === doc.partyId;
  if (doc.kind === 'caucus') return ownDelegation;
  if (doc.kind === 'bilateral') return doc.partyId !== null && (ownDelegation || MEDIATION_ROLES.includes(actor.role));
  if (doc.kind === 'mediator_private') return MEDIATION_ROLES.includes(actor.role);
  return false;
}

const TEXT_ACTIONS = new Set<Action>(['shared.read', 'shared.edit', 'shared.suggest', 'clause.insert', 'comment.create', 'export']);

/**
 * The one authorization decision, used by pages, route handlers and the collaboration server.
 * Private documents (caucus, mediator-private) are all-or-nothing for their owners and invisible
 * to everyone else, whatever the style; shared documents follow the matrix.
 */
export function decide(actor: Actor, action: Action, resource: Resource): Decision {
  const doc = resource.document;
  if (doc && doc.kind !== 'shared') {
    // Restoring a private document writes it (its owners' caucus.write) and saves a version.
    if (action === 'version.restore')
      return decide(actor, 'shared.edit', resource) === 'allow' ? matrixDecision(actor.role, resource.style, 'version.create') : 'deny';
    if (!TEXT_ACTIONS.has(action)) return matrixDecision(actor.role, resource.style, action);
    if (!ownsPrivateDocument(actor, doc)) return 'deny';
    const verb: Action = action === 'shared.read' || action === 'export' ? 'caucus.read' : 'caucus.write';
    return matrixDecision(actor.role, resource.style, verb);
  }
  // The convener runs the process whatever their role: members and the documents of the negotiation.
  if ((action === 'members.manage' || action === 'document.create') && actor.isConvener) return 'allow';
  return matrixDecision(actor.role, resource.style, action);
}

/** True only when the actor may do the action directly (not merely suggest it). */
export function can(actor: Actor, action: Action, resource: Resource): boolean {
  return decide(actor, action, resource) === 'allow';
}

export type DocumentAccess = 'write' | 'suggest' | 'read' | 'none';

/** How the editor and the websocket treat this actor on this document. */
export function documentAccess(actor: Actor, resource: Resource & { document: DocumentRef }): DocumentAccess {
  if (decide(actor, 'shared.read', resource) !== 'allow') return 'none';
  const edit = decide(actor, 'shared.edit', resource);
  if (edit === 'allow') return 'write';
  if (edit === 'suggest' || decide(actor, 'shared.suggest', resource) === 'allow') return 'suggest';
  return 'read';
}

/**
 * What a direct writer may undo of other parties' markings (checked on the socket and on restore):
 * bracket.clean covers a lead negotiator's own party only, the mediation team's every party.
 */
export function craftRights(actor: Actor, resource: Resource): CraftRights {
  const clean = decide(actor, 'bracket.clean', resource) === 'allow';
  return {
    partyId: actor.partyId,
    cleanBrackets: !clean ? 'none' : actor.partyId ? 'own' : 'any',
    mayCollapse: decide(actor, 'alternative.collapse', resource) === 'allow',
  };
}

/**
 * Whether a direct writer with `rights` may make `change` to a marking owned by party `ownerPartyId`
 * (checked per struct on the socket, lib/collab/craft-ownership.ts):
 *  - 'text': the words inside that party's bracket, or the content and attributes of its alternative;
 *  - 'extent': where its bracket starts or ends (lifting, moving, shrinking, widening);
 *  - 'alternative': deleting its alternative paragraph;
 *  - 'claim': placing a bracket or proposing an alternative in that party's name.
 * The owning party writes its own markings (lifting needs bracket.clean); the mediation team may
 * change any where the matrix gives it bracket.clean / alternative.collapse; nobody claims for another party.
 */
export function mayChangePartyMarking(
  rights: CraftRights,
  ownerPartyId: string | null,
  change: 'text' | 'extent' | 'alternative' | 'alternativeText' | 'claim',
): boolean {
  const own = ownerPartyId !== null && ownerPartyId === rights.partyId;
  switch (change) {
    case 'claim':
      return ownerPartyId === null || own;
    case 'text':
      return own || rights.cleanBrackets === 'any';
    case 'extent':
      return rights.cleanBrackets === 'any' || (own && rights.cleanBrackets === 'own');
    case 'alternative':
    case 'alternativeText':
      return own || rights.mayCollapse;
  }
}
