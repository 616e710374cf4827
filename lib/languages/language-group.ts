import { asc, eq, or } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documents, type DocumentRow } from '@/db/schema';
import { readClauseBlocks } from '@/lib/status/clause-blocks';
import { stateToJson } from '@/lib/editor/to-json';
import { unsafeLoadStoredState } from '@/lib/versions/load-stored-state';

/** The original shared draft and its language versions, original first. */
export async function languageGroup(db: Db, document: Pick<DocumentRow, 'id' | 'versionOf'>): Promise<DocumentRow[]> {
  const base = document.versionOf ?? document.id;
  return db
    .select()
    .from(documents)
    .where(or(eq(documents.id, base), eq(documents.versionOf, base)))
    .orderBy(asc(documents.createdAt));
}

/** Each document's provisions: clause key → fingerprint of its words and marks. */
export async function provisionHashes(db: Db, docs: Pick<DocumentRow, 'id'>[]): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>();
  await Promise.all(
    docs.map(async (d) => {
      const blocks = readClauseBlocks(stateToJson(await unsafeLoadStoredState(db, d.id)));
      out.set(d.id, new Map(blocks.map((b) => [b.key, b.hash])));
    }),
  );
  return out;
}
