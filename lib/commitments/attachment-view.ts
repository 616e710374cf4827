import type { ClauseAttachment } from '@/db/schema';
import type { BlockLabelRef } from '@/lib/i18n/block-label';
import type { ClauseRef } from './list-clauses';
import type { AttachmentKindName } from './kinds';

/** One attachment as the API and panels see it (dates as ISO strings). */
export interface AttachmentView {
  id: string;
  documentId: string;
  clauseKey: string;
  /** The clause's label, or "Removed clause" when the block is no longer in the saved draft. */
  clauseLabel: string;
  /** When the label is made up ("Paragraph n", "Removed clause"): its key, for the reader's language. */
  clauseLabelRef?: BlockLabelRef;
  clauseExists: boolean;
  kind: AttachmentKindName;
  text: string;
  party: { id: string; shortName: string; name: string; color: string } | null;
  dueAt: string | null;
  createdBy: { id: string; name: string } | null;
  createdAt: string;
  withdrawnAt: string | null;
  /** Whether the reader may withdraw it now (from lib/access). */
  canWithdraw: boolean;
}

export interface ViewContext {
  clauses: ClauseRef[];
  parties: { id: string; shortName: string; name: string; color: string }[];
  userName: (id: string) => string | undefined;
  canWithdraw: (row: ClauseAttachment) => boolean;
}

/** The key of a made-up clause label (or of "Removed clause" when the clause is gone), as `clauseLabelRef`. */
export function labelRefOf(clause: ClauseRef | undefined): { clauseLabelRef?: BlockLabelRef } {
  if (!clause) return { clauseLabelRef: { key: 'removed' } };
  return clause.labelRef ? { clauseLabelRef: clause.labelRef } : {};
}

/** Maps a stored row to its view. */
export function toAttachmentView(row: ClauseAttachment, ctx: ViewContext): AttachmentView {
  const clause = ctx.clauses.find((c) => c.key === row.clauseKey);
  const creatorName = row.createdBy ? ctx.userName(row.createdBy) : undefined;
  return {
    id: row.id,
    documentId: row.documentId,
    clauseKey: row.clauseKey,
    clauseLabel: clause?.label ?? 'Removed clause',
    ...labelRefOf(clause),
    clauseExists: !!clause,
    kind: row.kind,
    text: row.text,
    party: ctx.parties.find((p) => p.id === row.partyId) ?? null,
    dueAt: row.dueAt?.toISOString() ?? null,
    createdBy: row.createdBy ? { id: row.createdBy, name: creatorName ?? 'A former member' } : null,
    createdAt: row.createdAt.toISOString(),
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    canWithdraw: !row.withdrawnAt && ctx.canWithdraw(row),
  };
}
