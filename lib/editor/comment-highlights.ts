import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { bindingOf, rangeFromAnchor, type CommentAnchor } from './comment-anchor';

/** An open comment thread's anchor, as the comments API returns it. */
export interface HighlightedThread {
  id: string;
  anchor: Pick<CommentAnchor, 'from' | 'to'>;
  /** Shown as the highlight's tooltip. */
  label: string;
}

interface HighlightState {
  threads: HighlightedThread[];
  decorations: DecorationSet;
}

export const commentHighlightsKey = new PluginKey<HighlightState>('pactumCommentHighlights');

/** Resolves every anchor against the current text (Yjs relative positions follow concurrent edits). */
function decorate(state: EditorState, threads: HighlightedThread[]): DecorationSet {
  const binding = bindingOf(state);
  if (!binding || threads.length === 0) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  for (const t of threads) {
    const range = rangeFromAnchor(binding, t.anchor);
    if (range)
      decorations.push(Decoration.inline(range.from, range.to, { class: 'comment-highlight', 'data-comment': t.id, title: t.label }));
  }
  return DecorationSet.create(state.doc, decorations);
}

/**
 * Highlights the passages open comment threads are anchored to. A view-only decoration: nothing is
 * written into the shared text, so observers (who may not write) see the same highlights.
 */
export function commentHighlightsPlugin(): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: commentHighlightsKey,
    state: {
      init: () => ({ threads: [], decorations: DecorationSet.empty }),
      apply(tr: Transaction, value: HighlightState, _old: EditorState, state: EditorState): HighlightState {
        const threads = (tr.getMeta(commentHighlightsKey) as HighlightedThread[] | undefined) ?? value.threads;
        if (threads === value.threads && !tr.docChanged) return value;
        return { threads, decorations: decorate(state, threads) };
      },
    },
    props: {
      decorations: (state) => commentHighlightsKey.getState(state)?.decorations ?? DecorationSet.empty,
    },
  });
}
