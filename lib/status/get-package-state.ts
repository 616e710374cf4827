import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documents, type ClauseStatus, type DocumentRow } from '@/db/schema';
import { listOutOfStep, type OutOfStep } from '@/lib/languages/list-out-of-step';
import { listClauseStatuses, type ClauseStatusView } from './list-clause-statuses';
import { countOpenMarks, hasOpenMarks, type OpenMarks } from './open-marks';

/** A provision that keeps the package open. */
export interface OpenProvision {
  documentId: string;
  documentTitle: string;
  clauseKey: string;
  label: string;
  status: ClauseStatus;
  /** Parties whose confirmation of this exact text is missing. */
  partiesNotAgreed: string[];
}

export interface PackageDocument {
  documentId: string;
  title: string;
  total: number;
  agreed: number;
  /** Open negotiation marks anywhere in the text (also outside provisions, e.g. in a heading). */
  marks: OpenMarks;
}

/** "Nothing is agreed until everything is agreed", over every shared document of a negotiation. */
export interface NegotiationPackage {
  /** True until there is at least one provision and every provision of every shared document is agreed, with no open marks. */
  provisional: boolean;
  agreed: number;
  total: number;
  documents: PackageDocument[];
  /** Every provision still open, document by document. */
  open: OpenProvision[];
  /** Provisions of authentic language versions that are out of step with their counterparts: the package cannot be agreed meanwhile. */
  outOfStep: OutOfStep[];
}

/** The package over already loaded documents (pure; see getNegotiationPackage). */
export function packageOf(docs: { document: Pick<DocumentRow, 'id' | 'title'>; clauses: ClauseStatusView[]; marks: OpenMarks }[], outOfStep: OutOfStep[] = []): NegotiationPackage {
  const open: OpenProvision[] = [];
  const perDocument: PackageDocument[] = [];
  for (const { document, clauses, marks } of docs) {
    const holding = clauses.filter((c) => c.status !== 'agreed');
    perDocument.push({ documentId: document.id, title: document.title, total: clauses.length, agreed: clauses.length - holding.length, marks });
    for (const c of holding) {
      open.push({
        documentId: document.id,
        documentTitle: document.title,
        clauseKey: c.clauseKey,
        label: c.label,
        status: c.status,
        partiesNotAgreed: c.positions.filter((p) => p.position !== 'confirmed').map((p) => p.shortName),
      });
    }
  }
  const total = perDocument.reduce((n, d) => n + d.total, 0);
  const agreed = perDocument.reduce((n, d) => n + d.agreed, 0);
  const marksOpen = perDocument.some((d) => hasOpenMarks(d.marks));
  const misaligned = outOfStep.filter((o) => o.authentic);
  return { provisional: total === 0 || open.length > 0 || marksOpen || misaligned.length > 0, agreed, total, documents: perDocument, open, outOfStep: misaligned };
}

/**
 * The package state of a negotiation: every shared document's provisions with their status.
 * Callers authorize first (any member may see it: shared drafts are readable by every member).
 * `preloaded` reuses documents the caller has already read.
 */
export async function getNegotiationPackage(db: Db, negotiationId: string, preloaded: Map<string, Awaited<ReturnType<typeof listClauseStatuses>>> = new Map()): Promise<NegotiationPackage> {
  const shared = await db
    .select()
    .from(documents)
    .where(and(eq(documents.negotiationId, negotiationId), eq(documents.kind, 'shared')))
    .orderBy(asc(documents.position), asc(documents.createdAt));
  const loaded = await Promise.all(
    shared.map(async (document) => {
      const read = preloaded.get(document.id) ?? (await listClauseStatuses(db, document));
      return { document, clauses: read.clauses, marks: countOpenMarks(read.json) };
    }),
  );
  return packageOf(loaded, await listOutOfStep(db, { negotiationId }));
}

/** "Package provisional — 31 of 44 provisions agreed; open: Chapter III (9), Annex A (4)". */
export function describePackage(pkg: NegotiationPackage): string {
  if (!pkg.provisional) return `Package agreed — all ${pkg.total} provisions agreed by every party`;
  const perDoc = pkg.documents
    .map((d) => ({ title: d.title, open: d.total - d.agreed, marks: hasOpenMarks(d.marks) }))
    .filter((d) => d.open > 0 || d.marks)
    .map((d) => (d.open > 0 ? `${d.title} (${d.open})` : `${d.title} (open marks)`));
  const count = `${pkg.agreed} of ${pkg.total} provision${pkg.total === 1 ? '' : 's'} agreed`;
  if (pkg.total === 0) return 'Package provisional — no provisions drafted yet';
  const misaligned = pkg.outOfStep.length ? `; ${pkg.outOfStep.length} provision${pkg.outOfStep.length === 1 ? '' : 's'} of an authentic text out of step` : '';
  return `Package provisional — ${count}${perDoc.length ? `; open: ${perDoc.join(', ')}` : ''}${misaligned}`;
}
