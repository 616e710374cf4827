import { index, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';
import { documents, parties } from './negotiations';
import { users } from './users';

/**
 * Clauses are the numbered provisions of a shared document (lib/status/clause-blocks.ts defines
 * them), keyed by their block's `uid` or Yjs item id: `clause_key` below. The effective statuses
 * are derived (lib/status/derive-status.ts), never stored.
 */
export const CLAUSE_STATUSES = ['proposed', 'partly_agreed', 'bracketed', 'changed', 'agreed_ad_ref', 'agreed', 'parked'] as const;
export type ClauseStatus = (typeof CLAUSE_STATUSES)[number];
/** What the mediator sets procedurally; ad ref and agreement come from the parties' positions. */
export const PROCEDURAL_STATUSES = ['proposed', 'bracketed', 'parked'] as const;
export const PARTY_POSITIONS = ['ad_ref', 'confirmed'] as const;
export const ATTACHMENT_KINDS = ['deadline', 'incentive', 'guarantee', 'condition', 'pledge'] as const;

export const proceduralStatusEnum = pgEnum('procedural_status', PROCEDURAL_STATUSES);
export const partyPositionEnum = pgEnum('party_position', PARTY_POSITIONS);
export const attachmentKindEnum = pgEnum('attachment_kind', ATTACHMENT_KINDS);

export const clauseStates = pgTable(
  'clause_states',
  {
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    clauseKey: text('clause_key').notNull(),
    status: proceduralStatusEnum('status').notNull().default('proposed'),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.clauseKey] })],
);

/**
 * A party's ad referendum acceptance of a clause, later confirmed; withdrawing deletes the row
 * (audited). The position is bound to the exact text the party agreed to (`agreed_hash`,
 * `agreed_text`); once the clause's text no longer matches, `changed_at` is set and the position
 * no longer counts until the party agrees again (lib/status/reconcile-agreements.ts).
 */
export const clausePartyPositions = pgTable(
  'clause_party_positions',
  {
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    clauseKey: text('clause_key').notNull(),
    partyId: uuid('party_id')
      .notNull()
      .references(() => parties.id, { onDelete: 'cascade' }),
    position: partyPositionEnum('position').notNull(),
    /** Fingerprint of the clause's words and marks when the party took this position (null: taken before binding existed). */
    agreedHash: text('agreed_hash'),
    /** The clause's text at that moment, for the "changed after agreement" difference. */
    agreedText: text('agreed_text'),
    /** When the text was found to differ from what the party agreed to (then the position no longer counts). */
    changedAt: timestamp('changed_at', { withTimezone: true, mode: 'date' }),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.clauseKey, t.partyId] })],
);

/** Power-based mediation: deadlines, incentives, guarantees, conditions and guarantors' pledges on a clause. */
export const clauseAttachments = pgTable(
  'clause_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    clauseKey: text('clause_key').notNull(),
    kind: attachmentKindEnum('kind').notNull(),
    /** The party it concerns (beneficiary of an incentive/guarantee, bound by a condition/deadline). */
    partyId: uuid('party_id').references(() => parties.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true, mode: 'date' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('clause_attachments_document_idx').on(t.documentId)],
);

/**
 * Comment threads. The anchor is a pair of Yjs relative positions (base64), which keep pointing at
 * the same text through edits, splits and concurrent changes without writing into the document —
 * so observers can comment although they have no write access.
 */
export const comments = pgTable(
  'comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    /** The first comment of a thread has threadId = its own id. */
    threadId: uuid('thread_id').notNull(),
    anchor: jsonb('anchor').$type<{ from: string; to: string; quote: string } | null>(),
    body: text('body').notNull(),
    mentions: jsonb('mentions').$type<string[]>().notNull().default([]),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true, mode: 'date' }),
    resolvedBy: uuid('resolved_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('comments_document_idx').on(t.documentId, t.createdAt), index('comments_thread_idx').on(t.threadId)],
);

export type ClauseState = typeof clauseStates.$inferSelect;
export type ClausePartyPosition = typeof clausePartyPositions.$inferSelect;
export type ClauseAttachment = typeof clauseAttachments.$inferSelect;
export type Comment = typeof comments.$inferSelect;
