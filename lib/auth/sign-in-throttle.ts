import { createHash } from 'node:crypto';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { signInAttempts } from '@/db/schema';
import { normalizeEmail } from './find-user';

/**
 * Failed sign-ins allowed per 15 minutes, per bucket. A browser that once signed in to the account
 * shows its device cookie and gets a bucket of its own, so strangers failing on the account can
 * never lock the real user out of a known browser. Strangers share three buckets: the account from
 * one client address (the limit of the acceptance test: the 11th failure is refused), one client
 * address across all accounts (password spraying), and the account from everywhere (a botnet) —
 * the last one high, so one attacker cannot reach it and lock the account for new browsers too.
 */
export const SIGN_IN_LIMITS = { windowMs: 15 * 60_000, perDevice: 10, perAccountAndClient: 10, perClient: 30, perAccount: 100 } as const;

/** Who is trying: the email typed, the client address (server.ts sets it), the device cookie's id if valid for this email. */
export interface SignInSource {
  email: string;
  client: string;
  deviceId: string | null;
}

export type AttemptTicket =
  { ok: true; id: number; accountKey: string; clientKey: string; deviceKey: string | null } | { ok: false; retryAfterS: number };

/** A stable, non-reversible key: typed emails (sometimes a password typed in the wrong field) are never stored. */
export const throttleKey = (kind: string, value: string) => createHash('sha256').update(`pactum:${kind}:${value}`).digest('base64url');

/**
 * Records a sign-in attempt before the password is checked and says whether it may go on. The
 * attempt is written first and then counted with every other pending or failed one, so parallel
 * guesses see each other and cannot slip past the limit together. Refused attempts are not kept.
 */
export async function beginSignInAttempt(db: Db, source: SignInSource): Promise<AttemptTicket> {
  const accountKey = throttleKey('account', normalizeEmail(source.email));
  const clientKey = throttleKey('client', source.client);
  const deviceKey = source.deviceId ? throttleKey('device', source.deviceId) : null;
  const L = SIGN_IN_LIMITS;
  const since = new Date(Date.now() - L.windowMs);
  await db.delete(signInAttempts).where(lt(signInAttempts.createdAt, since));
  const [row] = await db.insert(signInAttempts).values({ accountKey, clientKey, deviceKey }).returning({ id: signInAttempts.id });
  const id = row!.id;
  const t = signInAttempts;
  const bucket = (where: ReturnType<typeof sql>) => ({
    n: sql<number>`count(*) filter (where ${where})::int`,
    oldest: sql<Date | null>`min(${t.createdAt}) filter (where ${where})`,
  });
  const untrusted = sql`${t.deviceKey} is null`;
  const buckets = deviceKey
    ? { device: [bucket(sql`${t.accountKey} = ${accountKey} and ${t.deviceKey} = ${deviceKey}`), L.perDevice] as const }
    : {
        accountAndClient: [
          bucket(sql`${t.accountKey} = ${accountKey} and ${t.clientKey} = ${clientKey} and ${untrusted}`),
          L.perAccountAndClient,
        ] as const,
        client: [bucket(sql`${t.clientKey} = ${clientKey} and ${untrusted}`), L.perClient] as const,
        account: [bucket(sql`${t.accountKey} = ${accountKey} and ${untrusted}`), L.perAccount] as const,
      };
  const select = Object.fromEntries(
    Object.entries(buckets).flatMap(([name, [b]]) => [
      [`${name}N`, b.n],
      [`${name}Oldest`, b.oldest],
    ]),
  );
  const [counts] = await db
    .select(select as Record<string, ReturnType<typeof sql>>)
    .from(t)
    .where(and(sql`${t.createdAt} > ${since}`, sql`(${t.accountKey} = ${accountKey} or ${t.clientKey} = ${clientKey})`));
  let retryAfterS = 0;
  for (const [name, [, limit]] of Object.entries(buckets)) {
    // Counted with this attempt: the 11th within the window is the first one over a limit of 10.
    if (Number(counts![`${name}N`]) <= limit) continue;
    const oldest = counts![`${name}Oldest`] as Date | string | null;
    const frees = oldest ? new Date(oldest).getTime() + L.windowMs : Date.now() + L.windowMs;
    retryAfterS = Math.max(retryAfterS, Math.max(1, Math.ceil((frees - Date.now()) / 1000)));
  }
  if (retryAfterS > 0) {
    await db.delete(t).where(eq(t.id, id));
    return { ok: false, retryAfterS };
  }
  return { ok: true, id, accountKey, clientKey, deviceKey };
}

/**
 * Settles an attempt: a failure stays counted for the window; a success forgets it and the
 * failures of its own bucket (the real user is back); `void` (no password was checked, e.g. a
 * missing CSRF token) forgets just the attempt.
 */
export async function settleSignInAttempt(
  db: Db,
  ticket: Extract<AttemptTicket, { ok: true }>,
  outcome: 'failure' | 'success' | 'void',
): Promise<void> {
  const t = signInAttempts;
  if (outcome === 'failure') return void (await db.update(t).set({ outcome: 'failure' }).where(eq(t.id, ticket.id)));
  if (outcome === 'void') return void (await db.delete(t).where(eq(t.id, ticket.id)));
  const ownBucket = ticket.deviceKey
    ? and(eq(t.accountKey, ticket.accountKey), eq(t.deviceKey, ticket.deviceKey))
    : and(eq(t.accountKey, ticket.accountKey), eq(t.clientKey, ticket.clientKey), isNull(t.deviceKey));
  await db.delete(t).where(ownBucket);
}
