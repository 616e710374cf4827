import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { readJson, withUser } from '@/lib/http/respond';
import { openBilateralChannel } from '@/lib/shuttle/open-bilateral-channel';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/negotiations/[id]/bilateral'>;

/** Opens (or finds) the bilateral channel between the mediation team and one delegation (lead mediator only). */
export const POST = withUser<Ctx>(async (req, user, { params }) => {
  const { id } = await params;
  const { document, created } = await openBilateralChannel(getDb(), user.id, id, await readJson(req));
  return NextResponse.json(
    { document: { id: document.id, title: document.title, kind: document.kind, partyId: document.partyId } },
    { status: created ? 201 : 200 },
  );
});
