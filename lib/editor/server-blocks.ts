import { getSchema, type AnyExtension } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { sharedExtensions } from './extensions';
import type { PmNode } from './to-json';

let schema: Schema | null = null;

/** The editor's schema, built once from the extensions the browser uses. */
export function editorSchema(extensions: AnyExtension[] = sharedExtensions()): Schema {
  schema ??= getSchema(extensions);
  return schema;
}

/**
 * Yjs elements for blocks the server writes into a live document (a released Mediator's text),
 * made exactly as the browser's editor would store them: checked against the shared schema, every
 * attribute with its default filled in, numbers as numbers. A block written any other way looks
 * different to each editor than it is stored, and the first edit inside it rewrote its attributes —
 * a direct change the server refuses from suggest-only delegates.
 * @throws RangeError when the blocks do not fit the schema.
 */
export function toYBlocks(blocks: PmNode[]): (Y.XmlElement | Y.XmlText)[] {
  const s = editorSchema();
  const node = s.nodeFromJSON({ type: 'doc', content: blocks });
  node.check();
  const scratch = new Y.Doc();
  try {
    const fragment = prosemirrorJSONToYXmlFragment(s, node.toJSON(), scratch.getXmlFragment('scratch'));
    return fragment.toArray().map((child) => (child as Y.XmlElement | Y.XmlText).clone());
  } finally {
    scratch.destroy();
  }
}
