import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { getLedger } from '@/lib/commitments/get-ledger';
import { withUser } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/negotiations/[id]/ledger'>;

/** Per party: what it gains and what it concedes across the shared drafts. */
export const GET = withUser<Ctx>(async (_req, user, { params }) => {
  return NextResponse.json(await getLedger(getDb(), user.id, (await params).id));
});
