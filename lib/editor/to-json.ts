import * as Y from 'yjs';
import { yDocToProsemirrorJSON } from '@tiptap/y-tiptap';

/** Tiptap's Collaboration extension keeps the document in this XML fragment of the Y.Doc. */
export const EDITOR_FIELD = 'default';

export interface PmNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

/**
 * ProseMirror JSON of a stored Yjs state, without needing an editor (export, compare, checks).
 * Every top-level block gets a `uid`: its own attribute when it has one, otherwise a key made
 * from its Yjs item id (`y<client>-<clock>`), which never changes and needs no write into the
 * shared text — writing ids from the browser while people type threw their carets off.
 */
export function stateToJson(state: Uint8Array): PmNode {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const json = yDocToProsemirrorJSON(doc, EDITOR_FIELD) as PmNode;
  const elements = doc.getXmlFragment(EDITOR_FIELD).toArray();
  json.content?.forEach((node, i) => {
    const id = elements[i]?._item?.id;
    if (node.attrs?.uid || !id || node.text !== undefined) return;
    node.attrs = { ...node.attrs, uid: `y${id.client}-${id.clock}` };
  });
  doc.destroy();
  return json;
}

/** The plain text of a node and its descendants (blocks joined by newlines). */
export function nodeText(node: PmNode): string {
  if (node.text !== undefined) return node.text;
  if (node.type === 'hardBreak') return '\n';
  const parts = (node.content ?? []).map(nodeText);
  const isBlockContainer = (node.content ?? []).some((c) => c.text === undefined && c.type !== 'hardBreak');
  return parts.join(isBlockContainer ? '\n' : '');
}
