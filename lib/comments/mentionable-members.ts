import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { memberships, parties, users } from '@/db/schema';
import { type Role } from '@/lib/negotiations/terms';
import { documentAccess } from '@/lib/access/policy';
import type { DocumentScope } from '@/lib/access/scope';

export interface MentionableMember {
  id: string;
  name: string;
  role: Role;
  partyShortName: string | null;
}

/**
 * Members who can read this document and so may be @mentioned on it (for a caucus: its owners
 * only, so a mention never points anyone at notes they cannot open).
 */
export async function listMentionableMembers(db: Db, scope: DocumentScope): Promise<MentionableMember[]> {
  const rows = await db
    .select({ m: memberships, name: users.name, partyShortName: parties.shortName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(parties, eq(parties.id, memberships.partyId))
    .where(eq(memberships.negotiationId, scope.negotiation.id))
    .orderBy(asc(users.name));
  const resource = { style: scope.negotiation.style, document: scope.document };
  return rows
    .filter(
      ({ m }) => documentAccess({ userId: m.userId, role: m.role, partyId: m.partyId, isConvener: m.isConvener }, resource) !== 'none',
    )
    .map(({ m, name, partyShortName }) => ({ id: m.userId, name, role: m.role, partyShortName }));
}
