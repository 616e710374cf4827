import { getDb } from '@/db/client';
import { setPreferences, zPreferences } from '@/lib/account/set-preferences';
import { readJson, withUser } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';

/** Sets the caller's own interface language and time zone: `{ locale, timeZone }` (204). */
export const PUT = withUser(async (req, user) => {
  await setPreferences(getDb(), user.id, zPreferences.parse(await readJson(req, 1024)));
  return new Response(null, { status: 204 });
});
