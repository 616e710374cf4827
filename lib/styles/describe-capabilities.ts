import type { DocumentKind } from '@/lib/negotiations/terms';
import type { Action, Decision } from '@/lib/access/matrix';
import { decide, type Actor, type Resource } from '@/lib/access/policy';

/** One thing a person might do here, the matrix's answer, and how to say it. */
export interface Capability {
  action: Action;
  decision: Decision;
  /** What the action is, as a verb phrase: "edit the text directly". */
  label: string;
  /** For 'suggest': what they can do instead. */
  suggestLabel?: string;
}

const PHRASES: Partial<Record<Action, { label: string; suggest?: string }>> = {
  'shared.edit': { label: 'edit the text directly', suggest: 'propose edits as suggestions for the pen-holder to accept' },
  'suggestion.review': { label: 'accept or reject other people’s suggestions' },
  'clause.insert': {
    label: 'insert clauses from the library',
    suggest: 'offer library clauses when the parties ask, or propose them as suggestions',
  },
  'bracket.place': { label: 'put square brackets around disputed text', suggest: 'propose brackets as suggestions' },
  'bracket.clean': { label: 'remove brackets once text is agreed' },
  'alternative.collapse': { label: 'collapse alternative wordings into one' },
  'status.party': { label: 'record your delegation’s ad referendum agreement to a clause' },
  'status.procedural': { label: 'mark clauses proposed, bracketed or parked' },
  'deadline.set': { label: 'set deadlines, incentives, guarantees and conditions on clauses' },
  'pledge.attach': { label: 'attach pledges to clauses' },
  'text.release': { label: 'release the mediation team’s text to the parties' },
  'comment.create': { label: 'comment on the text' },
  'version.create': { label: 'save named versions' },
  export: { label: 'download the text as a Word document' },
};

const SHARED_ACTIONS: Action[] = [
  'shared.edit',
  'suggestion.review',
  'clause.insert',
  'bracket.place',
  'bracket.clean',
  'alternative.collapse',
  'status.party',
  'status.procedural',
  'deadline.set',
  'pledge.attach',
  'comment.create',
  'version.create',
  'export',
];
const PRIVATE_ACTIONS: Action[] = ['shared.edit', 'comment.create', 'version.create', 'export'];

/**
 * What this person can, can only propose, and cannot do on this document under the current
 * style — every answer from lib/access decide(), so the explanation matches the enforcement.
 */
export function describeCapabilities(
  actor: Actor,
  resource: Resource & { document: { kind: DocumentKind; partyId: string | null } },
): Capability[] {
  const actions =
    resource.document.kind === 'shared'
      ? SHARED_ACTIONS
      : resource.document.kind === 'mediator_private' || resource.document.kind === 'bilateral'
        ? [...PRIVATE_ACTIONS, 'text.release' as const]
        : PRIVATE_ACTIONS;
  return actions.map((action) => {
    const phrase = PHRASES[action]!;
    const decision = decide(actor, action, resource);
    return { action, decision, label: phrase.label, ...(decision === 'suggest' && phrase.suggest ? { suggestLabel: phrase.suggest } : {}) };
  });
}
