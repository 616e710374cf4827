import { getDb } from '@/db/client';
import { changePassword, zChangePassword } from '@/lib/account/change-password';
import { readJson, withUser } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';

/** Changes the caller's password: `{ currentPassword, newPassword }`; every session of theirs ends (204). */
export const POST = withUser(async (req, user) => {
  await changePassword(getDb(), user.id, zChangePassword.parse(await readJson(req, 2048)));
  return new Response(null, { status: 204 });
});
