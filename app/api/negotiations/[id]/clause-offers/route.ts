import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { offerClause, zClauseOffer } from '@/lib/clauses/offer-clause';
import { readJson, withUser } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/negotiations/[id]/clause-offers'>;

/** Offers a library clause to the parties (recorded in the negotiation's activity). */
export const POST = withUser<Ctx>(async (req, user, { params }) => {
  const { id } = await params;
  const input = zClauseOffer.parse(await readJson(req));
  return NextResponse.json({ offer: await offerClause(getDb(), user.id, id, input) }, { status: 201 });
});
