import type { Db } from '@/db/client';
import { CLAUSE_STATUSES, type ClauseStatus } from '@/db/schema';
import { can } from '@/lib/access/policy';
import { requireDocument } from '@/lib/access/scope';
import { checkAlignment } from '@/lib/languages/check-alignment';
import { languageGroup } from '@/lib/languages/language-group';
import { listOutOfStep } from '@/lib/languages/list-out-of-step';
import { getNegotiationPackage } from './get-package-state';
import { listClauseStatuses } from './list-clause-statuses';
import { reconcileAgreements } from './reconcile-agreements';

/**
 * The status board of a document for one reader: clauses with their status and each party's
 * position, counts by status, the negotiation's package state, and what this reader may change.
 * Reading it also reconciles agreements with the text (a change nobody reported yet is recorded
 * now), so the board never shows an agreement the text no longer carries.
 * @throws AccessError 404 for unknown documents, non-members and someone else's caucus.
 */
export async function getStatusBoard(db: Db, userId: string, documentId: string) {
  const { document, negotiation, actor, access } = await requireDocument(db, userId, documentId);
  const shared = document.kind === 'shared';
  let read = await listClauseStatuses(db, document);
  if (
    shared &&
    (await reconcileAgreements(db, { document, blocks: read.blocks, positions: read.positions, parties: read.parties })).length > 0
  ) {
    read = await listClauseStatuses(db, document);
  }
  const { parties, clauses } = read;
  const group = shared ? await languageGroup(db, document) : [];
  if (group.length > 1) await checkAlignment(db, document);
  const outOfStep = group.length > 1 ? await listOutOfStep(db, { documentIds: [document.id] }) : [];
  const counts = Object.fromEntries(CLAUSE_STATUSES.map((s) => [s, 0])) as Record<ClauseStatus, number>;
  for (const c of clauses) counts[c.status] += 1;
  const resource = { style: negotiation.style, document };
  return {
    documentId: document.id,
    /** Statuses apply to shared drafts only. */
    enabled: shared,
    parties,
    clauses,
    counts,
    /** Language versions of this draft (original first) and which of this text's provisions are out of step, since when. */
    languages:
      group.length > 1
        ? {
            language: document.language,
            versions: group.map((d) => ({
              id: d.id,
              title: d.title,
              language: d.language,
              authentic: d.authentic || d.versionOf === null,
            })),
            outOfStep: Object.fromEntries(outOfStep.map((o) => [o.clauseKey, o.since])) as Record<string, string>,
            canMarkAligned: access === 'write',
          }
        : null,
    /** The negotiation's package (every shared document), not this document's alone. */
    package: shared ? await getNegotiationPackage(db, negotiation.id, new Map([[document.id, read]])) : null,
    me: {
      partyId: actor.partyId,
      canSetPartyPosition: shared && actor.partyId !== null && can(actor, 'status.party', resource),
      canSetProcedural: shared && can(actor, 'status.procedural', resource),
    },
  };
}

export type StatusBoard = Awaited<ReturnType<typeof getStatusBoard>>;
