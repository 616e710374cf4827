import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documents, provisionAlignments } from '@/db/schema';

/** A provision of a language version that no longer says what its counterparts say. */
export interface OutOfStep {
  documentId: string;
  documentTitle: string;
  language: string | null;
  authentic: boolean;
  clauseKey: string;
  /** ISO time the counterpart changed. */
  since: string;
}

/** Out-of-step provisions of the given documents (or of every document of a negotiation). */
export async function listOutOfStep(db: Db, scope: { documentIds: string[] } | { negotiationId: string }): Promise<OutOfStep[]> {
  const where =
    'documentIds' in scope
      ? inArray(provisionAlignments.documentId, scope.documentIds.length ? scope.documentIds : ['00000000-0000-0000-0000-000000000000'])
      : eq(documents.negotiationId, scope.negotiationId);
  const rows = await db
    .select({
      documentId: provisionAlignments.documentId,
      clauseKey: provisionAlignments.clauseKey,
      since: provisionAlignments.outOfStepSince,
      documentTitle: documents.title,
      language: documents.language,
      authentic: documents.authentic,
      versionOf: documents.versionOf,
    })
    .from(provisionAlignments)
    .innerJoin(documents, eq(documents.id, provisionAlignments.documentId))
    .where(and(where, isNotNull(provisionAlignments.outOfStepSince)));
  // The original counts as authentic whenever it has authentic versions (it is the text they follow).
  return rows.map((r) => ({
    documentId: r.documentId,
    documentTitle: r.documentTitle,
    language: r.language,
    authentic: r.authentic || r.versionOf === null,
    clauseKey: r.clauseKey,
    since: r.since!.toISOString(),
  }));
}
