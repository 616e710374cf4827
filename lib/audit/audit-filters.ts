import { and, eq, gte, like, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { auditEvents } from '@/db/schema';

/** Filters of the activity trail; all optional, combined with AND. */
export const zAuditFilters = z.object({
  /** An action or its prefix: "status", "status.confirm", "comment.", "document.edit" ... */
  action: z
    .string()
    .trim()
    .max(64)
    .regex(/^[a-z._]*$/, 'Use an action name such as status or comment.create.')
    .optional(),
  /** A user id: only what this person did. */
  actor: z.uuid('Choose a member from the list.').optional(),
  /** A document id: only what happened to this document. */
  document: z.uuid('Choose a document from the list.').optional(),
  /** Only events at or after this time (ISO 8601). */
  since: z.coerce.date('Give the start time as a date.').optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditFilters = z.input<typeof zAuditFilters>;

/** The document an audit row concerns: the target when it is a document, else details.documentId. */
export const eventDocumentId = sql<
  string | null
>`coalesce(case when ${auditEvents.targetType} = 'document' then ${auditEvents.targetId} end, ${auditEvents.details}->>'documentId')`;

/** Whether an action matches a filter given as a full action name or a prefix (with or without the dot). */
export function actionMatches(action: string, filter: string | undefined): boolean {
  return !filter || action === filter || action.startsWith(filter.endsWith('.') ? filter : `${filter}.`);
}

/**
 * SQL conditions for audit rows: the negotiation, the filters, and never an event about a
 * document the reader cannot see (someone else's caucus or bilateral channel) — except "added a
 * private document" in the unfiltered feed.
 */
export function auditConditions(negotiationId: string, f: z.output<typeof zAuditFilters>, hiddenDocumentIds: string[]): SQL {
  const conditions: (SQL | undefined)[] = [eq(auditEvents.negotiationId, negotiationId)];
  if (f.action) {
    const prefix = f.action.endsWith('.') ? f.action : `${f.action}.`;
    conditions.push(or(eq(auditEvents.action, f.action), like(auditEvents.action, `${prefix.replace(/_/g, '\\_')}%`)));
  }
  if (f.actor) conditions.push(eq(auditEvents.actorId, f.actor));
  if (f.document) conditions.push(sql`${eventDocumentId} = ${f.document}`);
  // Filtering by a document the reader cannot see answers like an unknown id: nothing at all.
  if (f.document && hiddenDocumentIds.includes(f.document)) conditions.push(sql`false`);
  if (f.since) conditions.push(gte(auditEvents.createdAt, f.since));
  if (hiddenDocumentIds.length > 0) {
    conditions.push(
      or(eq(auditEvents.action, 'document.create'), sql`${eventDocumentId} is null`, notInArray(eventDocumentId, hiddenDocumentIds)),
    );
  }
  return and(...conditions)!;
}
