import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { readJson, withUser } from '@/lib/http/respond';
import { changeClauseStatus, zStatusChange } from '@/lib/status/change-clause-status';
import { getStatusBoard } from '@/lib/status/get-status-board';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/documents/[id]/status'>;

/** The document's status board: clauses, counts by status, package lock, what the reader may change. */
export const GET = withUser<Ctx>(async (_req, user, { params }) => {
  return NextResponse.json(await getStatusBoard(getDb(), user.id, (await params).id));
});

/** A status change: `{ clauseKey, action: 'ad_ref'|'confirm'|'withdraw'|'set', status? }` → the new board and the auto-saved version. */
export const POST = withUser<Ctx>(async (req, user, { params }) => {
  const { id } = await params;
  const input = zStatusChange.parse(await readJson(req, 4096));
  const { version } = await changeClauseStatus(getDb(), user.id, id, input);
  const board = await getStatusBoard(getDb(), user.id, id);
  return NextResponse.json({ version: { id: version.id, number: version.number, name: version.name }, board });
});
