/**
 * Every action the activity trail knows: recordEvent accepts only these, and describeEvent must
 * have a sentence for each (its switch fails typecheck when one is missing). Stored rows keep
 * their text, so a name here is never renamed, only added.
 */
export const AUDIT_ACTIONS = [
  'negotiation.create',
  'style.change',
  'document.create',
  'document.export',
  'document.quarantined',
  /** Text edits, aggregated from the update log by list-events (never a row of its own). */
  'document.edit',
  'language.align',
  'member.invite',
  'member.join',
  'member.role_change',
  'member.remove',
  'status.ad_ref',
  'status.confirm',
  'status.withdraw',
  'status.set',
  'status.changed_after_agreement',
  'comment.create',
  'comment.resolve',
  'comment.reopen',
  'version.create',
  'version.restore',
  'clause.offer',
  'bracket.place',
  'bracket.clean',
  'alternative.propose',
  'alternative.collapse',
  'suggestion.accept',
  'suggestion.reject',
  'attachment.add',
  'attachment.withdraw',
  'floor.give',
  'floor.take_back',
  'text.release',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
