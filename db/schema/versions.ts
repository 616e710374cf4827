import { index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea, createdAt } from './columns';
import { documents } from './negotiations';
import { users } from './users';

/** A named, immutable copy of a document's Yjs state ("Mediator's text v3 — 14 Nov"). */
export const documentVersions = pgTable(
  'document_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    /** 1, 2, 3 … per document, in order of creation. */
    number: integer('number').notNull(),
    name: text('name').notNull(),
    /** Why it was taken: manual, status-change, restore, release. */
    reason: text('reason').notNull().default('manual'),
    state: bytea('state').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('document_versions_number_idx').on(t.documentId, t.number), index('document_versions_document_idx').on(t.documentId)],
);

export type DocumentVersion = typeof documentVersions.$inferSelect;
