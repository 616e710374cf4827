import { eq, max } from 'drizzle-orm';
import * as Y from 'yjs';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { documents, type DocumentRow } from '@/db/schema';
import { HttpError } from '@/lib/access/errors';
import { requireNegotiation } from '@/lib/access/scope';
import { recordEvent } from '@/lib/audit/record-event';
import { createDocStore } from '@/lib/collab/doc-store';
import { toYBlocks } from '@/lib/editor/server-blocks';
import { EDITOR_FIELD, stateToJson, type PmNode } from '@/lib/editor/to-json';
import { LOCALE_NAMES, isLocale } from '@/lib/i18n/locales';
import { unsafeLoadStoredState } from '@/lib/versions/load-stored-state';
import { checkAlignment } from './check-alignment';
import { openingBlocks } from './opening-blocks';

const zLanguage = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Name the language by its code, e.g. ar, fr, es.');
export const zCreateLanguageVersion = z.strictObject({
  language: zLanguage,
  /** The language of the original, when it has none yet (default English). */
  sourceLanguage: zLanguage.optional(),
  authentic: z.boolean().default(true),
});

/** The opening update of a language version: the original's blocks (openingBlocks), made as the editor stores them. */
function openingUpdate(source: PmNode): Uint8Array {
  const doc = new Y.Doc();
  try {
    doc.getXmlFragment(EDITOR_FIELD).insert(0, toYBlocks(openingBlocks(source)));
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * Adds a language version of a shared draft (matrix: document.create — the convener or the lead
 * mediator): its own collaborative text, aligned with the original provision by provision.
 * @throws AccessError 404/403; HttpError 400 for a caucus or a language the group already has.
 */
export async function createLanguageVersion(
  db: Db,
  userId: string,
  sourceId: string,
  input: z.infer<typeof zCreateLanguageVersion>,
): Promise<DocumentRow> {
  const [found] = await db.select().from(documents).where(eq(documents.id, sourceId)).limit(1);
  if (!found) throw new HttpError(404, 'No such document.');
  await requireNegotiation(db, userId, found.negotiationId, 'document.create');
  if (found.kind !== 'shared') throw new HttpError(400, 'Only a shared draft has language versions.');
  const [original] = found.versionOf ? await db.select().from(documents).where(eq(documents.id, found.versionOf)).limit(1) : [found];
  const group = await db.select().from(documents).where(eq(documents.versionOf, original!.id));
  const sourceLanguage = original!.language ?? input.sourceLanguage ?? 'en';
  if (input.language === sourceLanguage || group.some((d) => d.language === input.language))
    throw new HttpError(400, 'This draft already has a version in that language.');
  const name = isLocale(input.language) ? LOCALE_NAMES[input.language] : input.language;
  const created = await db.transaction(async (tx) => {
    if (!original!.language) await tx.update(documents).set({ language: sourceLanguage }).where(eq(documents.id, original!.id));
    const [last] = await tx
      .select({ position: max(documents.position) })
      .from(documents)
      .where(eq(documents.negotiationId, original!.negotiationId));
    const [doc] = await tx
      .insert(documents)
      .values({
        negotiationId: original!.negotiationId,
        kind: 'shared',
        title: `${original!.title} (${name})`,
        position: (last?.position ?? 0) + 1,
        language: input.language,
        versionOf: original!.id,
        authentic: input.authentic,
      })
      .returning();
    await recordEvent(tx, {
      negotiationId: original!.negotiationId,
      actorId: userId,
      action: 'document.create',
      targetType: 'document',
      targetId: doc!.id,
      details: { kind: 'shared', title: doc!.title, language: input.language, versionOf: original!.id },
    });
    return doc!;
  });
  await createDocStore(db).append(created.id, [
    { update: openingUpdate(stateToJson(await unsafeLoadStoredState(db, original!.id))), userId },
  ]);
  await checkAlignment(db, created);
  return created;
}
