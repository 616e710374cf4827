import { and, asc, eq } from 'drizzle-orm';
import { createTranslator } from 'next-intl';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import type { Locale } from '@/lib/i18n/locales';
import type { Db } from '@/db/client';
import { documents, type ClauseStatus, type DocumentRow } from '@/db/schema';
import { listOutOfStep, type OutOfStep } from '@/lib/languages/list-out-of-step';
import { listClauseStatuses, type ClauseStatusView } from './list-clause-statuses';
import { countOpenMarks, hasOpenMarks, type OpenMarks } from './open-marks';

/** A provision that keeps the package open. */
export interface OpenProvision {
  /** The draft it belongs to (the original, when the draft has language versions). */
  documentId: string;
  documentTitle: string;
  clauseKey: string;
  label: string;
  status: ClauseStatus;
  /** Parties whose confirmation of this exact text is missing (in any authentic text). */
  partiesNotAgreed: string[];
  /** When the draft has language versions: the authentic texts (language codes) in which it is still open. */
  languages?: string[];
  /** Authentic texts (language codes) that lack this provision altogether: it holds the package until each carries it. */
  missingIn?: string[];
}

/** One shared draft, its language versions counted with it: a provision is one provision in every language. */
export interface PackageDocument {
  documentId: string;
  title: string;
  total: number;
  agreed: number;
  /** Open negotiation marks anywhere in its authentic texts (also outside provisions, e.g. in a heading). */
  marks: OpenMarks;
}

/** A provision of a language version out of step with its counterparts, with its name in that text. */
export type PackageOutOfStep = OutOfStep & { label: string };

/** "Nothing is agreed until everything is agreed", over every shared document of a negotiation. */
export interface NegotiationPackage {
  /**
   * True until there is at least one provision, every provision is in every authentic text and
   * agreed there, no open marks, no authentic text out of step.
   */
  provisional: boolean;
  agreed: number;
  total: number;
  documents: PackageDocument[];
  /** Every provision still open, draft by draft. */
  open: OpenProvision[];
  /** Provisions of authentic texts out of step with their counterparts: the package cannot be agreed meanwhile. */
  outOfStep: PackageOutOfStep[];
  /** Provisions of working translations out of step: reported, never holding the package. */
  translationsOutOfStep: PackageOutOfStep[];
}

type LoadedDocument = {
  document: Pick<DocumentRow, 'id' | 'title'> & Partial<Pick<DocumentRow, 'versionOf' | 'authentic' | 'language'>>;
  clauses: ClauseStatusView[];
  marks: OpenMarks;
};

const isAuthentic = (d: LoadedDocument['document']) => !d.versionOf || d.authentic === true;
const addMarks = (a: OpenMarks, b: OpenMarks): OpenMarks => ({
  brackets: a.brackets + b.brackets,
  suggestions: a.suggestions + b.suggestions,
  alternatives: a.alternatives + b.alternatives,
});

/**
 * The package over already loaded documents (pure; see getNegotiationPackage). A shared draft and
 * its language versions form one entry: each provision (clause key) counts once, and is agreed
 * when every authentic text (the original and the authentic versions) carries it and it is agreed
 * in each: a provision one authentic text lacks stays open. A working translation's statuses,
 * marks and gaps do not count.
 */
