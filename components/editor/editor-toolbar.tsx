'use client';

import type { Editor } from '@tiptap/core';
import { useEditorState } from './editor-binding';

interface Tool {
  label: string;
  text: string;
  isActive: (e: Editor) => boolean;
  run: (e: Editor) => void;
}

const TOOLS: Tool[] = [
  { label: 'Heading level 2', text: 'H2', isActive: (e) => e.isActive('heading', { level: 2 }), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
  { label: 'Heading level 3', text: 'H3', isActive: (e) => e.isActive('heading', { level: 3 }), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  { label: 'Bold (Ctrl+B)', text: 'B', isActive: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
  { label: 'Italic (Ctrl+I)', text: 'I', isActive: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
  { label: 'Bulleted list', text: '• List', isActive: (e) => e.isActive('bulletList'), run: (e) => e.chain().focus().toggleBulletList().run() },
  { label: 'Numbered list', text: '1. List', isActive: (e) => e.isActive('orderedList'), run: (e) => e.chain().focus().toggleOrderedList().run() },
];

/** Formatting buttons; each is a real button with a label and a pressed state. */
export function EditorToolbar({ editor, disabled }: { editor: Editor; disabled: boolean }) {
  const active = useEditorState({ editor, selector: ({ editor: e }) => TOOLS.map((t) => t.isActive(e)) });
  return (
    <div role="toolbar" aria-label="Formatting" className="flex flex-wrap gap-1 border-b border-line bg-white p-2">
      {TOOLS.map((tool, i) => (
        <button
          key={tool.label}
          type="button"
          aria-label={tool.label}
          title={tool.label}
          aria-pressed={active[i] ?? false}
          disabled={disabled}
          onClick={() => tool.run(editor)}
          className={`min-w-9 rounded border px-2 py-1 text-sm ${active[i] ? 'border-accent bg-accent-soft text-accent' : 'border-line bg-white text-ink hover:bg-accent-soft'} disabled:cursor-not-allowed disabled:opacity-50 ${tool.text === 'B' ? 'font-bold' : ''} ${tool.text === 'I' ? 'italic' : ''}`}
        >
          {tool.text}
        </button>
      ))}
    </div>
  );
}
