import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { readJson, withUser } from '@/lib/http/respond';
import { changeStyle, zChangeStyle } from '@/lib/negotiations/change-style';
import { getNegotiationOverview } from '@/lib/negotiations/get-overview';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/negotiations/[id]'>;

/** The negotiation as this member sees it: me (role, party, permissions), parties, members, documents. */
export const GET = withUser<Ctx>(async (_req, user, { params }) => {
  const { id } = await params;
  return NextResponse.json(await getNegotiationOverview(getDb(), user.id, id));
});

/** Changes the mediation style (`style.change`). */
export const PATCH = withUser<Ctx>(async (req, user, { params }) => {
  const { id } = await params;
  const { style } = zChangeStyle.parse(await readJson(req));
  const result = await changeStyle(getDb(), user.id, id, style);
  return NextResponse.json({ style, ...result });
});
