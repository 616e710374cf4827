import type { Db } from '@/db/client';
import { CLAUSE_STATUSES, type ClauseStatus } from '@/db/schema';
import { can } from '@/lib/access/policy';
import { requireDocument } from '@/lib/access/scope';
import { listClauseStatuses } from './list-clause-statuses';
import { packageState } from './package-state';

/**
 * The status board of a document for one reader: clauses with their status and each party's
 * position, counts by status, the package lock, and what this reader may change.
 * @throws AccessError 404 for unknown documents, non-members and someone else's caucus.
 */
export async function getStatusBoard(db: Db, userId: string, documentId: string) {
  const { document, negotiation, actor } = await requireDocument(db, userId, documentId);
  const { parties, clauses } = await listClauseStatuses(db, document);
  const counts = Object.fromEntries(CLAUSE_STATUSES.map((s) => [s, 0])) as Record<ClauseStatus, number>;
  for (const c of clauses) counts[c.status] += 1;
  const shared = document.kind === 'shared';
  const resource = { style: negotiation.style, document };
  return {
    documentId: document.id,
    /** Statuses apply to shared drafts only. */
    enabled: shared,
    parties,
    clauses,
    counts,
    package: packageState(clauses),
    me: {
      partyId: actor.partyId,
      canSetPartyPosition: shared && actor.partyId !== null && can(actor, 'status.party', resource),
      canSetProcedural: shared && can(actor, 'status.procedural', resource),
    },
  };
}

export type StatusBoard = Awaited<ReturnType<typeof getStatusBoard>>;
