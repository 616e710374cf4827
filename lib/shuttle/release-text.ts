import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { documentVersions } from '@/db/schema';
import { HttpError } from '@/lib/access/errors';
import { requireDocumentPermission } from '@/lib/access/require-permission';
import { requireDocument } from '@/lib/access/scope';
import { recordEvent } from '@/lib/audit/record-event';
import { notifyDocument } from '@/lib/collab/notify';
import { stateToJson } from '@/lib/editor/to-json';
import { loadStoredState } from '@/lib/versions/load-stored-state';
import { createVersion, type VersionSummary } from '@/lib/versions/versions';
import { applyServerUpdate } from './apply-server-update';
import { buildReleaseUpdate } from './build-release-update';
import { selectRelease } from './select-release';

export const zRelease = z.object({
  targetDocumentId: z.uuid('Choose the shared draft to release into.'),
  fromUid: z.string().trim().min(1).max(100).nullish(),
  toUid: z.string().trim().min(1).max(100).nullish(),
});

export interface ReleaseResult {
  version: VersionSummary;
  sourceVersion: VersionSummary;
  blockUid: string;
  appliedTo: 'room' | 'stored';
}

const DAY = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

/**
 * Shuttle mediation: releases the mediation team's private text (or a block range) into a shared
 * draft of the same negotiation as "Mediator's text vN". Snapshots the source, saves the target's
 * new text as a named version (reason 'release') first, then applies it to the live document and
 * records provenance ('text.release'). Caucus documents can never be a source or a target.
 * @throws AccessError 404 (not visible) / 403 (not 'text.release'); HttpError 400 for a wrong source or target.
 */
export async function releaseText(db: Db, userId: string, sourceDocumentId: string, body: unknown): Promise<ReleaseResult> {
  const source = await requireDocument(db, userId, sourceDocumentId);
  requireDocumentPermission(source, 'text.release');
  if (source.document.kind !== 'mediator_private') throw new HttpError(400, 'Text is released from the mediation team’s private notes only.');
  const input = zRelease.parse(body);
  const target = await requireDocument(db, userId, input.targetDocumentId);
  if (target.document.kind !== 'shared' || target.negotiation.id !== source.negotiation.id) {
    throw new HttpError(400, 'Release into a shared draft of this negotiation.');
  }
  requireDocumentPermission(target, 'text.release');

  const sourceState = await loadStoredState(db, source.document.id);
  const selection = selectRelease(stateToJson(sourceState), input);
  const [{ n } = { n: 0 }] = await db
    .select({ n: count() })
    .from(documentVersions)
    .where(and(eq(documentVersions.documentId, target.document.id), eq(documentVersions.reason, 'release')));
  const number = n + 1;
  const title = `Mediator's text v${number}`;
  const blockUid = randomUUID();

  const sourceVersion = await createVersion(db, { document: source.document, name: `Released as ${title}`, reason: 'release', userId, state: sourceState });
  const targetState = await loadStoredState(db, target.document.id);
  const update = buildReleaseUpdate(targetState, { title, number, paragraphs: selection.paragraphs, uid: blockUid });
  const version = await createVersion(db, {
    document: target.document,
    name: `${title} — ${DAY.format(new Date())}`,
    reason: 'release',
    userId,
    state: Y.mergeUpdates([targetState, update]),
  });
  const appliedTo = await applyServerUpdate(target.document.id, update, userId);
  await recordEvent(db, {
    negotiationId: source.negotiation.id,
    actorId: userId,
    action: 'text.release',
    targetType: 'document',
    targetId: target.document.id,
    details: {
      sourceDocumentId: source.document.id,
      sourceVersionNumber: sourceVersion.number,
      targetDocumentId: target.document.id,
      targetVersionNumber: version.number,
      name: title,
      blockUid,
      sourceBlockUids: selection.blockUids,
    },
  });
  notifyDocument(target.document.id, 'versions');
  notifyDocument(target.document.id, 'audit');
  return { version, sourceVersion, blockUid, appliedTo };
}
