import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { addReply } from '@/lib/comments/add-reply';
import { zReply } from '@/lib/comments/schemas';
import { readJson, withUser } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/comments/[commentId]/replies'>;

/** Replies to the thread of this comment: `{ body, mentions: userId[] }`. */
export const POST = withUser<Ctx>(async (req, user, { params }) => {
  const { commentId } = await params;
  const input = zReply.parse(await readJson(req, 16 * 1024));
  const comment = await addReply(getDb(), user.id, commentId, input);
  return NextResponse.json({ comment }, { status: 201 });
});
