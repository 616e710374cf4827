import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import type { User } from '@/db/schema';
import { findUserById } from './find-user';
import { authOptions } from './options';

/** The signed-in user, re-read from the database on every request; null when signed out. */
export async function getCurrentUser(): Promise<User | null> {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  return id ? findUserById(getDb(), id) : null;
}

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUserPage(callbackUrl: string): Promise<User> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return user;
}
