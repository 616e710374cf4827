import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { clauseAttachments, memberships, parties, users } from '@/db/schema';
import { canWithdrawAttachment } from '@/lib/access/attachment-policy';
import { requireDocument } from '@/lib/access/scope';
import type { MediationStyle } from '@/lib/negotiations/terms';
import { toAttachmentView, type AttachmentView } from './attachment-view';
import { ATTACHMENT_KIND_NAMES, type AttachmentKindName } from './kinds';
import { loadClauses, type ClauseRef } from './list-clauses';
import { attachRefusal } from './style-refusal';

const READ_ONLY_ROLE = 'The lead mediator attaches commitments, and guarantors attach pledges; you can read them here.';
const SHARED_ONLY = 'Commitments are attached to clauses of shared drafts only.';

/** Why the reader cannot add commitments, as a code the panel says in the reader's language (messages/*.json `commitmentsReadOnly`). */
export type ReadOnlyCause = { code: 'sharedOnly' } | { code: 'role' } | { code: 'style'; style: MediationStyle };

export interface DocumentAttachments {
  documentId: string;
  /** Clauses of the saved draft, for the "attach to" picker. */
  clauses: ClauseRef[];
  attachments: AttachmentView[];
  /** Kinds the reader may add now (empty when read-only). */
  canAdd: AttachmentKindName[];
  /** Why the reader cannot add anything, in plain English words (API readers, logs); null when they can add at least one kind. */
  readOnlyReason: string | null;
  /** The same reason as a code, for the interface to say in the reader's language. */
  readOnly: ReadOnlyCause | null;
}

/**
 * A shared draft's commitments (withdrawn ones included, marked), oldest first, with what the
 * reader may do. Private documents carry none.
 * @throws AccessError 404 when the document is not visible to the user.
 */
export async function listAttachments(db: Db, userId: string, documentId: string): Promise<DocumentAttachments> {
  const scope = await requireDocument(db, userId, documentId);
  const { document, negotiation, actor } = scope;
  if (document.kind !== 'shared') {
    return { documentId, clauses: [], attachments: [], canAdd: [], readOnlyReason: SHARED_ONLY, readOnly: { code: 'sharedOnly' } };
  }
  const [clauses, rows, partyRows] = await Promise.all([
    loadClauses(db, scope),
    db.select().from(clauseAttachments).where(eq(clauseAttachments.documentId, documentId)).orderBy(asc(clauseAttachments.createdAt)),
    db
      .select({ id: parties.id, shortName: parties.shortName, name: parties.name, color: parties.color })
      .from(parties)
      .where(eq(parties.negotiationId, negotiation.id))
      .orderBy(asc(parties.position)),
  ]);
  const creatorIds = [...new Set(rows.flatMap((r) => (r.createdBy ? [r.createdBy] : [])))];
  // Names only of people who are (still) members of this negotiation.
  const names = creatorIds.length
    ? await db
        .select({ id: users.id, name: users.name, negotiationId: memberships.negotiationId })
        .from(users)
        .innerJoin(memberships, eq(memberships.userId, users.id))
        .where(inArray(users.id, creatorIds))
    : [];
  const nameOf = (id: string) => names.find((n) => n.id === id && n.negotiationId === negotiation.id)?.name;
  const canAdd = ATTACHMENT_KIND_NAMES.filter((k) => attachRefusal(actor, negotiation.style, k) === null);
  const { style } = negotiation;
  const readOnly: ReadOnlyCause | null = canAdd.length ? null : style === 'power_based' ? { code: 'role' } : { code: 'style', style };
  return {
    documentId,
    clauses,
    attachments: rows.map((r) =>
      toAttachmentView(r, {
        clauses,
        parties: partyRows,
        userName: nameOf,
        canWithdraw: (row) => canWithdrawAttachment(actor, negotiation.style, row),
      }),
    ),
    canAdd,
    readOnlyReason: canAdd.length ? null : style === 'power_based' ? READ_ONLY_ROLE : attachRefusal(actor, style, 'deadline'),
    readOnly,
  };
}
