import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documents, memberships, notifications } from '@/db/schema';
import { recordEvent } from '@/lib/audit/record-event';

/** What a room set aside while loading: log rows it could not apply, and whether the snapshot was unreadable. */
export interface Quarantined {
  updateIds: number[];
  snapshot: boolean;
  /** The first error, for the log (never the content). */
  cause: string;
}

/** Roles told when part of a shared text is set aside: the mediation team keeps the record straight. */
const TOLD: ('lead_mediator' | 'mediation_expert')[] = ['lead_mediator', 'mediation_expert'];

/**
 * Records that parts of a stored document could not be loaded: one audit entry (which rows, how
 * many) and an in-app notice to the mediation team, in one transaction. The rows stay in the log
 * (marked, never applied) so nothing is destroyed; the room serves what is sound.
 * @throws on database errors (the caller logs; the room stays up).
 */
export async function recordQuarantine(db: Db, documentId: string, q: Quarantined): Promise<void> {
  await db.transaction(async (tx) => {
    const [doc] = await tx
      .select({ negotiationId: documents.negotiationId, title: documents.title })
      .from(documents)
      .where(eq(documents.id, documentId))
      .limit(1);
    if (!doc) return;
    const parts = q.updateIds.length + (q.snapshot ? 1 : 0);
    await recordEvent(tx, {
      negotiationId: doc.negotiationId,
      actorId: null,
      action: 'document.quarantined',
      targetType: 'document',
      targetId: documentId,
      details: { documentId, documentTitle: doc.title, updateIds: q.updateIds, snapshot: q.snapshot, parts },
    });
    const team = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.negotiationId, doc.negotiationId), inArray(memberships.role, TOLD)));
    if (team.length === 0) return;
    const message = `${parts} stored edit${parts === 1 ? '' : 's'} of “${doc.title}” could not be loaded and ${parts === 1 ? 'was' : 'were'} set aside; the rest of the text is served. Compare with the latest version and restore anything missing.`;
    await tx.insert(notifications).values(
      team.map((m) => ({
        userId: m.userId,
        negotiationId: doc.negotiationId,
        documentId,
        kind: 'document.quarantined',
        message,
        details: { updateIds: q.updateIds, snapshot: q.snapshot },
      })),
    );
  });
}
