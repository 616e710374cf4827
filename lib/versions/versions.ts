import { and, desc, eq, max } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documentVersions, type DocumentRow, type DocumentVersion } from '@/db/schema';
import { notFound } from '@/lib/access/errors';
import type { DocumentScope } from '@/lib/access/scope';
import { recordEvent } from '@/lib/audit/record-event';
import { unsafeLoadStoredState } from './load-stored-state';

export type VersionSummary = Omit<DocumentVersion, 'state'>;

/**
 * Saves the document's stored state as the next numbered version, with an audit event, in one
 * transaction. Versions are never changed or deleted afterwards. Callers authorize first.
 */
export async function createVersion(
  db: Db,
  input: {
    document: DocumentRow;
    name: string | ((number: number) => string);
    reason?: string;
    userId: string | null;
    state?: Uint8Array | ((number: number) => Uint8Array);
  },
): Promise<VersionSummary> {
  const given = input.state ?? (await unsafeLoadStoredState(db, input.document.id));
  return db.transaction(async (tx) => {
    const [{ last } = { last: 0 }] = await tx
      .select({ last: max(documentVersions.number) })
      .from(documentVersions)
      .where(eq(documentVersions.documentId, input.document.id));
    // A text that names its own version number (a released Mediator's text) is built for it here.
    const number = (last ?? 0) + 1;
    const state = typeof given === 'function' ? given(number) : given;
    const name = typeof input.name === 'function' ? input.name(number) : input.name;
    const [row] = await tx
      .insert(documentVersions)
      .values({ documentId: input.document.id, number, name, reason: input.reason ?? 'manual', state, createdBy: input.userId })
      .returning();
    await recordEvent(tx, {
      negotiationId: input.document.negotiationId,
      actorId: input.userId,
      action: 'version.create',
      targetType: 'document',
      targetId: input.document.id,
      details: { number: row!.number, name: row!.name, reason: row!.reason },
    });
    const { state: _state, ...summary } = row!;
    return summary;
  });
}

/** Versions of one document the actor may read, newest first, without their (large) state. */
export async function listVersions(db: Db, scope: DocumentScope): Promise<VersionSummary[]> {
  return db
    .select({
      id: documentVersions.id,
      documentId: documentVersions.documentId,
      number: documentVersions.number,
      name: documentVersions.name,
      reason: documentVersions.reason,
      createdBy: documentVersions.createdBy,
      createdAt: documentVersions.createdAt,
    })
    .from(documentVersions)
    .where(eq(documentVersions.documentId, scope.document.id))
    .orderBy(desc(documentVersions.number));
}

/** One version's stored state. @throws AccessError 404 when it is not a version of this document. */
export async function getVersionState(db: Db, scope: DocumentScope, versionId: string): Promise<DocumentVersion> {
  const [row] = await db
    .select()
    .from(documentVersions)
    .where(and(eq(documentVersions.documentId, scope.document.id), eq(documentVersions.id, versionId)))
    .limit(1);
  if (!row) throw notFound('No such version of this document.');
  return row;
}
