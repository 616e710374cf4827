import type { Db } from '@/db/client';
import { auditEvents } from '@/db/schema';
import type { AuditAction } from './audit-actions';

/** A database handle or an open transaction: audit rows are written inside the caller's transaction. */
export type DbOrTx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

export interface AuditInput {
  negotiationId: string;
  actorId: string | null;
  action: AuditAction;
  targetType?: string | null;
  targetId?: string | null;
  details?: Record<string, unknown>;
}

/** Appends one audit event (who did what, when); rows are never updated or deleted. */
export async function recordEvent(db: DbOrTx, input: AuditInput): Promise<void> {
  await db.insert(auditEvents).values({
    negotiationId: input.negotiationId,
    actorId: input.actorId,
    action: input.action,
    targetType: input.targetType ?? null,
    targetId: input.targetId ?? null,
    details: input.details ?? {},
  });
}
