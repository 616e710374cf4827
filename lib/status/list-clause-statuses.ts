import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { clausePartyPositions, clauseStates, parties, type ClauseStatus, type DocumentRow } from '@/db/schema';
import { stateToJson } from '@/lib/editor/to-json';
import { loadStoredState } from '@/lib/versions/load-stored-state';
import { readClauseBlocks } from './clause-blocks';
import { deriveStatus, type PartyPosition, type ProceduralStatus } from './derive-status';

export interface PartyRef {
  id: string;
  name: string;
  shortName: string;
  color: string;
}

export interface PartyPositionView {
  partyId: string;
  shortName: string;
  position: PartyPosition | null;
  updatedAt: Date | null;
}

export interface ClauseStatusView {
  clauseKey: string;
  label: string;
  hasBracket: boolean;
  /** What the mediator set (default proposed). */
  procedural: ProceduralStatus;
  /** The effective status (see deriveStatus). */
  status: ClauseStatus;
  /** One entry per party of the negotiation, in the parties' order. */
  positions: PartyPositionView[];
}

/**
 * Every clause of the stored document (top-level blocks with a uid, in document order) joined with
 * the mediator's procedural status and each party's position. Rows for clauses that no longer exist
 * in the text are ignored. Callers authorize first (see getStatusBoard).
 */
export async function listClauseStatuses(db: Db, document: DocumentRow): Promise<{ parties: PartyRef[]; clauses: ClauseStatusView[] }> {
  const [state, states, positions, partyRows] = await Promise.all([
    loadStoredState(db, document.id),
    db.select().from(clauseStates).where(eq(clauseStates.documentId, document.id)),
    db.select().from(clausePartyPositions).where(eq(clausePartyPositions.documentId, document.id)),
    db
      .select({ id: parties.id, name: parties.name, shortName: parties.shortName, color: parties.color })
      .from(parties)
      .where(eq(parties.negotiationId, document.negotiationId))
      .orderBy(asc(parties.position)),
  ]);
  const partyIds = partyRows.map((p) => p.id);
  const clauses = readClauseBlocks(stateToJson(state)).map((block): ClauseStatusView => {
    const procedural = states.find((s) => s.clauseKey === block.key)?.status ?? 'proposed';
    const mine = positions.filter((p) => p.clauseKey === block.key);
    const byParty = new Map(mine.map((p) => [p.partyId, p.position] as const));
    return {
      clauseKey: block.key,
      label: block.label,
      hasBracket: block.hasBracket,
      procedural,
      status: deriveStatus({ procedural, hasBracket: block.hasBracket, partyIds, positions: byParty }),
      positions: partyRows.map((party) => {
        const row = mine.find((p) => p.partyId === party.id);
        return { partyId: party.id, shortName: party.shortName, position: row?.position ?? null, updatedAt: row?.updatedAt ?? null };
      }),
    };
  });
  return { parties: partyRows, clauses };
}
