import { Extension } from '@tiptap/core';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { suggestChanges, suggestChangesKey } from '@handlewithcare/prosemirror-suggest-changes';
import { suggestionId, type SuggestionAuthor } from './suggestions';

type Tracker = (typeof import('@handlewithcare/prosemirror-suggest-changes'))['transformToSuggestionTransaction'];
let tracker: Tracker | null = null;
let loading: Promise<void> | null = null;

/**
 * Loads the rewriting of edits into suggestions (~4 kB gzipped), which only suggest-only editors
 * need: everyone else's editor shows suggestions (the plugin's decorations) without it. Until it
 * has loaded, a suggest-mode editor must stay read-only (live-editor.tsx): an edit it cannot
 * rewrite is dropped, never sent untracked. A failed load may be retried.
 */
export function loadSuggestionTracking(): Promise<void> {
  loading ??= import('@handlewithcare/prosemirror-suggest-changes').then(
    (m) => void (tracker = m.transformToSuggestionTransaction),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** Whether suggest mode can rewrite edits yet (see loadSuggestionTracking). */
export const suggestionTrackingReady = (): boolean => tracker !== null;

export interface SuggestModeOptions {
  author: SuggestionAuthor | null;
  /** When true every local edit becomes an attributed suggestion (forced for suggest-only roles). */
  enabled: boolean;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    suggestMode: { setSuggestMode: (enabled: boolean) => ReturnType };
  }
}

/**
 * Track changes for the browser: local edits are rewritten into insertion/deletion marks whose id
 * names the author. Remote (Yjs) transactions pass through untouched. The server accepts from
 * suggest-only users nothing but their own suggestions (lib/editor/suggestion-guard.ts).
 */
export const SuggestMode = Extension.create<SuggestModeOptions, { enabled: boolean }>({
  name: 'suggestMode',
  addOptions: () => ({ author: null, enabled: false }),
  addStorage() {
    return { enabled: this.options.enabled };
  },
  addProseMirrorPlugins: () => [suggestChanges()],
  addCommands() {
    return {
      setSuggestMode: (enabled) => () => {
        if (enabled) void loadSuggestionTracking().catch(() => {}); // the editor waits for it (live-editor.tsx)
        this.storage.enabled = enabled;
        return true;
      },
    };
  },
  addKeyboardShortcuts() {
    // Splitting paragraphs is not tracked reliably over Yjs: in suggest mode, new paragraphs are refused.
    const block = () => this.storage.enabled;
    return { Enter: block, 'Shift-Enter': block, 'Mod-Enter': block };
  },
  dispatchTransaction({ transaction, next }) {
    const author = this.options.author;
    const ySync = transaction.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean; isUndoRedoOperation?: boolean } | undefined;
    const isRemote = ySync?.isChangeOrigin || ySync?.isUndoRedoOperation;
    const isReview = 'skip' in ((transaction.getMeta(suggestChangesKey) as object | undefined) ?? {});
    if (!this.storage.enabled || !author || !transaction.docChanged || isRemote || isReview) return next(transaction);
    if (!tracker) return; // not loaded yet: the editor is read-only until it is, so this edit was not typed
    next(
      tracker(transaction, this.editor.state, () =>
        suggestionId(author, `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`),
      ),
    );
  },
});
