import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditEvents, clauseAttachments, documents, parties, users, type DocumentRow } from '@/db/schema';
import { decide } from '@/lib/access/policy';
import { listDocumentsFor, requireDocument } from '@/lib/access/scope';
import { getLedger, type Ledger } from '@/lib/commitments/get-ledger';
import { listAttachments, type DocumentAttachments } from '@/lib/commitments/list-attachments';
import { unsafeLoadClauses } from '@/lib/commitments/list-clauses';
import { getFloor, type FloorView } from '@/lib/floor/get-floor';
import { STYLE_HINTS, STYLE_LABELS } from '@/lib/negotiations/labels';
import { describeCapabilities, type Capability } from './describe-capabilities';

export interface AgendaItem {
  id: string;
  title: string;
  clauseCount: number;
  isCurrent: boolean;
}
export interface ClauseOfferItem {
  title: string;
  variant: string;
  offeredBy: string;
  at: string;
}

/** Everything the document page passes to components/styles (plain JSON, computed on the server). */
export interface StylePanelsData {
  documentId: string;
  negotiationId: string;
  style: { key: string; label: string; hint: string };
  capabilities: Capability[];
  parties: { id: string; name: string; shortName: string; color: string }[];
  /** Shared drafts: who holds the floor (every style; the lead mediator gives it). */
  floor: FloorView | null;
  /** Facilitative mediation: agenda, presence and clause offers. */
  process: { agenda: AgendaItem[]; offers: ClauseOfferItem[]; canOffer: boolean } | null;
  /** Shared drafts under power-based mediation, or with commitments on record. */
  commitments: DocumentAttachments | null;
  ledger: Ledger | null;
  /** The mediation team's notes or a bilateral channel, for whoever may release text from it. */
  release: { sourceDocumentId: string; targets: { id: string; title: string; kind: DocumentRow['kind'] }[] } | null;
}

/**
 * The style-aware panels for one reader of one document; every "may they" comes from decide().
 * @throws AccessError 404 when the document is not visible.
 */
export async function getStylePanels(db: Db, userId: string, documentId: string): Promise<StylePanelsData> {
  const scope = await requireDocument(db, userId, documentId);
  const { negotiation, actor, document } = scope;
  const resource = { style: negotiation.style, document };
  const visible = await listDocumentsFor(db, scope);
  const shared = visible.filter((d) => d.kind === 'shared');

  let process: StylePanelsData['process'] = null;
  if (negotiation.style === 'facilitative' && document.kind === 'shared') {
    // `shared` lists only documents visible to this reader (listDocumentsFor).
    const agenda = await Promise.all(
      shared.map(async (d) => ({
        id: d.id,
        title: d.title,
        clauseCount: (await unsafeLoadClauses(db, d.id)).filter((c) => !c.heading).length,
        isCurrent: d.id === document.id,
      })),
    );
    const offerRows = await db
      .select({ details: auditEvents.details, at: auditEvents.createdAt, name: users.name })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .where(
        and(eq(auditEvents.negotiationId, negotiation.id), eq(auditEvents.action, 'clause.offer'), eq(auditEvents.targetId, document.id)),
      )
      .orderBy(desc(auditEvents.createdAt))
      .limit(10);
    const offers = offerRows.map((r) => ({
      title: String(r.details.title ?? 'A library clause'),
      variant: String(r.details.variant ?? 'standard'),
      offeredBy: r.name ?? 'A former member',
      at: r.at.toISOString(),
    }));
    process = { agenda, offers, canOffer: decide(actor, 'clause.insert', resource) === 'suggest' };
  }

  let commitments: DocumentAttachments | null = null;
  let ledger: Ledger | null = null;
  if (document.kind === 'shared') {
    const [any] = await db
      .select({ id: clauseAttachments.id })
      .from(clauseAttachments)
      .innerJoin(documents, eq(documents.id, clauseAttachments.documentId))
      .where(eq(documents.negotiationId, negotiation.id))
      .limit(1);
    if (negotiation.style === 'power_based' || any) {
      [commitments, ledger] = await Promise.all([listAttachments(db, userId, documentId), getLedger(db, userId, negotiation.id)]);
    }
  }

  // Shuttle: from the team's notes or a bilateral channel into a shared draft or the other delegation's channel.
  const mayRelease =
    (document.kind === 'mediator_private' || document.kind === 'bilateral') && decide(actor, 'text.release', resource) === 'allow';
  const channels = visible.filter((d) => d.kind === 'bilateral' && d.id !== document.id && d.partyId !== document.partyId);
  const release = mayRelease
    ? { sourceDocumentId: document.id, targets: [...shared, ...channels].map((d) => ({ id: d.id, title: d.title, kind: d.kind })) }
    : null;

  return {
    documentId,
    negotiationId: negotiation.id,
    style: { key: negotiation.style, label: STYLE_LABELS[negotiation.style], hint: STYLE_HINTS[negotiation.style] },
    capabilities: describeCapabilities(actor, resource),
    floor: document.kind === 'shared' ? await getFloor(db, userId, negotiation.id) : null,
    parties: await db
      .select({ id: parties.id, name: parties.name, shortName: parties.shortName, color: parties.color })
      .from(parties)
      .where(eq(parties.negotiationId, negotiation.id))
      .orderBy(asc(parties.position)),
    process,
    commitments,
    ledger,
    release,
  };
}
