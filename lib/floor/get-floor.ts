import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documents, negotiationFloor, parties, users } from '@/db/schema';
import { can } from '@/lib/access/policy';
import { requireNegotiation } from '@/lib/access/scope';

/** Who speaks: a delegation, or the mediation team. */
export type FloorHolder = { kind: 'party'; partyId: string; name: string; shortName: string; color: string } | { kind: 'mediation' };

/** The floor as every member of the negotiation sees it. */
export interface FloorState {
  holder: FloorHolder;
  /** The agenda item (a shared draft) being discussed. */
  agendaItem: { id: string; title: string };
  givenBy: string | null;
  givenAt: string;
}

export interface FloorView {
  negotiationId: string;
  /** Null when nobody holds the floor (the chair has it). */
  floor: FloorState | null;
  /** From the matrix ('floor.give'): whether this person may give the floor or take it back. */
  canGive: boolean;
  /** The agenda: shared drafts of the negotiation, in order (every member sees them). */
  agenda: { id: string; title: string }[];
  parties: { id: string; name: string; shortName: string }[];
}

/**
 * Who holds the floor now, for one member of the negotiation.
 * @throws AccessError 404 when the negotiation is unknown or the user is not a member.
 */
export async function getFloor(db: Db, userId: string, negotiationId: string): Promise<FloorView> {
  const { negotiation, actor } = await requireNegotiation(db, userId, negotiationId);
  const [rows, agenda, partyRows] = await Promise.all([
    db
      .select({ floor: negotiationFloor, party: parties, documentTitle: documents.title, givenBy: users.name })
      .from(negotiationFloor)
      .innerJoin(documents, eq(documents.id, negotiationFloor.documentId))
      .leftJoin(parties, eq(parties.id, negotiationFloor.partyId))
      .leftJoin(users, eq(users.id, negotiationFloor.givenBy))
      .where(eq(negotiationFloor.negotiationId, negotiationId))
      .limit(1),
    db
      .select({ id: documents.id, title: documents.title })
      .from(documents)
      .where(and(eq(documents.negotiationId, negotiationId), eq(documents.kind, 'shared')))
      .orderBy(asc(documents.position), asc(documents.createdAt)),
    db
      .select({ id: parties.id, name: parties.name, shortName: parties.shortName })
      .from(parties)
      .where(eq(parties.negotiationId, negotiationId))
      .orderBy(asc(parties.position)),
  ]);
  const row = rows[0];
  const floor: FloorState | null = row
    ? {
        holder: row.party
          ? { kind: 'party', partyId: row.party.id, name: row.party.name, shortName: row.party.shortName, color: row.party.color }
          : { kind: 'mediation' },
        agendaItem: { id: row.floor.documentId, title: row.documentTitle },
        givenBy: row.givenBy,
        givenAt: row.floor.givenAt.toISOString(),
      }
    : null;
  return { negotiationId, floor, canGive: can(actor, 'floor.give', { style: negotiation.style }), agenda, parties: partyRows };
}
