import { z } from 'zod';
import type { Db } from '@/db/client';
import { HttpError } from '@/lib/access/errors';
import { requireDocumentPermission } from '@/lib/access/require-permission';
import { requireDocument, type DocumentScope } from '@/lib/access/scope';
import { recordEvent } from '@/lib/audit/record-event';
import { stateToJson } from '@/lib/editor/to-json';
import { STATUS_LABELS } from '@/lib/status/labels';
import { describePackage, getNegotiationPackage, type OpenProvision } from '@/lib/status/get-package-state';
import { listClauseStatuses, listParties } from '@/lib/status/list-clause-statuses';
import { loadStoredState } from '@/lib/versions/load-stored-state';
import { getVersionState, listVersions } from '@/lib/versions/versions';
import type { Locale } from '@/lib/i18n/locales';
import { exportText } from './export-text';
import { toDocx } from './to-docx';

export const zExportQuery = z.object({
  version: z.union([z.literal('current'), z.string().uuid('Unknown version.')]).default('current'),
  clean: z.enum(['0', '1']).default('0'),
  /** How pending suggestions appear: Word tracked changes, or marked proposals. */
  suggestions: z.enum(['tracked', 'marked']).default('tracked'),
});
export type ExportQuery = z.infer<typeof zExportQuery>;

/** A clean text asked for while the package is open: 409, with what is still open. */
export class PackageOpenError extends HttpError {
  constructor(readonly open: OpenProvision[]) {
    const state = (o: OpenProvision) =>
      o.missingIn?.length ? `missing in ${o.missingIn.join(', ')}` : STATUS_LABELS[o.status].toLowerCase();
    const shown = open.slice(0, 8).map((o) => `${o.documentTitle}: ‘${o.label}’ (${state(o)})`);
    const more = open.length > shown.length ? `, and ${open.length - shown.length} more` : '';
    super(409, `A clean text is exported only once the whole package is agreed. Still open: ${shown.join('; ')}${more}.`, { open });
    this.name = 'PackageOpenError';
  }
}

/** "Current draft (after v7)" — the version a reader can find in the history — in the reader's language. */
export async function currentLabel(db: Db, scope: DocumentScope, locale: Locale = 'en'): Promise<string> {
  const [latest] = await listVersions(db, scope);
  const t = exportText(locale);
  return latest ? t('currentAfter', { n: latest.number }) : t('currentDraft');
}

/**
 * The DOCX of a document (current text or a version) with the negotiation's package state on
 * every page. A clean text (no brackets, markings or draft legend) is made only of the current
 * text of a shared draft, and only once the package is agreed — computed from the same stored
 * state that is exported, so the file can never claim more than the text carries. Audited.
 * The words the export adds (headings, package line, legend) are in `locale`, the requester's.
 * @throws AccessError 404/403 (`export`); PackageOpenError 409; HttpError 409 for other clean refusals.
 */
export async function exportDocx(
  db: Db,
  userId: string,
  documentId: string,
  query: unknown,
  locale: Locale = 'en',
): Promise<{ buffer: Buffer; filename: string }> {
  const scope = await requireDocument(db, userId, documentId);
  requireDocumentPermission(scope, 'export');
  const q = zExportQuery.parse(query);
  const { document, negotiation } = scope;
  const clean = q.clean === '1';
  const current = await loadStoredState(db, scope);
  const preloaded = document.kind === 'shared' ? new Map([[document.id, await listClauseStatuses(db, document, current)]]) : new Map();
  const pkg = await getNegotiationPackage(db, negotiation.id, preloaded);
  if (clean) {
    if (document.kind !== 'shared') throw new HttpError(409, 'A clean text is made from a shared draft, not from private notes.');
    if (q.version !== 'current')
      throw new HttpError(409, 'A clean text is exported from the current text only: an earlier version is not what the parties agreed.');
    if (pkg.provisional) throw new PackageOpenError(pkg.open);
  }
  const version = q.version === 'current' ? null : await getVersionState(db, scope, q.version);
  const json = version ? stateToJson(version.state) : (preloaded.get(document.id)?.json ?? stateToJson(current));
  const label = version ? exportText(locale)('version', { n: version.number, name: version.name }) : await currentLabel(db, scope, locale);
  const buffer = await toDocx(json, {
    negotiationTitle: negotiation.title,
    documentTitle: document.title,
    label,
    parties: preloaded.get(document.id)?.parties ?? (await listParties(db, negotiation.id)),
    packageLine: describePackage(pkg, locale),
    locale,
    provisional: pkg.provisional,
    clean,
    suggestions: q.suggestions,
  });
  await recordEvent(db, {
    negotiationId: negotiation.id,
    actorId: userId,
    action: 'document.export',
    targetType: 'document',
    targetId: document.id,
    details: { version: q.version, clean, format: 'docx', suggestions: q.suggestions, packageProvisional: pkg.provisional },
  });
  const filename = `${
    document.title
      .replace(/[^\p{L}\p{N} _-]+/gu, '')
      .trim()
      .replace(/\s+/g, '-') || 'draft'
  }${clean ? '-clean' : ''}.docx`;
  return { buffer, filename };
}
