'use client';

import type { Editor } from '@tiptap/core';
import { useEditorState } from './editor-binding';
import { useTranslations } from 'next-intl';

interface Tool {
  /** `toolbar` message keys: the button's name and its short face. */
  label: 'h2' | 'h3' | 'bold' | 'italic' | 'bullets' | 'numbers';
  text: 'textH2' | 'textH3' | 'textBold' | 'textItalic' | 'textBullets' | 'textNumbers';
  isActive: (e: Editor) => boolean;
  run: (e: Editor) => void;
}

const TOOLS: Tool[] = [
  {
    label: 'h2',
    text: 'textH2',
    isActive: (e) => e.isActive('heading', { level: 2 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    label: 'h3',
    text: 'textH3',
    isActive: (e) => e.isActive('heading', { level: 3 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  { label: 'bold', text: 'textBold', isActive: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
  { label: 'italic', text: 'textItalic', isActive: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
  {
    label: 'bullets',
    text: 'textBullets',
    isActive: (e) => e.isActive('bulletList'),
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    label: 'numbers',
    text: 'textNumbers',
    isActive: (e) => e.isActive('orderedList'),
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
];

/** Formatting buttons; each is a real button with a label and a pressed state. */
export function EditorToolbar({ editor, disabled }: { editor: Editor; disabled: boolean }) {
  const t = useTranslations('toolbar');
  const active = useEditorState({ editor, selector: ({ editor: e }) => TOOLS.map((tool) => tool.isActive(e)) });
  return (
    <div role="toolbar" aria-label={t('label')} className="flex flex-wrap gap-1 border-b border-line bg-white p-2">
      {TOOLS.map((tool, i) => (
        <button
          key={tool.label}
          type="button"
          aria-label={t(tool.label)}
          title={t(tool.label)}
          aria-pressed={active[i] ?? false}
          disabled={disabled}
          onClick={() => tool.run(editor)}
          className={`min-w-9 rounded border px-2 py-1 text-sm ${active[i] ? 'border-accent bg-accent-soft text-accent' : 'border-line bg-white text-ink hover:bg-accent-soft'} disabled:cursor-not-allowed disabled:opacity-50 ${tool.label === 'bold' ? 'font-bold' : ''} ${tool.label === 'italic' ? 'italic' : ''}`}
        >
          {t(tool.text)}
        </button>
      ))}
    </div>
  );
}
