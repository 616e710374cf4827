import type { Editor } from '@tiptap/core';

/**
 * The drop cursor (the line showing where dragged text will land), loaded on the first drag into
 * an editable editor instead of with the editor (~1 kB gzipped on opening a draft,
 * tests/e2e/editor-bundle.spec.ts). Its plugin view runs beside the editor, fed each new state; the
 * plugin is never registered: registering one after the editor opened rebuilds the Yjs binding's
 * view, which scrambled concurrent keystrokes (collab.spec.ts). Returns the cleanup.
 */
export function loadDropCursorOnDrag(editor: Editor): () => void {
  const dom = editor.view.dom as HTMLElement | undefined; // undefined while Tiptap's view is a stand-in
  if (!dom) return () => {};
  let stopped = false;
  let cleanup = () => {};
  const onDragEnter = () => {
    if (!editor.isEditable) return;
    dom.removeEventListener('dragenter', onDragEnter);
    import('./drop-cursor-view').then(
      ({ dropCursorView }) => {
        if (stopped || editor.isDestroyed) return;
        const view = dropCursorView(editor.view);
        let previous = editor.state;
        const onTransaction = () => {
          view?.update?.(editor.view, previous);
          previous = editor.state;
        };
        editor.on('transaction', onTransaction);
        cleanup = () => {
          editor.off('transaction', onTransaction);
          view?.destroy?.();
        };
      },
      (e: unknown) => console.warn('the drop cursor could not load; dragging works without it', e),
    );
  };
  dom.addEventListener('dragenter', onDragEnter);
  return () => {
    stopped = true;
    dom.removeEventListener('dragenter', onDragEnter);
    cleanup();
  };
}
