import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { getFloor } from '@/lib/floor/get-floor';
import { giveFloor, zGiveFloor } from '@/lib/floor/give-floor';
import { takeBackFloor } from '@/lib/floor/take-back-floor';
import { readJson, withUser } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/negotiations/[id]/floor'>;

/** Who holds the floor, on which agenda item (any member). */
export const GET = withUser<Ctx>(async (_req, user, { params }) => {
  const { id } = await params;
  return NextResponse.json(await getFloor(getDb(), user.id, id));
});

/** Gives the floor to a delegation or the mediation team (`floor.give`). */
export const PUT = withUser<Ctx>(async (req, user, { params }) => {
  const { id } = await params;
  const input = zGiveFloor.parse(await readJson(req));
  return NextResponse.json(await giveFloor(getDb(), user.id, id, input));
});

/** The chair takes the floor back (`floor.give`). */
export const DELETE = withUser<Ctx>(async (_req, user, { params }) => {
  const { id } = await params;
  return NextResponse.json(await takeBackFloor(getDb(), user.id, id));
});
