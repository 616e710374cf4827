import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { createThread } from '@/lib/comments/create-thread';
import { listComments } from '@/lib/comments/list-comments';
import { zNewThread } from '@/lib/comments/schemas';
import { readJson, withUser } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/documents/[id]/comments'>;

/** The document's comment threads with replies, the members who may be mentioned, and `canComment`. */
export const GET = withUser<Ctx>(async (_req, user, { params }) => {
  return NextResponse.json(await listComments(getDb(), user.id, (await params).id));
});

/** Starts a thread: `{ body, anchor: { from, to, quote } | null, mentions: userId[] }`. */
export const POST = withUser<Ctx>(async (req, user, { params }) => {
  const { id } = await params;
  const input = zNewThread.parse(await readJson(req, 16 * 1024));
  const comment = await createThread(getDb(), user.id, id, input);
  return NextResponse.json({ comment }, { status: 201 });
});
