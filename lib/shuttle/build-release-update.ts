import * as Y from 'yjs';
import { MEDIATORS_TEXT_VARIANT } from '@/lib/editor/mediators-text';
import { CLAUSE_BLOCK } from '@/lib/editor/node-names';
import { toYBlocks } from '@/lib/editor/server-blocks';
import { EDITOR_FIELD, type PmNode } from '@/lib/editor/to-json';

export interface ReleaseBlockInput {
  number: number;
  paragraphs: string[];
  uid: string;
  /** The releasing mediator's name and the day (ISO) the block says it was released. */
  releasedBy: string;
  releasedAt: string;
  /** Names the source passage (hashed): a later release of the same passage replaces this block. */
  sourceKey: string;
  /** The block this release replaces in place: its top-level index and version number. */
  replacing: { index: number; number: number } | null;
}

/** The released block as ProseMirror JSON: a heading with its title, then the released paragraphs. */
export function releaseBlockJson(input: ReleaseBlockInput): PmNode {
  const title = `Mediator's text v${input.number}`;
  return {
    type: CLAUSE_BLOCK,
    attrs: {
      uid: input.uid,
      clauseId: '',
      version: input.number,
      variant: MEDIATORS_TEXT_VARIANT,
      title,
      releasedBy: input.releasedBy,
      releasedAt: input.releasedAt,
      replaces: input.replacing?.number ?? 0,
      sourceKey: input.sourceKey,
    },
    content: [
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: title }] },
      ...input.paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    ],
  };
}

/**
 * The Yjs update that puts a released "Mediator's text vN" into a document: in place of the block
 * it replaces, otherwise after the last block. Built against `targetState` from the shared schema
 * (lib/editor/server-blocks.ts), so no editor has anything to correct in it.
 */
export function buildReleaseUpdate(targetState: Uint8Array, input: ReleaseBlockInput): Uint8Array {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, targetState);
    const before = Y.encodeStateVector(doc);
    const fragment = doc.getXmlFragment(EDITOR_FIELD);
    const blocks = toYBlocks([releaseBlockJson(input)]);
    doc.transact(() => {
      if (input.replacing) {
        fragment.delete(input.replacing.index, 1);
        fragment.insert(input.replacing.index, blocks);
      } else fragment.push(blocks);
    });
    return Y.encodeStateAsUpdate(doc, before);
  } finally {
    doc.destroy();
  }
}
