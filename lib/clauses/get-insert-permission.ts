import type { Db } from '@/db/client';
import type { MediationStyle, Role } from '@/lib/negotiations/terms';
import { decide, type Decision } from '@/lib/access/policy';
import { requireDocument } from '@/lib/access/scope';

export interface InsertPermission {
  negotiationId: string;
  decision: Decision;
  role: Role;
  style: MediationStyle;
}

/**
 * Whether this user may insert a library clause into this document, from THE matrix
 * ('clause.insert' by role × style; caucus documents follow their owners' rights).
 * @throws AccessError 404 when the document is unknown or not visible to the user.
 */
export async function getInsertPermission(db: Db, userId: string, documentId: string): Promise<InsertPermission> {
  const { actor, negotiation, document } = await requireDocument(db, userId, documentId);
  return {
    negotiationId: negotiation.id,
    decision: decide(actor, 'clause.insert', { style: negotiation.style, document }),
    role: actor.role,
    style: negotiation.style,
  };
}
