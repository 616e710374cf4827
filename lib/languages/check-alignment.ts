import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { provisionAlignments, type DocumentRow } from '@/db/schema';
import { languageGroup, provisionHashes } from './language-group';

/** What one check changed: documents whose provisions went out of step or back in step. */
export interface AlignmentChange {
  documentId: string;
  clauseKey: string;
  outOfStepSince: Date | null;
}

/**
 * Compares every language version of a draft with its counterparts, provision by provision (the
 * status board's clause keys): a provision is out of step from the moment a counterpart's text
 * differs from the text it was last aligned with, and stays so until a translator marks it
 * aligned (markAligned); edits to a version that is itself out of step are the translator catching
 * up, as are edits to a version's provision before a translator first marks it aligned (its first
 * translation), and neither puts its counterparts out of step; nor does a working translation's
 * edit put an authentic text (the original or an authentic version) out of step. A provision met for the first time is taken as aligned with what its
 * counterparts say now (a version starts as a copy of the original). Runs after every saved
 * change of a document in a group (lib/status/watch-agreements.ts) and when a board is read.
 * @returns the provisions whose state changed, for telling open pages.
 */
export async function checkAlignment(
  db: Db,
  document: Pick<DocumentRow, 'id' | 'versionOf'>,
  now = new Date(),
): Promise<AlignmentChange[]> {
  const group = await languageGroup(db, document);
  if (group.length < 2) return [];
  const hashes = await provisionHashes(db, group);
  const ids = group.map((d) => d.id);
  const rows = await db.select().from(provisionAlignments).where(inArray(provisionAlignments.documentId, ids));
  const byKey = new Map(rows.map((r) => [`${r.documentId}|${r.clauseKey}`, r]));
  const isVersion = new Set(group.filter((d) => d.versionOf !== null).map((d) => d.id));
  // A working translation follows the authentic texts, it never leads: its edits put none of them out of step.
  const isWorking = new Set(group.filter((d) => d.versionOf !== null && !d.authentic).map((d) => d.id));
  const changes: AlignmentChange[] = [];
  for (const doc of group) {
    for (const key of hashes.get(doc.id)!.keys()) {
      const counterparts: Record<string, string> = {};
      for (const other of group) {
        const h = other.id === doc.id ? undefined : hashes.get(other.id)!.get(key);
        if (h) counterparts[other.id] = h;
      }
      if (Object.keys(counterparts).length === 0) continue; // no counterpart: nothing to be in step with
      const row = byKey.get(`${doc.id}|${key}`);
      if (!row) {
        await db
          .insert(provisionAlignments)
          .values({ documentId: doc.id, clauseKey: key, counterpartHashes: counterparts })
          .onConflictDoNothing();
        continue;
      }
      // A counterpart that is itself out of step is being brought into line, and a version's provision
      // no translator has marked aligned yet is still being translated: their edits are not news.
      const catchingUp = (id: string) => {
        const other = byKey.get(`${id}|${key}`);
        return !!other?.outOfStepSince || (isVersion.has(id) && !other?.alignedBy);
      };
      const follows = (id: string) => isWorking.has(id) && !isWorking.has(doc.id);
      const differs = Object.entries(counterparts).some(
        ([id, h]) => !catchingUp(id) && !follows(id) && row.counterpartHashes[id] !== undefined && row.counterpartHashes[id] !== h,
      );
      if (differs && !row.outOfStepSince) {
        await db
          .update(provisionAlignments)
          .set({ outOfStepSince: now })
          .where(and(eq(provisionAlignments.documentId, doc.id), eq(provisionAlignments.clauseKey, key)));
        changes.push({ documentId: doc.id, clauseKey: key, outOfStepSince: now });
      } else if (!differs && row.outOfStepSince) {
        // The counterpart went back to the text this one was aligned with (an undo).
        await db
          .update(provisionAlignments)
          .set({ outOfStepSince: null })
          .where(and(eq(provisionAlignments.documentId, doc.id), eq(provisionAlignments.clauseKey, key)));
        changes.push({ documentId: doc.id, clauseKey: key, outOfStepSince: null });
      }
    }
  }
  return changes;
}
