import type { ClauseAttachment } from '@/db/schema/drafting';

/** The kinds of clause attachment (same list as the `attachment_kind` enum; no db import so panels can use it). */
export const ATTACHMENT_KIND_NAMES = ['deadline', 'incentive', 'guarantee', 'condition', 'pledge'] as const;
export type AttachmentKindName = (typeof ATTACHMENT_KIND_NAMES)[number];

// Compile-time check that this list and the database enum agree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const kindsMatch: Same<AttachmentKindName, ClauseAttachment['kind']> = true;
void kindsMatch;

/** Kinds a party gains from (in its favour) and kinds that bind it (what it concedes). */
export const GAIN_KINDS: readonly AttachmentKindName[] = ['incentive', 'guarantee', 'pledge'];
export const CONCEDE_KINDS: readonly AttachmentKindName[] = ['condition', 'deadline'];

/** How each kind is named in the interface. */
export const KIND_LABELS: Record<AttachmentKindName, string> = {
  deadline: 'Deadline',
  incentive: 'Incentive',
  guarantee: 'Guarantee',
  condition: 'Condition',
  pledge: 'Pledge',
};
