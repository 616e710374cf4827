import { desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditEvents, documents, parties, users } from '@/db/schema';
import { can } from '@/lib/access/policy';
import { listDocumentsFor, requireNegotiation } from '@/lib/access/scope';
import { actionMatches, auditConditions, zAuditFilters, type AuditFilters } from './audit-filters';
import { describeEvent } from './describe-event';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import type { Locale } from '@/lib/i18n/locales';
import { listEditActivity } from './list-edit-activity';

export interface ActivityItem {
  /** An audit event id, or "edits:<document>:<user>:<hour>" for aggregated text edits. */
  id: number | string;
  at: Date;
  actorId: string | null;
  actorName: string;
  action: string;
  /** The document it concerns, when there is one the reader may see. */
  documentId: string | null;
  summary: string;
}

/** The synthetic action of aggregated text edits (from the update log, not the audit table). */
export const EDIT_ACTION = 'document.edit';

/**
 * The negotiation's activity, newest first, in plain language: audit events plus text edits
 * aggregated per person, document and hour. Events about documents the reader cannot see (someone
 * else's caucus) are left out. `limit` may also be given inside `filters`. Sentences are in `locale`.
 * @throws AccessError 404 for non-members, 403 without `audit.read`; ZodError for bad filters.
 */
export async function listEvents(
  db: Db,
  userId: string,
  negotiationId: string,
  limit = 50,
  filters: AuditFilters = {},
  locale: Locale = 'en',
): Promise<ActivityItem[]> {
  const words = { en, fr, ar }[locale].events;
  const scope = await requireNegotiation(db, userId, negotiationId, 'audit.read');
  const f = zAuditFilters.parse({ limit, ...filters });
  const [allDocs, visibleDocs] = await Promise.all([
    db.select({ id: documents.id, title: documents.title }).from(documents).where(eq(documents.negotiationId, negotiationId)),
    listDocumentsFor(db, scope),
  ]);
  const visible = new Map(visibleDocs.map((d) => [d.id, d.title]));
  const hidden = allDocs.filter((d) => !visible.has(d.id)).map((d) => d.id);
  const [rows, edits] = await Promise.all([
    db
      .select({ e: auditEvents, actorName: users.name })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .where(auditConditions(negotiationId, f, hidden))
      .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
      .limit(f.limit),
    actionMatches(EDIT_ACTION, f.action) ? listEditActivity(db, [...visible.keys()], f) : [],
  ]);
  const targetIds = [...new Set(rows.filter((r) => r.e.targetType === 'user' && r.e.targetId).map((r) => r.e.targetId!))];
  const targets = targetIds.length
    ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, targetIds))
    : [];
  const names = new Map(targets.map((u) => [u.id, u.name]));
  const partyRows = await db
    .select({ id: parties.id, shortName: parties.shortName })
    .from(parties)
    .where(eq(parties.negotiationId, negotiationId));
  const ctx = {
    userName: (id: string | null | undefined) => (id && names.get(id)) || words.formerMember,
    partyName: (id: string | null | undefined) => partyRows.find((p) => p.id === id)?.shortName ?? null,
    showEmails: can(scope.actor, 'members.manage', { style: scope.negotiation.style }),
    documentTitle: (id: string | null | undefined) => (id ? (visible.get(id) ?? null) : null),
    locale,
  };
  const events: ActivityItem[] = rows.map(({ e, actorName }) => {
    const documentId = e.targetType === 'document' ? e.targetId : typeof e.details.documentId === 'string' ? e.details.documentId : null;
    return {
      id: e.id,
      at: e.createdAt,
      actorId: e.actorId,
      actorName: actorName ?? words.formerMemberActor,
      action: e.action,
      documentId: documentId && visible.has(documentId) ? documentId : null,
      summary: describeEvent(e.action, e.targetId, e.details, ctx),
    };
  });
  const editItems: ActivityItem[] = edits.map((x) => ({
    id: `edits:${x.documentId}:${x.userId ?? 'unknown'}:${x.hour.toISOString()}`,
    at: x.at,
    actorId: x.userId,
    actorName: x.userName ?? words.formerMemberActor,
    action: EDIT_ACTION,
    documentId: x.documentId,
    summary: describeEvent(EDIT_ACTION, x.documentId, { changes: x.changes }, ctx),
  }));
  return [...events, ...editItems].sort((a, b) => new Date(b.at).getTime() - new Date(a.at).getTime()).slice(0, f.limit);
}
