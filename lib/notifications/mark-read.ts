import { and, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { notifications } from '@/db/schema';

export const zMarkRead = z.union([
  z.object({ all: z.literal(true) }).strict(),
  z.object({ ids: z.array(z.uuid('Unknown notice.')).min(1).max(100) }).strict(),
]);

/** Marks the reader's own notices read (others' ids simply match nothing). @returns how many changed. */
export async function markNotificationsRead(db: Db, userId: string, input: z.infer<typeof zMarkRead>): Promise<number> {
  const mine = and(eq(notifications.userId, userId), isNull(notifications.readAt));
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where('all' in input ? mine : and(mine, inArray(notifications.id, input.ids)))
    .returning({ id: notifications.id });
  return rows.length;
}
