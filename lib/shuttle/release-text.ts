import { createHash, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { users, type DocumentRow } from '@/db/schema';
import { HttpError } from '@/lib/access/errors';
import { requireDocumentPermission } from '@/lib/access/require-permission';
import { requireDocument, type DocumentScope } from '@/lib/access/scope';
import { recordEvent } from '@/lib/audit/record-event';
import { notifyDocument } from '@/lib/collab/notify';
import { clauseBlockLabel, isMediatorsText } from '@/lib/editor/mediators-text';
import { stateToJson, type PmNode } from '@/lib/editor/to-json';
import { loadStoredState } from '@/lib/versions/load-stored-state';
import { createVersion, listVersions, type VersionSummary } from '@/lib/versions/versions';
import { applyServerUpdate } from './apply-server-update';
import { buildReleaseUpdate } from './build-release-update';
import { selectRelease } from './select-release';

export const zRelease = z.object({
  targetDocumentId: z.uuid('Choose the shared draft or bilateral channel to release into.'),
  fromUid: z.string().trim().min(1).max(100).nullish(),
  toUid: z.string().trim().min(1).max(100).nullish(),
  /** false: release it as a new text even if an earlier release of the same passage is in the target. */
  replace: z.boolean().default(true),
});

/** Exactly what a release will put into the target: shown before the mediator confirms. */
export interface ReleasePreview {
  number: number;
  title: string;
  paragraphs: string[];
  /** The earlier release of the same passage it replaces in place, or null (it is appended). */
  replaces: { number: number; blockUid: string } | null;
  target: { id: string; title: string; kind: DocumentRow['kind'] };
  label: string;
}

export interface ReleaseResult {
  version: VersionSummary;
  sourceVersion: VersionSummary;
  blockUid: string;
  number: number;
  replaces: number | null;
  appliedTo: 'room' | 'stored';
}

const SOURCE_KINDS: readonly DocumentRow['kind'][] = ['mediator_private', 'bilateral'];

/** Names a source passage without revealing which document it came from (the key travels with the released block). */
const sourceKeyOf = (sourceId: string, fromUid: string | null | undefined, toUid: string | null | undefined) =>
  createHash('sha256')
    .update(`${sourceId}:${fromUid ?? toUid ?? '*'}`)
    .digest('hex')
    .slice(0, 24);

/** The newest released block of the same passage among the target's top-level blocks. */
function findReplaced(target: PmNode, sourceKey: string): { index: number; number: number; blockUid: string } | null {
  const blocks = target.content ?? [];
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.type === 'clauseBlock' && isMediatorsText(b.attrs) && b.attrs?.sourceKey === sourceKey)
      return { index: i, number: Number(b.attrs.version ?? 0), blockUid: String(b.attrs.uid ?? '') };
  }
  return null;
}

interface Plan {
  source: DocumentScope;
  target: DocumentScope;
  input: z.infer<typeof zRelease>;
  selection: ReturnType<typeof selectRelease>;
  sourceState: Uint8Array;
  targetState: Uint8Array;
  sourceKey: string;
  replacing: { index: number; number: number; blockUid: string } | null;
  releasedBy: string;
}

async function planRelease(db: Db, userId: string, sourceDocumentId: string, body: unknown): Promise<Plan> {
  const source = await requireDocument(db, userId, sourceDocumentId);
  requireDocumentPermission(source, 'text.release');
  if (!SOURCE_KINDS.includes(source.document.kind))
    throw new HttpError(400, 'Text is released from the mediation team’s notes or a bilateral channel only.');
  const input = zRelease.parse(body);
  const target = await requireDocument(db, userId, input.targetDocumentId);
  const sameNegotiation = target.negotiation.id === source.negotiation.id;
  const otherChannel =
    target.document.kind === 'bilateral' &&
    target.document.id !== source.document.id &&
    target.document.partyId !== source.document.partyId;
  if (!sameNegotiation || (target.document.kind !== 'shared' && !otherChannel)) {
    throw new HttpError(400, 'Release into a shared draft of this negotiation or into the other delegation’s bilateral channel.');
  }
  requireDocumentPermission(target, 'text.release');
  const sourceState = await loadStoredState(db, source);
  const selection = selectRelease(stateToJson(sourceState), input);
  const targetState = await loadStoredState(db, target);
  const sourceKey = sourceKeyOf(source.document.id, input.fromUid, input.toUid);
  const replacing = input.replace ? findReplaced(stateToJson(targetState), sourceKey) : null;
  const [me] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId)).limit(1);
  return { source, target, input, selection, sourceState, targetState, sourceKey, replacing, releasedBy: me?.name ?? 'the lead mediator' };
}

