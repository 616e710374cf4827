import { jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';
import { documents } from './negotiations';

/**
 * Where one provision of a language version stands against its counterparts: the fingerprints
 * (lib/status/clause-blocks.ts `hash`) of the counterpart provisions it was last aligned with,
 * and since when a counterpart has differed from them. A translator's "mark aligned" records the
 * counterparts' current fingerprints and clears `outOfStepSince`.
 */
export const provisionAlignments = pgTable(
  'provision_alignments',
  {
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    clauseKey: text('clause_key').notNull(),
    counterpartHashes: jsonb('counterpart_hashes').$type<Record<string, string>>().notNull().default({}),
    outOfStepSince: timestamp('out_of_step_since', { withTimezone: true, mode: 'date' }),
    alignedAt: timestamp('aligned_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    alignedBy: uuid('aligned_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.clauseKey] })],
);

export type ProvisionAlignment = typeof provisionAlignments.$inferSelect;
