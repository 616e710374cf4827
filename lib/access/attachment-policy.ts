import type { ClauseAttachment } from '@/db/schema/drafting';
import type { MediationStyle } from '@/lib/negotiations/terms';
import { decide, type Action, type Actor } from './policy';

type AttachmentKindName = ClauseAttachment['kind'];

/** The matrix action that governs one kind of attachment: pledges are the guarantors', the rest the lead mediator's. */
export function attachmentAction(kind: AttachmentKindName): Action {
  return kind === 'pledge' ? 'pledge.attach' : 'deadline.set';
}

/** Whether the actor may attach this kind of commitment under the negotiation's current style. */
export function canAttach(actor: Actor, style: MediationStyle, kind: AttachmentKindName): boolean {
  return decide(actor, attachmentAction(kind), { style }) === 'allow';
}

/**
 * Withdrawing: the person who attached it (while they may still attach that kind) or whoever
 * holds 'deadline.set' (the lead mediator under power-based mediation). Under other styles
 * attachments are read-only for everyone.
 */
export function canWithdrawAttachment(
  actor: Actor,
  style: MediationStyle,
  attachment: { kind: AttachmentKindName; createdBy: string | null },
): boolean {
  if (decide(actor, 'deadline.set', { style }) === 'allow') return true;
  return attachment.createdBy === actor.userId && canAttach(actor, style, attachment.kind);
}
