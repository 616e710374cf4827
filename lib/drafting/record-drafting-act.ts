import { z } from 'zod';
import type { Db } from '@/db/client';
import { forbidden } from '@/lib/access/errors';
import { decide, type Action } from '@/lib/access/policy';
import type { DocumentScope } from '@/lib/access/scope';
import { recordEvent } from '@/lib/audit/record-event';

/**
 * Drafting acts done in the editor and the matrix action each one needs. Collapsing alternatives
 * is not here: the server does it and logs it itself (collapse-alternatives.ts), so a client
 * cannot log a collapse that never reached the text.
 */
const ACTS = {
  'bracket.place': 'bracket.place',
  'bracket.clean': 'bracket.clean',
  'alternative.propose': 'bracket.place',
  'suggestion.accept': 'suggestion.review',
  'suggestion.reject': 'suggestion.review',
} as const satisfies Record<string, Action>;

export const zDraftingAct = z.object({
  act: z.enum(Object.keys(ACTS) as [keyof typeof ACTS, ...(keyof typeof ACTS)[]]),
  /** What the act was about, shown in the audit trail: quoted text, labels, suggestion author. */
  details: z
    .object({
      text: z.string().max(500).optional(),
      label: z.string().max(40).optional(),
      partyId: z.string().uuid().nullable().optional(),
      suggestionId: z.string().max(120).optional(),
      count: z.number().int().min(1).max(10_000).optional(),
    })
    .strict()
    .default({}),
});
export type DraftingAct = z.infer<typeof zDraftingAct>;

/**
 * Records a bracket, alternative or review act in the audit trail after checking the matrix: an
 * act the actor may not do (directly or as a suggestion) is refused with 403.
 */
export async function recordDraftingAct(db: Db, scope: DocumentScope, input: DraftingAct): Promise<void> {
  const decision = decide(scope.actor, ACTS[input.act], { style: scope.negotiation.style, document: scope.document });
  if (decision === 'deny') throw forbidden();
  await recordEvent(db, {
    negotiationId: scope.negotiation.id,
    actorId: scope.actor.userId,
    action: input.act,
    targetType: 'document',
    targetId: scope.document.id,
    details: { ...input.details, asSuggestion: decision === 'suggest' },
  });
}
