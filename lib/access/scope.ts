import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documents, memberships, negotiations, type DocumentRow, type Negotiation } from '@/db/schema';
import { forbidden, notFound } from './errors';
import { decide, documentAccess, type Action, type Actor, type DocumentAccess } from './policy';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

/** The actor for a user in a negotiation, read from the database now (revocation is immediate). */
export async function findActor(db: Db, userId: string, negotiationId: string): Promise<Actor | null> {
  if (!isUuid(negotiationId)) return null;
  const [m] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.negotiationId, negotiationId)))
    .limit(1);
  return m ? { userId, role: m.role, partyId: m.partyId, isConvener: m.isConvener } : null;
}

/** Negotiations the user belongs to, with their role in each. */
export async function listNegotiationsFor(db: Db, userId: string) {
  return db
    .select({ negotiation: negotiations, role: memberships.role, partyId: memberships.partyId })
    .from(memberships)
    .innerJoin(negotiations, eq(negotiations.id, memberships.negotiationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(negotiations.title));
}

export interface NegotiationScope {
  negotiation: Negotiation;
  actor: Actor;
}

/**
 * A negotiation seen by a member; with `action`, also requires that permission.
 * @throws AccessError 404 when unknown or not a member, 403 when the action is not allowed.
 */
export async function requireNegotiation(db: Db, userId: string, negotiationId: string, action?: Action): Promise<NegotiationScope> {
  const actor = await findActor(db, userId, negotiationId);
  if (!actor) throw notFound('No such negotiation.');
  const [negotiation] = await db.select().from(negotiations).where(eq(negotiations.id, negotiationId)).limit(1);
  if (!negotiation) throw notFound('No such negotiation.');
  if (action && decide(actor, action, { style: negotiation.style }) !== 'allow') {
    throw forbidden();
  }
  return { negotiation, actor };
}

/** Only requireDocument sets this (type-level only): a DocumentScope cannot be written by hand. */
declare const accessChecked: unique symbol;

/** A document whose read access was checked for `actor`; readers of document content take one. */
export interface DocumentScope extends NegotiationScope {
  document: DocumentRow;
  access: DocumentAccess;
  readonly [accessChecked]: true;
}

/**
 * A document the user may read. Someone else's caucus answers 404 exactly like an unknown id.
 * @throws AccessError 404.
 */
export async function requireDocument(db: Db, userId: string, documentId: string): Promise<DocumentScope> {
  if (!isUuid(documentId)) throw notFound('No such document.');
  const [document] = await db.select().from(documents).where(eq(documents.id, documentId)).limit(1);
  if (!document) throw notFound('No such document.');
  const { negotiation, actor } = await requireNegotiation(db, userId, document.negotiationId).catch(() => {
    throw notFound('No such document.');
  });
  const access = documentAccess(actor, { style: negotiation.style, document });
  if (access === 'none') throw notFound('No such document.');
  return { negotiation, actor, document, access } as DocumentScope;
}

/** Documents of a negotiation that this actor may see (shared ones plus its own caucus). */
export async function listDocumentsFor(db: Db, scope: NegotiationScope): Promise<DocumentRow[]> {
  const rows = await db
    .select()
    .from(documents)
    .where(eq(documents.negotiationId, scope.negotiation.id))
    .orderBy(asc(documents.position), asc(documents.createdAt));
  return rows.filter((d) => documentAccess(scope.actor, { style: scope.negotiation.style, document: d }) !== 'none');
}
