import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { ClauseKit } from './clause-kit';
import { DraftingKit, SuggestableDocument } from './drafting-kit';

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
  return [
    StarterKit.configure({
      undoRedo: false,
      document: false, // SuggestableDocument: allows suggestion marks on blocks
      heading: { levels: [1, 2, 3] },
      code: false,
      codeBlock: false,
      horizontalRule: false,
      link: false,
      underline: false,
      strike: false,
      // No client may "fix" the shared text on its own: TrailingNode appended an empty paragraph
      // after every block that ended the document (a released Mediator's text, a restored version)
      // in every open editor at once — refused from suggest-only delegates, whose editors froze,
      // and stored as stray empty paragraphs from everyone else.
      trailingNode: false,
    }),
    ...FEATURE_EXTENSIONS,
  ];
}

/** The Yjs XML fragment that holds the document body (the same name on client and server). */
export const DOCUMENT_FIELD = 'default';
