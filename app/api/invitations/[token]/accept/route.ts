import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { getCurrentUser } from '@/lib/auth/session';
import { errorResponse, readJson } from '@/lib/http/respond';
import { acceptInvitation, zAcceptInvitation } from '@/lib/invitations/accept-invitation';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ token: string }> };

/**
 * Accepts an invitation: people with an account must be signed in as the invited email; others
 * send `{ name, password }` and then sign in with them.
 */
export async function POST(req: Request, { params }: Ctx) {
  try {
    const { token } = await params;
    const body = zAcceptInvitation.parse(await readJson(req, 8 * 1024));
    const user = await getCurrentUser();
    const result = await acceptInvitation(getDb(), token, { signedInUserId: user?.id ?? null, ...body });
    return NextResponse.json({ negotiationId: result.negotiationId, email: result.email });
  } catch (err) {
    return errorResponse(err);
  }
}
