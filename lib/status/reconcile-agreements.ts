import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { clausePartyPositions, docUpdates, memberships, notifications, type ClausePartyPosition, type DocumentRow } from '@/db/schema';
import { recordEvent } from '@/lib/audit/record-event';
import { notifyDocument } from '@/lib/collab/notify';
import type { ClauseBlockInfo } from './clause-blocks';
import { isBound, type PartyRef } from './list-clause-statuses';
import { notifyNegotiation } from './notify-negotiation';

const EXCERPT = 500;
const excerpt = (s: string | null) => (s === null ? null : s.length > EXCERPT ? `${s.slice(0, EXCERPT - 1)}…` : s);

export interface ReconcileInput {
  document: DocumentRow;
  blocks: ClauseBlockInfo[];
  positions: ClausePartyPosition[];
  parties: PartyRef[];
  /** Who wrote the updates that led here, when known (the audit event names them). */
  authors?: readonly (string | null)[];
}

/**
 * Reopens every agreement whose clause no longer reads as agreed (words or negotiation marks
 * changed, clause removed, or an agreement from before texts were bound): marks the positions
 * changed — once, whoever gets there first — records one `status.changed_after_agreement` audit
 * event per clause, notifies the members of the parties that had agreed, and tells open pages.
 * Safe to call as often as wanted: a position already marked, or re-bound meanwhile, is left alone.
 * @returns the keys of the clauses reopened by this call.
 */
export async function reconcileAgreements(db: Db, input: ReconcileInput): Promise<string[]> {
  const { document } = input;
  const byKey = new Map(input.blocks.map((b) => [b.key, b]));
  const suspects = input.positions.filter((p) => p.changedAt === null && !(byKey.has(p.clauseKey) && isBound(p, byKey.get(p.clauseKey)!)));
  if (suspects.length === 0) return [];
  let authors = [...new Set((input.authors ?? []).filter((a): a is string => !!a))];
  if (authors.length === 0) {
    // Noticed when a board was read: the change is the latest stored edit's (a server-made one carries its user too).
    const [last] = await db
      .select({ userId: docUpdates.userId })
      .from(docUpdates)
      .where(eq(docUpdates.documentId, document.id))
      .orderBy(desc(docUpdates.id))
      .limit(1);
    if (last?.userId) authors = [last.userId];
  }
  const short = (id: string) => input.parties.find((p) => p.id === id)?.shortName ?? '?';

  const reopened = await db.transaction(async (tx) => {
    const marked: ClausePartyPosition[] = [];
    for (const p of suspects) {
      const [row] = await tx
        .update(clausePartyPositions)
        .set({ changedAt: new Date() })
        .where(
          and(
            eq(clausePartyPositions.documentId, p.documentId),
            eq(clausePartyPositions.clauseKey, p.clauseKey),
            eq(clausePartyPositions.partyId, p.partyId),
            isNull(clausePartyPositions.changedAt),
            p.agreedHash === null ? isNull(clausePartyPositions.agreedHash) : eq(clausePartyPositions.agreedHash, p.agreedHash),
          ),
        )
        .returning();
      if (row) marked.push(row);
    }
    const keys = [...new Set(marked.map((m) => m.clauseKey))];
    for (const key of keys) {
      const rows = marked.filter((m) => m.clauseKey === key);
      const clause = byKey.get(key) ?? null;
      const label = clause?.label ?? labelFromText(rows[0]!.agreedText) ?? 'a clause';
      const partyNames = rows.map((r) => short(r.partyId));
      await recordEvent(tx, {
        negotiationId: document.negotiationId,
        actorId: authors.at(-1) ?? null,
        action: 'status.changed_after_agreement',
        targetType: 'clause',
        targetId: key,
        details: {
          documentId: document.id,
          documentTitle: document.title,
          clauseKey: key,
          label,
          removed: clause === null,
          parties: rows.map((r) => ({ partyId: r.partyId, shortName: short(r.partyId), position: r.position })),
          agreedText: excerpt(rows[0]!.agreedText),
          currentText: excerpt(clause?.text ?? null),
          editedBy: authors,
        },
      });
      const members = await tx
        .select({ userId: memberships.userId })
        .from(memberships)
        .where(
          and(
            eq(memberships.negotiationId, document.negotiationId),
            inArray(
              memberships.partyId,
              rows.map((r) => r.partyId),
            ),
          ),
        );
      const what = clause === null ? 'was removed from the text' : 'was changed';
      const message = `‘${label}’ in “${document.title}” ${what} after ${joinNames(partyNames)} agreed to it. Its agreement no longer counts until each party agrees to the new text.`;
      if (members.length > 0) {
        await tx.insert(notifications).values(
          members.map((m) => ({
            userId: m.userId,
            negotiationId: document.negotiationId,
            documentId: document.id,
            kind: 'status.changed_after_agreement',
            message,
            details: { clauseKey: key, removed: clause === null },
          })),
        );
      }
    }
    return keys;
  });
  if (reopened.length > 0) {
    notifyDocument(document.id, 'status');
    notifyDocument(document.id, 'audit');
    await notifyNegotiation(db, document.negotiationId, 'package');
  }
  return reopened;
}

function labelFromText(text: string | null): string | null {
  if (!text) return null;
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59).trimEnd()}…` : flat;
}

const joinNames = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? 'a party') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
