import { pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { documents, negotiations, parties } from './negotiations';
import { users } from './users';

/**
 * Who holds the floor in a negotiation's session: one row per negotiation while someone speaks,
 * none when the chair has taken the floor back. `partyId` names the delegation speaking; null means
 * the mediation team has it. `documentId` is the agenda item (a shared draft) under discussion.
 */
export const negotiationFloor = pgTable('negotiation_floor', {
  negotiationId: uuid('negotiation_id')
    .primaryKey()
    .references(() => negotiations.id, { onDelete: 'cascade' }),
  partyId: uuid('party_id').references(() => parties.id, { onDelete: 'cascade' }),
  documentId: uuid('document_id')
    .notNull()
    .references(() => documents.id, { onDelete: 'cascade' }),
  givenBy: uuid('given_by').references(() => users.id, { onDelete: 'set null' }),
  givenAt: timestamp('given_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export type NegotiationFloorRow = typeof negotiationFloor.$inferSelect;
