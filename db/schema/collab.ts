import { bigint, bigserial, index, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea, createdAt, updatedAt } from './columns';
import { documents } from './negotiations';
import { users } from './users';

/** Append-only Yjs update log, attributed to the user whose connection sent it. */
export const docUpdates = pgTable(
  'doc_updates',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    update: bytea('update').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    /** Set when the row could not be loaded (e.g. written before the limits existed): kept, never applied. */
    quarantinedAt: timestamp('quarantined_at', { withTimezone: true }),
  },
  (t) => [index('doc_updates_document_idx').on(t.documentId, t.id)],
);

/** Compacted state of a document: every update with id <= upToUpdateId is merged in. */
export const docSnapshots = pgTable('doc_snapshots', {
  documentId: uuid('document_id')
    .primaryKey()
    .references(() => documents.id, { onDelete: 'cascade' }),
  state: bytea('state').notNull(),
  upToUpdateId: bigint('up_to_update_id', { mode: 'number' }).notNull(),
  updatedAt: updatedAt(),
});

/**
 * Which user first used each Yjs client id in a document (its structs or its presence slot):
 * written with the first batch after the claim, read when a room loads and by the catch-up, so a
 * client id stays its user's while they are away, across reloads, restarts and instances.
 */
export const docClientOwners = pgTable(
  'doc_client_owners',
  {
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    clientId: bigint('client_id', { mode: 'number' }).notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Order of claims, so the catch-up reads only those it has not seen. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.clientId] }), index('doc_client_owners_seq_idx').on(t.documentId, t.seq)],
);

export type DocUpdate = typeof docUpdates.$inferSelect;
