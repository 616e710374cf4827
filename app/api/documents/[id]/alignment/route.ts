import { getDb } from '@/db/client';
import { readJson, withUser } from '@/lib/http/respond';
import { markAligned, zMarkAligned } from '@/lib/languages/mark-aligned';
import { notifyDocument } from '@/lib/collab/notify';
import { notifyNegotiation } from '@/lib/status/notify-negotiation';
import { requireDocument } from '@/lib/access/scope';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/documents/[id]/alignment'>;

/** A translator marks one provision of this language version aligned with its counterparts: `{ clauseKey }` (204). */
export const POST = withUser<Ctx>(async (req, user, { params }) => {
  const { id } = await params;
  await markAligned(getDb(), user.id, id, zMarkAligned.parse(await readJson(req, 1024)));
  const { document } = await requireDocument(getDb(), user.id, id);
  notifyDocument(document.id, 'status');
  await notifyNegotiation(getDb(), document.negotiationId, 'package');
  return new Response(null, { status: 204 });
});
