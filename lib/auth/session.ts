import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { isDatabaseUnavailable, reportDatabaseUnavailable } from '@/db/availability';
import type { User } from '@/db/schema';
import { readSessionClaims } from '@/lib/sessions/claims';
import { findSessionUser } from '@/lib/sessions/find-session-user';

/**
 * The signed-in user of a request's Cookie header: a valid signature, a session that is still on
 * (lib/sessions), the user re-read from the database. Null when signed out, signed out elsewhere,
 * or expired. Route handlers pass the request's header; pages call getCurrentUser().
 */
export async function userFromCookieHeader(cookieHeader: string | null | undefined): Promise<User | null> {
  const claims = await readSessionClaims(cookieHeader);
  if (!claims) return null;
  try {
    return await findSessionUser(getDb(), claims);
  } catch (err) {
    if (isDatabaseUnavailable(err)) reportDatabaseUnavailable();
    throw err;
  }
}

/** For pages and layouts: the signed-in user of this request, or null. */
export async function getCurrentUser(): Promise<User | null> {
  return userFromCookieHeader((await cookies()).toString());
}

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUserPage(callbackUrl: string): Promise<User> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return user;
}
