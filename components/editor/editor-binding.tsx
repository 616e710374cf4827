'use client';

import { Editor, type EditorOptions } from '@tiptap/core';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type HTMLAttributes } from 'react';

// The three pieces of @tiptap/react this app uses, without it: that package also ships React node
// views, portals, fast-equals and a useSyncExternalStore shim (~5 kB gzipped on the editor route,
// tests/e2e/editor-bundle.spec.ts) that nothing here needs. Our extensions' views are plain DOM.

/**
 * Creates the editor once the component is in the browser (null until then) and destroys it when
 * the component unmounts. The options are read once, like @tiptap/react's `useEditor(options)`
 * without dependencies: change an existing editor with `setOptions` / `setEditable`.
 */
export function useEditor(options: Partial<EditorOptions>): Editor | null {
  const [initial] = useState(options);
  const [editor, setEditor] = useState<Editor | null>(null);
  useEffect(() => {
    // Mounted in a detached element; <EditorContent> moves it into the page.
    const created = new Editor(initial);
    setEditor(created);
    return () => created.destroy();
  }, [initial]);
  return editor;
}

/** Where the editor's document is shown: takes the editor's element into this div while mounted. */
export function EditorContent({ editor, ...rest }: { editor: Editor | null } & HTMLAttributes<HTMLDivElement>) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    const home = editor && !editor.isDestroyed ? editor.view.dom.parentNode : null;
    if (!element || !editor || !home) return;
    element.append(...home.childNodes);
    editor.setOptions({ element });
    return () => {
      if (editor.isDestroyed) return;
      // Back into a detached element, so a later <EditorContent> can take it again.
      const detached = document.createElement('div');
      detached.append(...element.childNodes);
      editor.setOptions({ element: detached });
    };
  }, [editor]);
  return <div ref={ref} {...rest} />;
}

/**
 * A value derived from the editor, recomputed after each transaction; the component re-renders
 * only when the value changes (compared structurally, as @tiptap/react's default does), so a
 * toolbar does not re-render on every keystroke.
 */
export function useEditorState<E extends Editor | null, T>({
  editor,
  selector,
}: {
  editor: E;
  selector: (context: { editor: E }) => T;
}): T {
  const [cache] = useState<{ value?: T; has: boolean }>(() => ({ has: false }));
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!editor) return () => {};
      editor.on('transaction', onChange);
      return () => void editor.off('transaction', onChange);
    },
    [editor],
  );
  const read = () => {
    const next = selector({ editor });
    if (cache.has && isDeepEqual(cache.value, next)) return cache.value as T;
    cache.value = next;
    cache.has = true;
    return next;
  };
  return useSyncExternalStore(subscribe, read, read);
}

/** Structural equality of plain values (primitives, arrays, plain objects): what selectors return. */
export function isDeepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) => Object.hasOwn(b, k) && isDeepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
