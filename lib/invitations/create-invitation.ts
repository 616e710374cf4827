import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { invitations, memberships, parties, users } from '@/db/schema';
import { ROLES, type Role } from '@/lib/negotiations/terms';
import { HttpError } from '@/lib/access/errors';
import { requireNegotiation } from '@/lib/access/scope';
import { recordEvent } from '@/lib/audit/record-event';
import { PARTY_ROLES } from '@/lib/negotiations/labels';
import { hashInvitationToken, INVITATION_TTL_MS, newInvitationToken } from './token';

const zRoleFields = {
  role: z.enum(ROLES, 'Choose a role.'),
  partyId: z.uuid('Choose the delegation.').nullish(),
};
const needsParty = (d: { role: Role; partyId?: string | null }) => !PARTY_ROLES.includes(d.role) || !!d.partyId;
const partyIssue = { path: ['partyId'], message: 'Choose the delegation this person belongs to.' };
const keepParty = <T extends { role: Role; partyId?: string | null }>(d: T) => ({
  ...d,
  partyId: PARTY_ROLES.includes(d.role) ? d.partyId! : null,
});

/** Role + party, for role changes: delegation roles need a party, other roles get none. */
export const zRoleAndParty = z.object(zRoleFields).refine(needsParty, partyIssue).transform(keepParty);

/** An invitation: email + role (+ party for delegation roles). */
export const zCreateInvitation = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address.').max(320, 'That email address is too long.')),
    ...zRoleFields,
  })
  .refine(needsParty, partyIssue)
  .transform(keepParty);
export type CreateInvitationInput = z.output<typeof zCreateInvitation>;

/** Checks that a party id belongs to this negotiation. @throws HttpError 400. */
export async function assertPartyOf(db: Db, negotiationId: string, partyId: string | null): Promise<void> {
  if (!partyId) return;
  const [p] = await db
    .select({ id: parties.id })
    .from(parties)
    .where(and(eq(parties.id, partyId), eq(parties.negotiationId, negotiationId)));
  if (!p) throw new HttpError(400, 'That delegation is not part of this negotiation.');
}

/**
 * Invites a person by email. Returns the one-time token for the link (never stored, only its hash).
 * @throws AccessError 404/403 (needs `members.manage`); HttpError 409 when the person is already a member.
 */
export async function createInvitation(db: Db, userId: string, negotiationId: string, input: CreateInvitationInput) {
  await requireNegotiation(db, userId, negotiationId, 'members.manage');
  await assertPartyOf(db, negotiationId, input.partyId);
  const [member] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.negotiationId, negotiationId), eq(users.email, input.email)));
  if (member) throw new HttpError(409, 'This person is already a member of the negotiation.');
  const token = newInvitationToken();
  const invitation = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(invitations)
      .values({
        negotiationId,
        email: input.email,
        role: input.role,
        partyId: input.partyId,
        tokenHash: hashInvitationToken(token),
        invitedBy: userId,
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      })
      .returning();
    await recordEvent(tx, {
      negotiationId,
      actorId: userId,
      action: 'member.invite',
      targetType: 'invitation',
      targetId: row!.id,
      details: { email: input.email, role: input.role, partyId: input.partyId },
    });
    return row!;
  });
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    partyId: invitation.partyId,
    expiresAt: invitation.expiresAt,
    token,
  };
}
