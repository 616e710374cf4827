import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { parties } from '@/db/schema';
import { requireDocument } from '@/lib/access/scope';
import { DELEGATION_ROLES } from '@/lib/access/policy';
import { NEUTRAL_COLOR } from './labels';

/**
 * A document with what its page needs: the negotiation, the reader's access, the parties and the
 * reader's colour (their party's for delegation members, a neutral one for everyone else).
 * @throws AccessError 404 for unknown ids, non-members and someone else's caucus.
 */
export async function getDocumentView(db: Db, userId: string, documentId: string) {
  const scope = await requireDocument(db, userId, documentId);
  const { document, negotiation, actor, access } = scope;
  const partyRows = await db
    .select({ id: parties.id, name: parties.name, shortName: parties.shortName, color: parties.color, role: parties.role })
    .from(parties)
    .where(eq(parties.negotiationId, negotiation.id))
    .orderBy(asc(parties.position));
  const myParty = DELEGATION_ROLES.includes(actor.role) ? partyRows.find((p) => p.id === actor.partyId) : undefined;
  return {
    ...scope,
    access: access as Exclude<typeof access, 'none'>,
    parties: partyRows,
    ownerParty: partyRows.find((p) => p.id === document.partyId) ?? null,
    color: myParty?.color ?? NEUTRAL_COLOR,
    partyShortName: myParty?.shortName ?? null,
  };
}
