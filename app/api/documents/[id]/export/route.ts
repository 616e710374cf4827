import { getDb } from '@/db/client';
import { exportDocx, PackageOpenError } from '@/lib/export/export-document';
import { jsonError, withUser } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/**
 * Downloads the draft (or a version) as DOCX: `?version=current|<id>&clean=0|1&suggestions=tracked|marked`.
 * A clean text while the package is open answers 409 with `{ error, open: [...] }`. Logged in the audit trail.
 */
export const GET = withUser<Ctx>(async (req, user, { params }) => {
  try {
    const { buffer, filename } = await exportDocx(getDb(), user.id, (await params).id, Object.fromEntries(new URL(req.url).searchParams));
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
