import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { invitations, memberships, users } from '@/db/schema';
import { HttpError } from '@/lib/access/errors';
import { recordEvent } from '@/lib/audit/record-event';
import { hashPassword, MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { requireAcceptablePassword } from '@/lib/auth/password-policy';
import { reauthorizeMembers } from '@/lib/members/reauthorize';
import { findInvitationRow, invitationStatus } from './find-invitation';

/** Name + password for someone who has no usable account yet. */
export const zNewAccount = z.object({
  name: z.string().trim().min(2, 'Enter your name as colleagues know it.').max(120, 'Keep your name under 120 characters.'),
  password: z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`).max(200, 'Use at most 200 characters.'),
});
export const zAcceptInvitation = z.object({ name: z.string().optional(), password: z.string().optional() });

/**
 * Accepts an invitation. A person with a password must be signed in as the invited email; anyone
 * else sets a name and password here (the token proves they received the link).
 * @throws HttpError 404 unknown token, 410 used/expired, 401 sign-in needed, 403 signed in as someone else; ZodError.
 */
export async function acceptInvitation(db: Db, token: string, opts: { signedInUserId: string | null; name?: string; password?: string }) {
  const row = await findInvitationRow(db, token);
  const status = invitationStatus(row);
  if (status === 'accepted') throw new HttpError(410, 'This invitation has already been used. Sign in to open the negotiation.');
  if (status === 'expired') throw new HttpError(410, 'This invitation has expired. Ask the convener to send a new one.');
  const [existing] = await db.select().from(users).where(eq(users.email, row.email)).limit(1);
  let account: { name: string; passwordHash: string } | null = null;
  if (existing?.passwordHash) {
    if (!opts.signedInUserId) throw new HttpError(401, `Sign in as ${row.email} to accept this invitation.`);
    if (opts.signedInUserId !== existing.id)
      throw new HttpError(403, `This invitation is for ${row.email}. Sign out, then sign in with that address.`);
  } else {
    const data = zNewAccount.parse({ name: opts.name, password: opts.password });
    requireAcceptablePassword(data.password, { email: row.email, name: data.name });
    account = { name: data.name, passwordHash: await hashPassword(data.password) };
  }
  const result = await db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(invitations)
      .set({ acceptedAt: new Date() })
      .where(and(eq(invitations.id, row.id), isNull(invitations.acceptedAt)))
      .returning({ id: invitations.id });
    if (!claimed) throw new HttpError(410, 'This invitation has already been used. Sign in to open the negotiation.');
    let userId = existing?.id;
    if (!userId) {
      const [created] = await tx
        .insert(users)
        .values({ email: row.email, ...account! })
        .returning({ id: users.id });
      userId = created!.id;
    } else if (account) {
      await tx.update(users).set(account).where(eq(users.id, userId));
    }
    const inserted = await tx
      .insert(memberships)
      .values({ negotiationId: row.negotiationId, userId, role: row.role, partyId: row.partyId })
      .onConflictDoNothing()
      .returning({ id: memberships.id });
    if (inserted.length)
      await recordEvent(tx, {
        negotiationId: row.negotiationId,
        actorId: userId,
        action: 'member.join',
        targetType: 'membership',
        targetId: inserted[0]!.id,
        details: { role: row.role, partyId: row.partyId },
      });
    return { negotiationId: row.negotiationId, email: row.email, userId };
  });
  await reauthorizeMembers(row.negotiationId);
  return result;
}
