import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships, negotiations, parties } from '@/db/schema';

/** The negotiations a user belongs to, with their role and delegation in each (their own rows only). */
export async function listMyNegotiations(db: Db, userId: string) {
  const rows = await db
    .select({
      id: negotiations.id,
      title: negotiations.title,
      description: negotiations.description,
      style: negotiations.style,
      role: memberships.role,
      isConvener: memberships.isConvener,
      partyName: parties.name,
      partyColor: parties.color,
    })
    .from(memberships)
    .innerJoin(negotiations, eq(negotiations.id, memberships.negotiationId))
    .leftJoin(parties, eq(parties.id, memberships.partyId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(negotiations.title));
  return rows;
}
export type MyNegotiation = Awaited<ReturnType<typeof listMyNegotiations>>[number];
