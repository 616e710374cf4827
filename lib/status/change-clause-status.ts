import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { clausePartyPositions, clauseStates, parties, PROCEDURAL_STATUSES } from '@/db/schema';
import { HttpError, notFound } from '@/lib/access/errors';
import { requireDocumentPermission } from '@/lib/access/require-permission';
import { requireDocument } from '@/lib/access/scope';
import { recordEvent, type DbOrTx } from '@/lib/audit/record-event';
import { notifyDocument } from '@/lib/collab/notify';
import { loadStoredState } from '@/lib/versions/load-stored-state';
import { createVersion, type VersionSummary } from '@/lib/versions/versions';
import { openMarksOf, type ClauseBlockInfo } from './clause-blocks';
import { autoVersionName } from './labels';
import { isBound, listClauseStatuses } from './list-clause-statuses';
import { reconcileAgreements } from './reconcile-agreements';
import { notifyNegotiation } from './notify-negotiation';

export const zStatusChange = z
  .object({
    clauseKey: z.string().trim().min(1, 'Say which clause.').max(200),
    action: z.enum(['ad_ref', 'confirm', 'withdraw', 'set'], 'Choose ad_ref, confirm, withdraw or set.'),
    status: z.enum(PROCEDURAL_STATUSES, 'Choose proposed, bracketed or parked.').optional(),
    /** The fingerprint of the wording the party read (the board's `textHash`): refused with 409 if the text has moved on. */
    textHash: z.string().max(100).optional(),
  })
  .refine((d) => d.action !== 'set' || d.status !== undefined, { path: ['status'], message: 'Choose the procedural status to set.' });
export type StatusChange = z.infer<typeof zStatusChange>;

const invalid = (message: string) => new HttpError(400, message);

interface Change {
  documentId: string;
  clause: ClauseBlockInfo;
  userId: string;
}

async function currentProcedural(tx: DbOrTx, c: Change) {
  const [row] = await tx
    .select({ status: clauseStates.status })
    .from(clauseStates)
    .where(and(eq(clauseStates.documentId, c.documentId), eq(clauseStates.clauseKey, c.clause.key)));
  return row?.status ?? 'proposed';
}

/** Refuses agreement to a clause whose text still holds what is not agreed. @throws HttpError 400 */
function requireAgreeable(clause: ClauseBlockInfo) {
  const open = openMarksOf(clause);
  if (open.length > 0) {
    throw invalid(
      `‘${clause.label}’ still holds ${open.join(' and ')}: text that is not agreed. Settle them (clean the brackets, accept or reject the suggestions, keep one alternative) before agreeing to the clause.`,
    );
  }
}

/**
 * Applies a party's ad ref / confirm / withdraw, binding the position to the clause's exact text
 * (hash + text). A party whose agreement was to an earlier wording agrees again (ad ref, or
 * confirm if it had confirmed). Returns the previous position. @throws HttpError 400
 */
async function applyPartyChange(
  tx: DbOrTx,
  c: Change,
  action: 'ad_ref' | 'confirm' | 'withdraw',
  party: { id: string; shortName: string },
) {
  const where = and(
    eq(clausePartyPositions.documentId, c.documentId),
    eq(clausePartyPositions.clauseKey, c.clause.key),
    eq(clausePartyPositions.partyId, party.id),
  );
  const [existing] = await tx.select().from(clausePartyPositions).where(where);
  const from = existing?.position ?? null;
  const bound = existing ? isBound(existing, c.clause) : false;
  if (action !== 'withdraw' && (await currentProcedural(tx, c)) === 'parked') {
    throw invalid('This clause is parked. The mediator has to reopen it before parties can agree to it.');
  }
  const binding = { agreedHash: c.clause.hash, agreedText: c.clause.text, changedAt: null, updatedBy: c.userId, updatedAt: new Date() };
  if (action === 'ad_ref') {
    if (bound && from === 'ad_ref') throw invalid(`${party.shortName} has already agreed to this clause ad ref.`);
    if (bound && from === 'confirmed') throw invalid(`${party.shortName} has already confirmed this clause.`);
    requireAgreeable(c.clause);
    await tx
      .insert(clausePartyPositions)
      .values({ documentId: c.documentId, clauseKey: c.clause.key, partyId: party.id, position: 'ad_ref', ...binding })
      .onConflictDoUpdate({
        target: [clausePartyPositions.documentId, clausePartyPositions.clauseKey, clausePartyPositions.partyId],
        set: { position: 'ad_ref', ...binding },
      });
  } else if (action === 'confirm') {
    if (bound && from === 'confirmed') throw invalid(`${party.shortName} has already confirmed this clause.`);
    if (!from) throw invalid('Agree to the clause ad ref first; confirming comes after your principals approve it.');
    if (!bound && from === 'ad_ref')
      throw invalid(`The text changed after ${party.shortName} agreed to it ad ref. Agree ad ref to the new wording first.`);
    requireAgreeable(c.clause);
    await tx
      .update(clausePartyPositions)
      .set({ position: 'confirmed', ...binding })
      .where(where);
  } else {
    if (!from) throw invalid(`${party.shortName} has no agreement on this clause to withdraw.`);
    await tx.delete(clausePartyPositions).where(where);
  }
  return { from, rebound: !!existing && !bound && action !== 'withdraw' };
}

