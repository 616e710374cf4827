import { asc, eq } from 'drizzle-orm';
import { diffWords } from 'diff';
import type { Db } from '@/db/client';
import {
  clausePartyPositions,
  clauseStates,
  parties,
  type ClausePartyPosition,
  type ClauseState,
  type ClauseStatus,
  type DocumentRow,
} from '@/db/schema';
import { stateToJson, type PmNode } from '@/lib/editor/to-json';
import { unsafeLoadStoredState } from '@/lib/versions/load-stored-state';
import { readClauseBlocks, type ClauseBlockInfo } from './clause-blocks';
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
  /** The position that counts now: null when none, or when it was given to a text that has since changed. */
  position: PartyPosition | null;
  /** Set when this party agreed to an earlier wording: what it had said (it must agree again). */
  changedFrom: PartyPosition | null;
  updatedAt: Date | null;
}

/** A word of the difference between the agreed text and the current one. */
export interface TextChangePart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface ClauseStatusView {
  clauseKey: string;
  label: string;
  /** The clause's words as they stand (marks spelled out). */
  text: string;
  /** Fingerprint of the current text: a party agrees to exactly this. */
  textHash: string;
  hasBracket: boolean;
  hasSuggestion: boolean;
  alternatives: number;
  /** What the mediator set (default proposed). */
  procedural: ProceduralStatus;
  /** The effective status (see deriveStatus). */
  status: ClauseStatus;
  /** One entry per party of the negotiation, in the parties' order. */
  positions: PartyPositionView[];
  /** When the text changed after a party agreed to it: who, since when, and the difference. */
  changed: { parties: string[]; since: Date | null; agreedText: string | null; parts: TextChangePart[] } | null;
}

/** Whether a stored position still holds for a clause's current text. */
export const isBound = (row: Pick<ClausePartyPosition, 'agreedHash' | 'changedAt'>, clause: Pick<ClauseBlockInfo, 'hash'>) =>
  row.changedAt === null && row.agreedHash !== null && row.agreedHash === clause.hash;

/**
 * Joins a document's clauses with the mediator's procedural status and each party's position. A
 * position counts only while the clause still reads exactly as the party agreed (same words and
 * negotiation marks); otherwise the clause is "changed after agreement". Pure: see listClauseStatuses.
 */
export function statusesOf(
  blocks: ClauseBlockInfo[],
  states: ClauseState[],
  positions: ClausePartyPosition[],
  partyRows: PartyRef[],
): ClauseStatusView[] {
  const partyIds = partyRows.map((p) => p.id);
  return blocks.map((block): ClauseStatusView => {
    const procedural = states.find((s) => s.clauseKey === block.key)?.status ?? 'proposed';
    const mine = positions.filter((p) => p.clauseKey === block.key);
    const bound = new Map(mine.filter((p) => isBound(p, block)).map((p) => [p.partyId, p.position] as const));
    const stale = mine.filter((p) => !isBound(p, block));
    const latest = [...stale].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())[0];
    const short = (id: string) => partyRows.find((p) => p.id === id)?.shortName ?? '?';
    return {
      clauseKey: block.key,
      label: block.label,
      text: block.text,
      textHash: block.hash,
      hasBracket: block.hasBracket,
      hasSuggestion: block.hasSuggestion,
      alternatives: block.alternatives,
      procedural,
      status: deriveStatus({
        procedural,
        hasBracket: block.hasBracket,
        hasOpenMarks: block.hasSuggestion || block.alternatives > 0,
        partyIds,
        positions: bound,
        changed: stale.length > 0,
      }),
      positions: partyRows.map((party) => {
        const row = mine.find((p) => p.partyId === party.id);
        const counts = row ? isBound(row, block) : false;
        return {
          partyId: party.id,
          shortName: party.shortName,
          position: counts ? row!.position : null,
          changedFrom: row && !counts ? row.position : null,
          updatedAt: row?.updatedAt ?? null,
        };
      }),
      changed: latest
        ? {
            parties: stale.map((p) => short(p.partyId)),
            since: stale.map((p) => p.changedAt).find((d): d is Date => d !== null) ?? null,
            agreedText: latest.agreedText,
            parts:
              latest.agreedText === null
                ? []
                : diffWords(latest.agreedText, block.text).map((p) => ({
                    op: p.added ? 'insert' : p.removed ? 'delete' : 'equal',
                    text: p.value,
                  })),
          }
        : null,
    };
  });
}

/** The parties of a negotiation, in their order. */
export function listParties(db: Db, negotiationId: string): Promise<PartyRef[]> {
  return db
    .select({ id: parties.id, name: parties.name, shortName: parties.shortName, color: parties.color })
    .from(parties)
    .where(eq(parties.negotiationId, negotiationId))
    .orderBy(asc(parties.position));
}

/**
 * Every clause of the stored document (lib/status/clause-blocks.ts, in document order) with its
 * status and each party's position. Rows for clauses no longer in the text are ignored here
 * (reconcileAgreements records their removal). Callers authorize first (see getStatusBoard).
 */
export async function listClauseStatuses(
  db: Db,
  document: DocumentRow,
  state?: Uint8Array,
): Promise<{
  parties: PartyRef[];
  clauses: ClauseStatusView[];
  blocks: ClauseBlockInfo[];
  positions: ClausePartyPosition[];
  json: PmNode;
}> {
  const [stored, states, positions, partyRows] = await Promise.all([
    state ?? unsafeLoadStoredState(db, document.id),
    db.select().from(clauseStates).where(eq(clauseStates.documentId, document.id)),
    db.select().from(clausePartyPositions).where(eq(clausePartyPositions.documentId, document.id)),
    listParties(db, document.negotiationId),
  ]);
  const json = stateToJson(stored);
  const blocks = readClauseBlocks(json);
  return { parties: partyRows, clauses: statusesOf(blocks, states, positions, partyRows), blocks, positions, json };
}
