import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';
import { dayZeroEnum, documentKindEnum, partyRoleEnum, roleEnum, styleEnum } from './enums';
import { users } from './users';

export const negotiations = pgTable('negotiations', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  style: styleEnum('style').notNull().default('facilitative'),
  /** Library deadlines run from this event: "within 30 days of {DAY_ZERO}". */
  dayZero: dayZeroEnum('day_zero').notNull().default('signature'),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A delegation at the table (government, armed movement, ...). */
export const parties = pgTable(
  'parties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    negotiationId: uuid('negotiation_id')
      .notNull()
      .references(() => negotiations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    /** Government, armed movement, other signatory or third state: fills the role placeholders. */
    role: partyRoleEnum('role').notNull().default('other_signatory'),
    /** `#rrggbb`: used for carets, brackets and suggestions. */
    color: text('color').notNull(),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('parties_negotiation_idx').on(t.negotiationId)],
);

export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    negotiationId: uuid('negotiation_id')
      .notNull()
      .references(() => negotiations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: roleEnum('role').notNull(),
    /** Set for delegation roles (lead negotiator, delegation member). */
    partyId: uuid('party_id').references(() => parties.id, { onDelete: 'cascade' }),
    isConvener: boolean('is_convener').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('memberships_negotiation_user_idx').on(t.negotiationId, t.userId), index('memberships_user_idx').on(t.userId)],
);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    negotiationId: uuid('negotiation_id')
      .notNull()
      .references(() => negotiations.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: roleEnum('role').notNull(),
    partyId: uuid('party_id').references(() => parties.id, { onDelete: 'cascade' }),
    /** SHA-256 of the token in the invitation link; the token itself is never stored. */
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('invitations_token_idx').on(t.tokenHash), index('invitations_negotiation_idx').on(t.negotiationId)],
);

export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    negotiationId: uuid('negotiation_id')
      .notNull()
      .references(() => negotiations.id, { onDelete: 'cascade' }),
    kind: documentKindEnum('kind').notNull().default('shared'),
    /** Owner delegation of a caucus document, the delegation of a bilateral channel; null otherwise. */
    partyId: uuid('party_id').references(() => parties.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    position: integer('position').notNull().default(0),
    /** Language of the document's text (BCP 47, e.g. "ar"); null: not stated. */
    language: text('language'),
    /** The shared draft this is a language version of (aligned provision by provision); null for an original. */
    versionOf: uuid('version_of').references((): AnyPgColumn => documents.id, { onDelete: 'cascade' }),
    /** Whether this language version is an authentic text (of equal force), not a working translation. */
    authentic: boolean('authentic').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('documents_negotiation_idx').on(t.negotiationId), index('documents_version_of_idx').on(t.versionOf)],
);

export type Negotiation = typeof negotiations.$inferSelect;
export type Party = typeof parties.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
export type DocumentRow = typeof documents.$inferSelect;
