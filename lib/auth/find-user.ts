import bcrypt from 'bcryptjs';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users, type User } from '@/db/schema';
import { BCRYPT_ROUNDS, verifyPassword } from './password';

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/**
 * A bcrypt hash of a random string, made once at the cost the real hashes use: unknown emails and
 * accounts without a password are compared against it, so they take as long as a wrong password
 * and response times do not tell which emails have accounts.
 */
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= bcrypt.hash(`no-account-${Math.random()}`, BCRYPT_ROUNDS));

/** The user with these credentials, or null (same answer, and the same time, for unknown email and wrong password). */
export async function findUserByCredentials(db: Db, email: string, password: string): Promise<User | null> {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(users.email, normalizeEmail(email)))
    .limit(1);
  const matches = await verifyPassword(password, user?.passwordHash ?? (await getDummyHash()));
  return user?.passwordHash && matches ? user : null;
}
