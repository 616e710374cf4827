import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documents } from '@/db/schema';
import { notifyDocument } from '@/lib/collab/notify';

/**
 * Tells every open shared document of a negotiation that `topic` changed: the package is the
 * negotiation's, so a status change in one chapter changes what every chapter shows. Best effort.
 */
export async function notifyNegotiation(db: Db, negotiationId: string, topic: string): Promise<void> {
  const rows = await db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.negotiationId, negotiationId), eq(documents.kind, 'shared')))
    .catch(() => []);
  for (const r of rows) notifyDocument(r.id, topic);
}
