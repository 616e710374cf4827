import { getDb } from '@/db/client';
import { withUser } from '@/lib/http/respond';
import { revokeUserSessions } from '@/lib/sessions/revoke-sessions';

export const dynamic = 'force-dynamic';

/** Signs the caller out on every device (this one too); their open documents close within seconds. */
export const DELETE = withUser(async (_req, user) => {
  await revokeUserSessions(getDb(), user.id);
  return new Response(null, { status: 204 });
});
