import type { Db } from '@/db/client';
import { documents, parties, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';

/**
 * Seeds the demo negotiation and fills lookup tables by name: users by the part of their email
 * before "@" ("gov.lead"), documents by title, parties by short name ("GOV").
 */
export async function seedAndIndex(
  db: Db,
  into: { ids: Record<string, string>; docs: Record<string, string>; party: Record<string, string> },
): Promise<void> {
  await seedDemo(db);
  for (const u of await db.select().from(users)) into.ids[u.email.split('@')[0]!] = u.id;
  for (const d of await db.select().from(documents)) into.docs[d.title] = d.id;
  for (const p of await db.select().from(parties)) into.party[p.shortName] = p.id;
}
