import { getDb } from '@/db/client';
import { exportDocx, PackageOpenError } from '@/lib/export/export-document';
import { jsonError, withUser } from '@/lib/http/respond';
import { exportBilingualDocx } from '@/lib/languages/export-bilingual';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/**
 * Downloads the draft (or a version) as DOCX: `?version=current|<id>&clean=0|1&suggestions=tracked|marked`;
 * `?with=<language version id>` gives both language versions side by side.
 * A clean text while the package is open answers 409 with `{ error, open: [...] }`. Logged in the audit trail.
 */
export const GET = withUser<Ctx>(async (req, user, { params }) => {
  try {
    const query = Object.fromEntries(new URL(req.url).searchParams);
    const { id } = await params;
    const { buffer, filename } = query.with ? await exportBilingualDocx(getDb(), user.id, id, query.with) : await exportDocx(getDb(), user.id, id, query);
    return new Response(new Uint8Array(buffer), {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'Content-Disposition': `attachment; filename="draft.docx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (err) {
    if (err instanceof PackageOpenError) return jsonError(409, err.message, { open: err.open });
    throw err;
  }
});
