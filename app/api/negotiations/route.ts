import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { readJson, withUser } from '@/lib/http/respond';
import { createNegotiation, zCreateNegotiation } from '@/lib/negotiations/create-negotiation';
import { listMyNegotiations } from '@/lib/negotiations/list-my-negotiations';

export const dynamic = 'force-dynamic';

/** The signed-in user's negotiations with their role in each. */
export const GET = withUser(async (_req, user) => {
  return NextResponse.json({ negotiations: await listMyNegotiations(getDb(), user.id) });
});

/** Opens a new negotiation; the caller becomes its lead mediator and convener. */
export const POST = withUser(async (req, user) => {
  const input = zCreateNegotiation.parse(await readJson(req));
  const negotiation = await createNegotiation(getDb(), user.id, input);
  return NextResponse.json({ negotiation }, { status: 201 });
});
