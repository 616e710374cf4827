import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { BlockLabelRef } from '@/lib/i18n/block-label';
import { labelRefOf } from './attachment-view';
import type { Db } from '@/db/client';
import { clauseAttachments, parties } from '@/db/schema';
import { listDocumentsFor, requireNegotiation } from '@/lib/access/scope';
import { CONCEDE_KINDS, GAIN_KINDS, type AttachmentKindName } from './kinds';
import { unsafeLoadClauses } from './list-clauses';

/** One live commitment in a party's ledger, with where it sits. */
export interface LedgerEntry {
  id: string;
  kind: AttachmentKindName;
  text: string;
  documentId: string;
  documentTitle: string;
  clauseKey: string;
  clauseLabel: string;
  /** When the label is made up ("Paragraph n", "Removed clause"): its key, for the reader's language. */
  clauseLabelRef?: BlockLabelRef;
  dueAt: string | null;
}

export interface PartyLedger {
  party: { id: string; name: string; shortName: string; color: string };
  /** Incentives, guarantees and pledges in its favour. */
  gains: LedgerEntry[];
  /** Conditions and deadlines that bind it. */
  concedes: LedgerEntry[];
}

export interface Ledger {
  negotiationId: string;
  parties: PartyLedger[];
  /** Live commitments that name no party. */
  general: LedgerEntry[];
}

/**
 * Per party: what it gains and what it concedes, across the negotiation's shared drafts
 * (withdrawn commitments left out). Private documents never carry commitments.
 * @throws AccessError 404 when the user is not a member.
 */
export async function getLedger(db: Db, userId: string, negotiationId: string): Promise<Ledger> {
  const scope = await requireNegotiation(db, userId, negotiationId, 'shared.read');
  const shared = (await listDocumentsFor(db, scope)).filter((d) => d.kind === 'shared');
  const partyRows = await db
    .select({ id: parties.id, name: parties.name, shortName: parties.shortName, color: parties.color })
    .from(parties)
    .where(eq(parties.negotiationId, negotiationId))
    .orderBy(asc(parties.position));
  const rows = shared.length
    ? await db
        .select()
        .from(clauseAttachments)
        .where(
          and(
            inArray(
              clauseAttachments.documentId,
              shared.map((d) => d.id),
            ),
            isNull(clauseAttachments.withdrawnAt),
          ),
        )
        .orderBy(asc(clauseAttachments.createdAt))
    : [];
  const docIds = [...new Set(rows.map((r) => r.documentId))];
  const clausesByDoc = new Map(await Promise.all(docIds.map(async (id) => [id, await unsafeLoadClauses(db, id)] as const)));
  const entries = rows.map((r) => ({
    partyId: r.partyId,
    entry: {
      id: r.id,
      kind: r.kind,
      text: r.text,
      documentId: r.documentId,
      documentTitle: shared.find((d) => d.id === r.documentId)?.title ?? '',
      clauseKey: r.clauseKey,
      clauseLabel: clausesByDoc.get(r.documentId)?.find((c) => c.key === r.clauseKey)?.label ?? 'Removed clause',
      ...labelRefOf(clausesByDoc.get(r.documentId)?.find((c) => c.key === r.clauseKey)),
      dueAt: r.dueAt?.toISOString() ?? null,
    } satisfies LedgerEntry,
  }));
  const forParty = (id: string, kinds: readonly AttachmentKindName[]) =>
    entries.filter((e) => e.partyId === id && kinds.includes(e.entry.kind)).map((e) => e.entry);
  return {
    negotiationId,
    parties: partyRows.map((party) => ({ party, gains: forParty(party.id, GAIN_KINDS), concedes: forParty(party.id, CONCEDE_KINDS) })),
    general: entries.filter((e) => !e.partyId).map((e) => e.entry),
  };
}
