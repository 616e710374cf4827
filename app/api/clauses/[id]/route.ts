import { NextResponse } from 'next/server';
import { getClauseLibrary } from '@/lib/clauses/library';
import { zClauseId } from '@/lib/clauses/query';
import { jsonError, withUser } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/clauses/[id]'>;

/** One clause with its variants, drafting note and checklist (signed-in users). */
export const GET = withUser<Ctx>(async (_req, _user, { params }) => {
  const parsed = zClauseId.safeParse((await params).id);
  if (!parsed.success) return jsonError(400, 'That is not a clause id.');
  const clause = getClauseLibrary().byId.get(parsed.data);
  if (!clause) return jsonError(404, 'No clause with that id in the library.');
  return NextResponse.json({ clause });
});
