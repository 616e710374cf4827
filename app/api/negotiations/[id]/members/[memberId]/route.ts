import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { readJson, withUser } from '@/lib/http/respond';
import { zRoleAndParty } from '@/lib/invitations/create-invitation';
import { changeMemberRole } from '@/lib/members/change-member-role';
import { removeMember } from '@/lib/members/remove-member';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/negotiations/[id]/members/[memberId]'>;

/** Changes a member's role and party (`members.manage`). */
export const PATCH = withUser<Ctx>(async (req, user, { params }) => {
  const { id, memberId } = await params;
  const input = zRoleAndParty.parse(await readJson(req));
  return NextResponse.json({ member: await changeMemberRole(getDb(), user.id, id, memberId, input) });
});

/** Removes a member (`members.manage`); their access ends with their next request. */
export const DELETE = withUser<Ctx>(async (_req, user, { params }) => {
  const { id, memberId } = await params;
  await removeMember(getDb(), user.id, id, memberId);
  return new Response(null, { status: 204 });
});
