import { bigserial, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { users } from './users';

/**
 * Sessions ended before their cookie expires (sign-out). A session is the `sid` claim of the
 * signed cookie; rows can go once `expiresAt` has passed, since the cookie is dead by then anyway.
 */
export const revokedSessions = pgTable(
  'revoked_sessions',
  {
    sessionId: uuid('session_id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('revoked_sessions_expires_idx').on(t.expiresAt)],
);

/**
 * Password sign-in attempts, for throttling (lib/auth/sign-in-throttle.ts). Keys are hashes: a
 * mistyped password in the email field must not end up stored. Rows older than the window go.
 */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    accountKey: text('account_key').notNull(),
    clientKey: text('client_key').notNull(),
    /** Set when the browser showed a device cookie of this account: its own bucket, never locked out by strangers. */
    deviceKey: text('device_key'),
    /** pending while the password is checked, then failure; successful attempts are deleted. */
    outcome: text('outcome', { enum: ['pending', 'failure'] })
      .notNull()
      .default('pending'),
    createdAt: createdAt(),
  },
  (t) => [
    index('sign_in_attempts_account_idx').on(t.accountKey, t.createdAt),
    index('sign_in_attempts_client_idx').on(t.clientKey, t.createdAt),
  ],
);
