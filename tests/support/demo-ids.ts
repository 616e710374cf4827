import type { Db } from '@/db/client';
import { documents, parties, users } from '@/db/schema';

/** Ids of the seeded demo data, by email / title prefix / short name. */
export async function demoIds(db: Db) {
  const [userRows, docRows, partyRows] = await Promise.all([
    db.select().from(users),
    db.select().from(documents),
    db.select().from(parties),
  ]);
  return {
    user: (email: string) => userRows.find((u) => u.email === email)!.id,
    doc: (titlePrefix: string) => docRows.find((d) => d.title.startsWith(titlePrefix))!,
    party: (shortName: string) => partyRows.find((p) => p.shortName === shortName)!.id,
  };
}
