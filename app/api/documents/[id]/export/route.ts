import { getDb } from '@/db/client';
import { exportDraft } from '@/lib/export/export-draft';
import { requestLocale } from '@/lib/http/localize-error';
import { docxResponse, withUser } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/documents/[id]/export'>;

/**
 * Downloads the draft (or a version) as DOCX: `?version=current|<id>&clean=0|1&suggestions=tracked|marked`;
 * `?with=<language version id>` gives both language versions side by side.
 * A clean text while the package is open answers 409 with `{ error, open: [...] }`. Logged in the audit trail.
 */
export const GET = withUser<Ctx>(async (req, user, { params }) => {
  const query = Object.fromEntries(new URL(req.url).searchParams);
  const { buffer, filename } = await exportDraft(getDb(), user.id, (await params).id, query, requestLocale(req, user.locale));
  return docxResponse(buffer, filename);
});
