import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { withRequest } from '@/lib/http/respond';
import { describeInvitation } from '@/lib/invitations/find-invitation';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/invitations/[token]'>;

/** What an invitation offers. The token in the link is the credential, so no session is needed. */
export const GET = withRequest<Ctx>(async (_req, { params }) => {
  const { token } = await params;
  return NextResponse.json({ invitation: await describeInvitation(getDb(), token) });
});
