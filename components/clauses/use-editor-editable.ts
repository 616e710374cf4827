'use client';

import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';

/** Whether the editor currently accepts edits; follows setEditable() (it becomes editable after sync). */
export function useEditorEditable(editor: Editor | null): boolean {
  const [editable, setEditable] = useState(false);
  useEffect(() => {
    if (!editor) return;
    const read = () => setEditable(!editor.isDestroyed && editor.isEditable);
    read();
    editor.on('update', read);
    editor.on('transaction', read);
    editor.on('focus', read);
    return () => {
      editor.off('update', read);
      editor.off('transaction', read);
      editor.off('focus', read);
    };
  }, [editor]);
  return Boolean(editor) && editable;
}
