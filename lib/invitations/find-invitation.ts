import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { invitations, negotiations, parties, users, type Invitation } from '@/db/schema';
import { HttpError } from '@/lib/access/errors';
import { hashInvitationToken, isWellFormedToken } from './token';

export type InvitationStatus = 'open' | 'expired' | 'accepted';
/** none: no account yet · no_password: invited before, never set a password · ready: can sign in. */
export type AccountState = 'none' | 'no_password' | 'ready';

/** The stored invitation for a token. @throws HttpError 404 for unknown or malformed tokens. */
export async function findInvitationRow(db: Db, token: string): Promise<Invitation> {
  if (!isWellFormedToken(token)) throw new HttpError(404, 'This invitation link is not valid. Check that you copied all of it.');
  const [row] = await db
    .select()
    .from(invitations)
    .where(eq(invitations.tokenHash, hashInvitationToken(token)))
    .limit(1);
  if (!row) throw new HttpError(404, 'This invitation link is not valid. Check that you copied all of it.');
  return row;
}

export const invitationStatus = (row: Invitation, now = new Date()): InvitationStatus =>
  row.acceptedAt ? 'accepted' : row.expiresAt <= now ? 'expired' : 'open';

/**
 * What the holder of an invitation link may see before accepting: the negotiation's title, the
 * role offered and whether the invited email already has an account. The token is the credential.
 * @throws HttpError 404 for unknown tokens.
 */
export async function describeInvitation(db: Db, token: string) {
  const row = await findInvitationRow(db, token);
  const [negotiation] = await db
    .select({ id: negotiations.id, title: negotiations.title })
    .from(negotiations)
    .where(eq(negotiations.id, row.negotiationId));
  const [party] = row.partyId
    ? await db.select({ name: parties.name, color: parties.color }).from(parties).where(eq(parties.id, row.partyId))
    : [];
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.email, row.email));
  const account: AccountState = !user ? 'none' : user.passwordHash ? 'ready' : 'no_password';
  return {
    negotiation: { id: negotiation!.id, title: negotiation!.title },
    email: row.email,
    role: row.role,
    party: party ? { name: party.name, color: party.color } : null,
    expiresAt: row.expiresAt,
    status: invitationStatus(row),
    account,
  };
}
export type InvitationView = Awaited<ReturnType<typeof describeInvitation>>;
