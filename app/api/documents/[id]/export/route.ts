import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { parties } from '@/db/schema';
import { requireDocumentPermission } from '@/lib/access/require-permission';
import { requireDocument } from '@/lib/access/scope';
import { recordEvent } from '@/lib/audit/record-event';
import { toDocx } from '@/lib/export/to-docx';
import { withUser } from '@/lib/http/respond';
import { resolveText } from '@/lib/versions/resolve-text';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

const zQuery = z.object({
  version: z.union([z.literal('current'), z.string().uuid('Unknown version.')]).default('current'),
  clean: z.enum(['0', '1']).default('0'),
});

/** Downloads the draft (or a version) as DOCX for capitals; logged in the audit trail. */
export const GET = withUser<Ctx>(async (req, user, { params }) => {
  const db = getDb();
  const scope = await requireDocument(db, user.id, (await params).id);
  requireDocumentPermission(scope, 'export');
  const q = zQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
  const text = await resolveText(db, scope.document.id, q.version);
  const partyRows = await db.select().from(parties).where(eq(parties.negotiationId, scope.negotiation.id)).orderBy(asc(parties.position));
  const buf = await toDocx(text.json, {
    negotiationTitle: scope.negotiation.title,
    documentTitle: scope.document.title,
    label: text.label,
    parties: partyRows,
    clean: q.clean === '1',
  });
  await recordEvent(db, { negotiationId: scope.negotiation.id, actorId: user.id, action: 'document.export', targetType: 'document', targetId: scope.document.id, details: { version: q.version, clean: q.clean === '1', format: 'docx' } });
  const filename = `${scope.document.title.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().replace(/\s+/g, '-') || 'draft'}.docx`;
  return new Response(new Uint8Array(buf), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Disposition': `attachment; filename="draft.docx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      'Cache-Control': 'no-store',
    },
  });
});
