import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { isTimeZone, LOCALES } from '@/lib/i18n/locales';

export const zPreferences = z.strictObject({
  /** null: follow the browser's Accept-Language again. */
  locale: z.enum(LOCALES).nullable(),
  /** An IANA zone; null: UTC. */
  timeZone: z.string().max(64).refine(isTimeZone, { message: 'Choose a time zone from the list.' }).nullable(),
});
export type Preferences = z.infer<typeof zPreferences>;

/**
 * Stores a person's interface language and time zone; the next page they load uses both.
 * @throws ZodError when the input names an unknown language or zone (checked by the caller's parse).
 */
export async function setPreferences(db: Db, userId: string, input: Preferences): Promise<void> {
  await db.update(users).set({ locale: input.locale, timeZone: input.timeZone }).where(eq(users.id, userId));
}
