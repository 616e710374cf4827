import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships, parties, users } from '@/db/schema';
import { type Role } from '@/lib/negotiations/terms';
import { ACTIONS, type Action } from '@/lib/access/matrix';
import { can, documentAccess, type DocumentAccess } from '@/lib/access/policy';
import { listDocumentsFor, requireNegotiation } from '@/lib/access/scope';

export interface MemberView {
  id: string;
  userId: string;
  name: string;
  /** Only for people who manage members. */
  email: string | null;
  role: Role;
  partyId: string | null;
  isConvener: boolean;
}

/**
 * Everything a member sees on the negotiation overview: the negotiation, their own role and
 * permissions (from lib/access), parties, members and the documents they may open.
 * @throws AccessError 404 when the negotiation is unknown or the user is not a member.
 */
export async function getNegotiationOverview(db: Db, userId: string, negotiationId: string) {
  const scope = await requireNegotiation(db, userId, negotiationId);
  const { negotiation, actor } = scope;
  const resource = { style: negotiation.style };
  const permissions = Object.fromEntries(ACTIONS.map((a) => [a, can(actor, a, resource)])) as Record<Action, boolean>;
  const [partyRows, memberRows, docs] = await Promise.all([
    db.select().from(parties).where(eq(parties.negotiationId, negotiationId)).orderBy(asc(parties.position)),
    db
      .select({ m: memberships, name: users.name, email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.negotiationId, negotiationId))
      .orderBy(asc(memberships.createdAt), asc(users.name)),
    listDocumentsFor(db, scope),
  ]);
  const members: MemberView[] = memberRows.map(({ m, name, email }) => ({
    id: m.id,
    userId: m.userId,
    name,
    email: permissions['members.manage'] ? email : null,
    role: m.role,
    partyId: m.partyId,
    isConvener: m.isConvener,
  }));
  return {
    negotiation,
    me: {
      membershipId: memberRows.find((r) => r.m.userId === userId)?.m.id ?? null,
      role: actor.role,
      partyId: actor.partyId,
      isConvener: actor.isConvener,
      permissions,
    },
    parties: partyRows.map((p) => ({ id: p.id, name: p.name, shortName: p.shortName, color: p.color, role: p.role })),
    members,
    documents: docs.map((d) => ({
      id: d.id,
      title: d.title,
      kind: d.kind,
      partyId: d.partyId,
      access: documentAccess(actor, { ...resource, document: d }) as Exclude<DocumentAccess, 'none'>,
    })),
  };
}

export type NegotiationOverview = Awaited<ReturnType<typeof getNegotiationOverview>>;
