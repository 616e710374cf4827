import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documents } from '@/db/schema';
import { notifyDocument } from '@/lib/collab/notify';

/** Tells every open shared draft of the negotiation that the floor changed (NOTICE topic 'floor'). */
export async function announceFloor(db: Db, negotiationId: string): Promise<void> {
  const shared = await db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.negotiationId, negotiationId), eq(documents.kind, 'shared')));
  for (const d of shared) notifyDocument(d.id, 'floor');
}
