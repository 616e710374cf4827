import { pgTable, text, timestamp, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** Null until an invited person sets a password through their invitation link. */
    passwordHash: text('password_hash'),
    /**
     * Sessions that began before this moment are over (sign out everywhere, password change).
     * Null: every unexpired, unrevoked session counts.
     */
    sessionsValidFrom: timestamp('sessions_valid_from', { withTimezone: true, mode: 'date' }),
    /** Interface language (lib/i18n/locales.ts); null: taken from the browser's Accept-Language. */
    locale: text('locale'),
    /** IANA time zone dates are shown in; null: UTC. */
    timeZone: text('time_zone'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_idx').on(t.email)],
);

export type User = typeof users.$inferSelect;
