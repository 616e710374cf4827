import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { userFromCookieHeader } from '@/lib/auth/session';
import { readJson, withRequest } from '@/lib/http/respond';
import { acceptInvitation, zAcceptInvitation } from '@/lib/invitations/accept-invitation';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/invitations/[token]/accept'>;

/**
 * Accepts an invitation: people with an account must be signed in as the invited email; others
 * send `{ name, password }` and then sign in with them.
 */
export const POST = withRequest<Ctx>(async (req, { params }) => {
  const { token } = await params;
  const body = zAcceptInvitation.parse(await readJson(req, 8 * 1024));
  const user = await userFromCookieHeader(req.headers.get('cookie'));
  const result = await acceptInvitation(getDb(), token, { signedInUserId: user?.id ?? null, ...body });
  return NextResponse.json({ negotiationId: result.negotiationId, email: result.email });
});
