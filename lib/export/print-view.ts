import type { Db } from '@/db/client';
import { requireDocumentPermission } from '@/lib/access/require-permission';
import { requireDocument } from '@/lib/access/scope';
import { stateToJson, type PmNode } from '@/lib/editor/to-json';
import { describePackage, getNegotiationPackage } from '@/lib/status/get-package-state';
import { listClauseStatuses, listParties, type PartyRef } from '@/lib/status/list-clause-statuses';
import { countOpenMarks, type OpenMarks } from '@/lib/status/open-marks';
import { loadStoredState } from '@/lib/versions/load-stored-state';
import type { Locale } from '@/lib/i18n/locales';
import { currentLabel } from './export-document';

/** What the print page shows: the saved text with the same header, label and package line as the DOCX. */
export interface PrintView {
  negotiationTitle: string;
  documentTitle: string;
  /** "Current draft (after v7)". */
  label: string;
  doc: PmNode;
  /** For the party marks in the text (brackets, suggestions, alternatives). */
  parties: PartyRef[];
  /** The negotiation's package state in one line, printed on every page. */
  packageLine: string;
  /** True until every provision of every shared document is agreed: the text is printed as a draft. */
  provisional: boolean;
  /** The open marks, for the legend. */
  marks: OpenMarks;
}

/**
 * The current saved text for printing (the browser's "Save as PDF"), read from the same stored
 * state as the DOCX export and with the same right (`export`).
 * @throws AccessError 404 (document not visible), 403 (`export` denied).
 */
export async function getPrintView(db: Db, userId: string, documentId: string, locale: Locale = 'en'): Promise<PrintView> {
  const scope = await requireDocument(db, userId, documentId);
  requireDocumentPermission(scope, 'export');
  const { document, negotiation } = scope;
  const state = await loadStoredState(db, scope);
  const read = document.kind === 'shared' ? await listClauseStatuses(db, document, state) : null;
  const doc = read?.json ?? stateToJson(state);
  const pkg = await getNegotiationPackage(db, negotiation.id, read ? new Map([[document.id, read]]) : new Map());
  return {
    negotiationTitle: negotiation.title,
    documentTitle: document.title,
    label: await currentLabel(db, scope, locale),
    doc,
    parties: read?.parties ?? (await listParties(db, negotiation.id)),
    packageLine: describePackage(pkg, locale),
    provisional: pkg.provisional,
    marks: countOpenMarks(doc),
  };
}
