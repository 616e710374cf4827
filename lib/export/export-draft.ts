import type { Db } from '@/db/client';
import type { Locale } from '@/lib/i18n/locales';
import { exportBilingualDocx } from '@/lib/languages/export-bilingual';
import { exportDocx } from './export-document';

/** A DOCX file ready to download. */
export interface DocxFile {
  buffer: Buffer;
  filename: string;
}

/**
 * The export use case behind `GET /api/documents/:id/export`: `with=<language version id>` gives
 * both language versions side by side, otherwise one text (`version`, `clean`, `suggestions`); the
 * export's own words in `locale`, the requester's interface language.
 * @throws AccessError 404/403 (`export`); PackageOpenError 409; HttpError 400/409 as the two exports do.
 */
export async function exportDraft(
  db: Db,
  userId: string,
  documentId: string,
  query: Record<string, string>,
  locale: Locale = 'en',
): Promise<DocxFile> {
  return query.with ? exportBilingualDocx(db, userId, documentId, query.with, locale) : exportDocx(db, userId, documentId, query, locale);
}
