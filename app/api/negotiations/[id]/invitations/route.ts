import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { readJson, withUser } from '@/lib/http/respond';
import { createInvitation, zCreateInvitation } from '@/lib/invitations/create-invitation';
import { listInvitations } from '@/lib/invitations/list-invitations';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/negotiations/[id]/invitations'>;

/** Open invitations (`members.manage`). */
export const GET = withUser<Ctx>(async (_req, user, { params }) => {
  const { id } = await params;
  return NextResponse.json({ invitations: await listInvitations(getDb(), user.id, id) });
});

/** Invites someone by email; the answer carries the link path, shown once. */
export const POST = withUser<Ctx>(async (req, user, { params }) => {
  const { id } = await params;
  const input = zCreateInvitation.parse(await readJson(req));
  const { token, ...invitation } = await createInvitation(getDb(), user.id, id, input);
  return NextResponse.json({ invitation, path: `/invite/${token}` }, { status: 201 });
});