/**
 * What releasing would do, without doing it: the number the text will carry (the target's next
 * version number — one numbering for versions and Mediator's texts), its paragraphs, and the
 * earlier text it replaces. Same checks as releaseText.
 */
export async function previewRelease(db: Db, userId: string, sourceDocumentId: string, body: unknown): Promise<ReleasePreview> {
  const plan = await planRelease(db, userId, sourceDocumentId, body);
  const [latest] = await listVersions(db, plan.target);
  const number = (latest?.number ?? 0) + 1;
  return {
    number,
    title: `Mediator's text v${number}`,
    paragraphs: plan.selection.paragraphs,
    replaces: plan.replacing && { number: plan.replacing.number, blockUid: plan.replacing.blockUid },
    target: { id: plan.target.document.id, title: plan.target.document.title, kind: plan.target.document.kind },
    label: clauseBlockLabel({
      variant: 'released',
      version: number,
      releasedBy: plan.releasedBy,
      releasedAt: new Date().toISOString(),
      replaces: plan.replacing?.number ?? 0,
    }),
  };
}

/**
 * Shuttle mediation: releases the mediation team's text (its notes or a bilateral channel; all of
 * it or a block range) into a shared draft, or into the other delegation's bilateral channel, as
 * "Mediator's text vN" (N: the target's version number). A later release of the same passage
 * replaces the earlier block in place — the earlier wording stays in the target's versions and
 * the audit trail; anything else is appended. Saves the target's new text as a version first,
 * snapshots the source, applies the change to the live document and records provenance.
 * Caucus documents can never be a source or a target.
 * @throws AccessError 404 (not visible) / 403 (not 'text.release'); HttpError 400 for a wrong source or target.
 */
export async function releaseText(db: Db, userId: string, sourceDocumentId: string, body: unknown): Promise<ReleaseResult> {
  const plan = await planRelease(db, userId, sourceDocumentId, body);
  const { source, target, selection, targetState, replacing } = plan;
  const blockUid = randomUUID();
  const releasedAt = new Date().toISOString().slice(0, 10);
  let update: Uint8Array | null = null;
  const version = await createVersion(db, {
    document: target.document,
    name: `Mediator's text — released by ${plan.releasedBy}${replacing ? `, replaces v${replacing.number}` : ''}`,
    reason: 'release',
    userId,
    state: (n) => {
      update = buildReleaseUpdate(targetState, {
        number: n,
        paragraphs: selection.paragraphs,
        uid: blockUid,
        releasedBy: plan.releasedBy,
        releasedAt,
        sourceKey: plan.sourceKey,
        replacing,
      });
      return Y.mergeUpdates([targetState, update]);
    },
  });
  const title = `Mediator's text v${version.number}`;
  const sourceVersion = await createVersion(db, {
    document: source.document,
    name: `Released as ${title} into ${target.document.title}`,
    reason: 'release',
    userId,
    state: plan.sourceState,
  });
  const appliedTo = await applyServerUpdate(target.document.id, update!, userId);
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
      replacesVersionNumber: replacing?.number ?? null,
      replacedBlockUid: replacing?.blockUid ?? null,
      blockUid,
      sourceBlockUids: selection.blockUids,
    },
  });
  notifyDocument(target.document.id, 'versions');
  notifyDocument(target.document.id, 'audit');
  notifyDocument(source.document.id, 'versions');
  return { version, sourceVersion, blockUid, number: version.number, replaces: replacing?.number ?? null, appliedTo };
}
