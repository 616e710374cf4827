import type { EditorState } from '@tiptap/pm/state';
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
  type ProsemirrorBinding,
} from '@tiptap/y-tiptap';
import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';

/** A comment's anchor: Yjs relative positions (base64) of a range, and the text quoted then. */
export interface CommentAnchor {
  from: string;
  to: string;
  quote: string;
}

const MAX_QUOTE = 500;

/** What the sync plugin binds: the Y.Doc, its XML fragment and the Yjs ↔ ProseMirror node mapping. */
export interface YBinding {
  doc: Y.Doc;
  type: Y.XmlFragment;
  mapping: ProsemirrorBinding['mapping'];
}

/** The collaboration binding of an editor state, or null before it is synced. */
export function bindingOf(state: EditorState): YBinding | null {
  const y = ySyncPluginKey.getState(state) as { doc?: Y.Doc; binding?: ProsemirrorBinding } | undefined;
  if (!y?.doc || !y.binding || y.binding.mapping.size === 0) return null;
  return { doc: y.doc, type: y.binding.type, mapping: y.binding.mapping };
}

/** ProseMirror range → anchor that survives concurrent edits (what CommentsPanel's createAnchor returns). */
export function anchorFromRange(binding: YBinding, from: number, to: number, quote: string): CommentAnchor {
  const encode = (pos: number) =>
    toBase64(Y.encodeRelativePosition(absolutePositionToRelativePosition(pos, binding.type, binding.mapping)));
  const flat = quote.replace(/\s+/g, ' ').trim();
  return { from: encode(from), to: encode(to), quote: flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat };
}

/** Anchor → the ProseMirror range it covers now, or null when its text was deleted. */
export function rangeFromAnchor(binding: YBinding, anchor: Pick<CommentAnchor, 'from' | 'to'>): { from: number; to: number } | null {
  try {
    const resolve = (b64: string) =>
      relativePositionToAbsolutePosition(binding.doc, binding.type, Y.decodeRelativePosition(fromBase64(b64)), binding.mapping);
    const from = resolve(anchor.from);
    const to = resolve(anchor.to);
    return from === null || to === null || to <= from ? null : { from, to };
  } catch {
    return null;
  }
}

/**
 * The current selection of a collaborative editor as a comment anchor; null when the selection is
 * empty or the document is not synced yet. Use: `createAnchor={() => selectionAnchor(editor.state)}`.
 */
export function selectionAnchor(state: EditorState): CommentAnchor | null {
  const { from, to, empty } = state.selection;
  const binding = bindingOf(state);
  if (empty || !binding) return null;
  return anchorFromRange(binding, from, to, state.doc.textBetween(from, to, ' '));
}
