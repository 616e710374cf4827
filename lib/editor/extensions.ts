import type { AnyExtension } from '@tiptap/core';
import { Blockquote } from '@tiptap/extension-blockquote';
import { Bold } from '@tiptap/extension-bold';
import { HardBreak } from '@tiptap/extension-hard-break';
import { Heading } from '@tiptap/extension-heading';
import { Italic } from '@tiptap/extension-italic';
import { BulletList } from '@tiptap/extension-list/bullet-list';
import { ListItem } from '@tiptap/extension-list/item';
import { ListKeymap } from '@tiptap/extension-list/keymap';
import { Paragraph } from '@tiptap/extension-paragraph';
import { Text } from '@tiptap/extension-text';
import { Gapcursor } from '@tiptap/extensions/gap-cursor';
import { ClauseKit } from './clause-kit';
import { DraftingKit, SuggestableDocument } from './drafting-kit';
import { OrderedList } from './nodes/ordered-list';

/**
 * Extra extensions registered by other features (clause blocks, placeholder marks, ...). Add them
 * here, once, so the browser editor and the server (export, validation) share one schema.
 */
const FEATURE_EXTENSIONS: AnyExtension[] = [ClauseKit, DraftingKit, SuggestableDocument];

/**
 * The document schema shared by the browser and the server: headings (levels 1–3), paragraphs,
 * bold/italic, bullet and numbered lists. Undo/redo is left to the collaboration extension.
 * No React and no browser globals here.
 */
export function sharedExtensions(): AnyExtension[] {
  // StarterKit's extensions without the ones this schema leaves out (code, code blocks, rules,
  // links, underline, strike; undo/redo is the collaboration's): StarterKit imports them all, and
  // the link extension alone brought linkifyjs (~13 kB gzipped) into the browser.
  // No TrailingNode: no client may "fix" the shared text on its own. It appended an empty paragraph
  // after every block that ended the document (a released Mediator's text, a restored version) in
  // every open editor at once — refused from suggest-only delegates, whose editors froze, and
  // stored as stray empty paragraphs from everyone else.
  return [
    Bold,
    Blockquote,
    BulletList,
    Gapcursor,
    HardBreak,
    Heading.configure({ levels: [1, 2, 3] }),
    Italic,
    ListItem,
    ListKeymap,
    OrderedList,
    Paragraph,
    Text,
    ...FEATURE_EXTENSIONS,
  ];
}

/** The Yjs XML fragment that holds the document body (the same name on client and server). */
export const DOCUMENT_FIELD = 'default';