/** Sets the mediator's procedural status; returns the previous one. @throws HttpError 400 when unchanged */
async function applyProcedural(tx: DbOrTx, c: Change, status: (typeof PROCEDURAL_STATUSES)[number]) {
  const from = await currentProcedural(tx, c);
  if (from === status) throw invalid(`This clause is already ${status}.`);
  await tx
    .insert(clauseStates)
    .values({ documentId: c.documentId, clauseKey: c.clause.key, status, updatedBy: c.userId })
    .onConflictDoUpdate({
      target: [clauseStates.documentId, clauseStates.clauseKey],
      set: { status, updatedBy: c.userId, updatedAt: new Date() },
    });
  return from;
}

/**
 * Changes a clause's status: a lead negotiator marks their own party ad ref, confirms (after ad
 * ref) or withdraws — an agreement binds to the clause's exact text as stored now, and is refused
 * while that text holds brackets, suggestions or alternatives; the lead mediator sets the
 * procedural status. Audited in the same transaction, then a version is saved automatically and
 * open pages (this document's and, for the package, every shared document's) are notified.
 * @throws AccessError 404 (document or clause unknown), 403 (role not allowed); HttpError 409 for
 * private documents or a `textHash` the text has moved on from, 400 for a transition that does not apply.
 */
export async function changeClauseStatus(
  db: Db,
  userId: string,
  documentId: string,
  input: StatusChange,
): Promise<{ version: VersionSummary }> {
  const scope = await requireDocument(db, userId, documentId);
  const isParty = input.action !== 'set';
  requireDocumentPermission(scope, isParty ? 'status.party' : 'status.procedural');
  const { document, actor } = scope;
  if (document.kind !== 'shared') throw new HttpError(409, 'Clause status applies to shared drafts only, not to private notes.');
  const state = await loadStoredState(db, scope);
  const read = await listClauseStatuses(db, document, state);
  // A change nobody has reported yet is recorded before anyone agrees again.
  await reconcileAgreements(db, { document, blocks: read.blocks, positions: read.positions, parties: read.parties });
  const clause = read.blocks.find((b) => b.key === input.clauseKey);
  if (!clause) throw notFound('There is no such clause in this document; it may have been deleted. Refresh the status board.');
  if (input.textHash !== undefined && input.action !== 'withdraw' && input.textHash !== clause.hash) {
    throw new HttpError(409, `‘${clause.label}’ changed while you were reading it. Read the new wording on the board, then decide again.`);
  }
  const [party] = actor.partyId ? await db.select().from(parties).where(eq(parties.id, actor.partyId)) : [];
  if (isParty && !party) throw new HttpError(403, 'Only a delegation’s lead negotiator can take a position for their party.');
  const change: Change = { documentId: document.id, clause, userId };

  await db.transaction(async (tx) => {
    const details = { documentId: document.id, documentTitle: document.title, clauseKey: clause.key, label: clause.label };
    if (input.action === 'set') {
      const from = await applyProcedural(tx, change, input.status!);
      await recordEvent(tx, {
        negotiationId: document.negotiationId,
        actorId: userId,
        action: 'status.set',
        targetType: 'clause',
        targetId: clause.key,
        details: { ...details, from, to: input.status },
      });
    } else {
      const { from, rebound } = await applyPartyChange(tx, change, input.action, party!);
      const to = input.action === 'ad_ref' ? 'ad_ref' : input.action === 'confirm' ? 'confirmed' : null;
      await recordEvent(tx, {
        negotiationId: document.negotiationId,
        actorId: userId,
        action: `status.${input.action}`,
        targetType: 'clause',
        targetId: clause.key,
        details: {
          ...details,
          partyId: party!.id,
          partyShortName: party!.shortName,
          from,
          to,
          ...(to ? { textHash: clause.hash, text: clause.text.slice(0, 500), rebound } : {}),
        },
      });
    }
  });
  const name = autoVersionName(input.action, party?.shortName ?? 'mediator', clause.label, input.status);
  const version = await createVersion(db, { document, name, reason: 'status-change', userId, state });
  notifyDocument(document.id, 'status');
  notifyDocument(document.id, 'versions');
  await notifyNegotiation(db, document.negotiationId, 'package');
  return { version };
}
