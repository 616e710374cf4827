import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { collapseAlternatives } from '@/lib/drafting/collapse-alternatives';
import { readJson, withUser } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/documents/[id]/alternatives'>;

/** Collapses a group of alternatives into the one to keep (`alternative.collapse`), applied and logged by the server. */
export const POST = withUser<Ctx>(async (req, user, { params }) => {
  const result = await collapseAlternatives(getDb(), user.id, (await params).id, await readJson(req, 1024));
  return NextResponse.json(result);
});