export function packageOf(docs: LoadedDocument[], outOfStep: OutOfStep[] = []): NegotiationPackage {
  const groups = new Map<string, LoadedDocument[]>();
  for (const d of docs) {
    const base = d.document.versionOf && docs.some((o) => o.document.id === d.document.versionOf) ? d.document.versionOf : d.document.id;
    groups.set(base, [...(groups.get(base) ?? []), d]);
  }
  const open: OpenProvision[] = [];
  const perDocument: PackageDocument[] = [];
  for (const [base, members] of groups) {
    const original = members.find((m) => m.document.id === base)!;
    const authentic = [original, ...members.filter((m) => m !== original && isAuthentic(m.document))];
    const hasVersions = members.length > 1;
    const keys = [...new Set(authentic.flatMap((m) => m.clauses.map((c) => c.clauseKey)))];
    let agreed = 0;
    for (const key of keys) {
      const carrying = authentic.flatMap((m) => m.clauses.filter((c) => c.clauseKey === key).map((c) => ({ text: m.document, c })));
      const holding = carrying.filter(({ c }) => c.status !== 'agreed');
      // Texts of equal force must say the same things: one that lacks the provision cannot have agreed to it.
      const missingIn = authentic.filter((m) => !carrying.some(({ text }) => text === m.document)).map((m) => m.document.language ?? '');
      if (holding.length === 0 && missingIn.length === 0) {
        agreed += 1;
        continue;
      }
      const first = (holding[0] ?? carrying[0]!).c;
      open.push({
        documentId: original.document.id,
        documentTitle: original.document.title,
        clauseKey: key,
        label: (original.clauses.find((c) => c.clauseKey === key) ?? first).label,
        status: first.status,
        partiesNotAgreed: [
          ...new Set(holding.flatMap(({ c }) => c.positions.filter((p) => p.position !== 'confirmed').map((p) => p.shortName))),
        ],
        ...(hasVersions ? { languages: holding.map(({ text }) => text.language ?? '') } : {}),
        ...(missingIn.length ? { missingIn } : {}),
      });
    }
    const marks = authentic.map((m) => m.marks).reduce(addMarks);
    perDocument.push({ documentId: original.document.id, title: original.document.title, total: keys.length, agreed, marks });
  }
  const total = perDocument.reduce((n, d) => n + d.total, 0);
  const agreed = perDocument.reduce((n, d) => n + d.agreed, 0);
  const marksOpen = perDocument.some((d) => hasOpenMarks(d.marks));
  const labelled = outOfStep.map((o) => ({
    ...o,
    label: docs.find((d) => d.document.id === o.documentId)?.clauses.find((c) => c.clauseKey === o.clauseKey)?.label ?? o.clauseKey,
  }));
  const misaligned = labelled.filter((o) => o.authentic);
  return {
    provisional: total === 0 || open.length > 0 || marksOpen || misaligned.length > 0,
    agreed,
    total,
    documents: perDocument,
    open,
    outOfStep: misaligned,
    translationsOutOfStep: labelled.filter((o) => !o.authentic),
  };
}

/**
 * The package state of a negotiation: every shared document's provisions with their status.
 * Callers authorize first (any member may see it: shared drafts are readable by every member).
 * `preloaded` reuses documents the caller has already read.
 */
export async function getNegotiationPackage(
  db: Db,
  negotiationId: string,
  preloaded: Map<string, Awaited<ReturnType<typeof listClauseStatuses>>> = new Map(),
): Promise<NegotiationPackage> {
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

const CATALOGUES = { en, fr, ar } as const;

/** A language's name in the reader's language ("Arabic", "arabe", "العربية"); the code itself when Intl does not know it. */
function languageName(code: string | null, locale: Locale): string {
  if (!code) return '?';
  try {
    return new Intl.DisplayNames(locale, { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * "Package provisional — 31 of 44 provisions agreed; open: Chapter III (9), Annex A (4)", in the
 * reader's language (the print view, the DOCX of whoever asks for it). Document titles stay as
 * written.
 */
export function describePackage(pkg: NegotiationPackage, locale: Locale = 'en'): string {
  const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'packageState' });
  const tl = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'packageLine' });
  if (!pkg.provisional) return t('agreed', { total: pkg.total });
  if (pkg.total === 0) return t('empty');
  const separator = locale === 'ar' ? '، ' : ', ';
  const perDoc = pkg.documents
    .map((d) => ({ title: d.title, open: d.total - d.agreed, marks: hasOpenMarks(d.marks) }))
    .filter((d) => d.open > 0 || d.marks)
    .map((d) => (d.open > 0 ? `${d.title} (${d.open})` : t('openMarks', { title: d.title })));
  const languages = [...new Set(pkg.outOfStep.map((o) => languageName(o.language, locale)))].join(separator);
  const misaligned = pkg.outOfStep.length ? tl('outOfStep', { count: pkg.outOfStep.length, languages }) : '';
  const gaps = pkg.open.filter((o) => o.missingIn?.length);
  const lacking = [...new Set(gaps.flatMap((o) => o.missingIn!.map((code) => languageName(code, locale))))].join(separator);
  const missing = gaps.length ? tl('missing', { count: gaps.length, languages: lacking }) : '';
  return `${t('provisional', { agreed: pkg.agreed, total: pkg.total })}${perDoc.length ? t('openList', { list: perDoc.join(separator) }) : ''}${misaligned}${missing}`;
}
