import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { requireNegotiation } from '@/lib/access/scope';
import { withUser } from '@/lib/http/respond';
import { getNegotiationPackage } from '@/lib/status/get-package-state';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/negotiations/[id]/package'>;

/** The negotiation's package state: every shared document's provisions, and what keeps the package open. */
export const GET = withUser<Ctx>(async (_req, user, { params }) => {
  const { negotiation } = await requireNegotiation(getDb(), user.id, (await params).id);
  return NextResponse.json({ package: await getNegotiationPackage(getDb(), negotiation.id) });
});
