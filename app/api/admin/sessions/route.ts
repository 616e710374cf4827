import { getDb } from '@/db/client';
import { forbidden } from '@/lib/access/errors';
import { isAdminEmail } from '@/lib/account/is-admin';
import { withUser } from '@/lib/http/respond';
import { revokeAllSessions } from '@/lib/sessions/revoke-sessions';

export const dynamic = 'force-dynamic';

/** An operator (PACTUM_ADMIN_EMAILS) signs every user out; open documents close within seconds. */
export const DELETE = withUser(async (_req, user) => {
  if (!isAdminEmail(user.email)) throw forbidden('Only an administrator of this Pactum installation may sign everyone out.');
  const users = await revokeAllSessions(getDb());
  return Response.json({ signedOut: users });
});
