import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { requireDocument } from '@/lib/access/scope';
import { notifyDocument } from '@/lib/collab/notify';
import { recordDraftingAct, zDraftingAct } from '@/lib/drafting/record-drafting-act';
import { readJson, withUser } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/documents/[id]/acts'>;

/** Logs a drafting act done in the editor (bracket, alternative, suggestion review), if the matrix allows it. */
export const POST = withUser<Ctx>(async (req, user, { params }) => {
  const scope = await requireDocument(getDb(), user.id, (await params).id);
  await recordDraftingAct(getDb(), scope, zDraftingAct.parse(await readJson(req, 8 * 1024)));
  notifyDocument(scope.document.id, 'audit');
  return NextResponse.json({ ok: true }, { status: 201 });
});
