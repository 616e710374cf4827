import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { zResolve } from '@/lib/comments/schemas';
import { setResolved } from '@/lib/comments/set-resolved';
import { readJson, withUser } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/comments/[commentId]'>;

/** Resolves or reopens the thread of this comment: `{ resolved: boolean }`. */
export const PATCH = withUser<Ctx>(async (req, user, { params }) => {
  const { commentId } = await params;
  const { resolved } = zResolve.parse(await readJson(req, 1024));
  const comment = await setResolved(getDb(), user.id, commentId, resolved);
  return NextResponse.json({ comment });
});
