import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { requireAcceptablePassword } from '@/lib/auth/password-policy';
import { recheckCollabSessions } from '@/lib/collab/registry';

export const zChangePassword = z.object({
  currentPassword: z.string().min(1, 'Enter your current password.').max(200),
  newPassword: z.string().max(200, 'Use at most 200 characters.'),
});

/**
 * Changes a user's password after checking the current one, and ends every session of theirs
 * begun until now — this one included, so the person signs in again with the new password, and a
 * session someone else may hold is gone.
 * @throws ZodError (wrong current password, or a new one the policy refuses).
 */
export async function changePassword(db: Db, userId: string, input: z.infer<typeof zChangePassword>): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user?.passwordHash || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new z.ZodError([{ code: 'custom', path: ['currentPassword'], message: 'That is not your current password.', input: undefined }]);
  }
  requireAcceptablePassword(input.newPassword, { email: user.email, name: user.name }, 'newPassword');
  if (input.newPassword === input.currentPassword) {
    throw new z.ZodError([
      { code: 'custom', path: ['newPassword'], message: 'Choose a password different from the current one.', input: undefined },
    ]);
  }
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(input.newPassword), sessionsValidFrom: new Date() })
    .where(eq(users.id, userId));
  await recheckCollabSessions();
}
