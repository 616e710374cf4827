import { mergeAttributes, Node, wrappingInputRule } from '@tiptap/core';
import { Fragment, Slice, type Schema } from '@tiptap/pm/model';
import { Plugin } from '@tiptap/pm/state';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    orderedList: {
      /** Toggles a numbered list. */
      toggleOrderedList: () => ReturnType;
    };
  }
}

const LIST_STYLE_TYPES = new Map(
  Object.entries({
    'upper-roman': 'I',
    'lower-roman': 'i',
    'upper-alpha': 'A',
    'upper-latin': 'A',
    'lower-alpha': 'a',
    'lower-latin': 'a',
  }),
);

/** `<ol type>` from a CSS list-style-type (how Word and Google Docs mark lettered or roman lists). */
const typeFromStyle = (style: string | null | undefined) =>
  LIST_STYLE_TYPES.get(
    /list-style-type\s*:\s*([^;]+)/i
      .exec(style ?? '')?.[1]
      ?.trim()
      .toLowerCase() ?? '',
  ) ?? null;

/**
 * Two or more lines of plain text, each "1. …" or "1) …" (a provision list from an e-mail or a
 * text file), as one numbered list starting at the first number; null for any other text, which
 * pastes as usual.
 */
export function numberedLinesSlice(text: string, schema: Schema): Slice | null {
  const lines = text.split(/\r?\n/).filter((line) => line.trim());
  const items = lines.map((line) => /^\s*(\d{1,9})[.)]\s+(\S.*)$/.exec(line));
  if (items.length < 2 || items.some((m) => !m)) return null;
  const { orderedList, listItem, paragraph } = schema.nodes;
  const list = orderedList!.create(
    { start: +items[0]![1]! },
    items.map((m) => listItem!.create(null, paragraph!.create(null, schema.text(m![2]!.trimEnd())))),
  );
  return new Slice(Fragment.from(list), 0, 0);
}

/**
 * Tiptap's numbered list (@tiptap/extension-list 3.31) with the same name, attributes, HTML,
 * command, shortcut and "1. " input rule, without its Markdown support and its paste parser for
 * roman and letter markers: with them its module brought ~2 kB gzipped to the editor route
 * (tests/e2e/editor-bundle.spec.ts), and the app reads no Markdown. Plain-text lines numbered
 * 1., 2. … still paste as a list (numberedLinesSlice). A unit test holds the schema equal to
 * Tiptap's.
 */
export const OrderedList = Node.create({
  name: 'orderedList',
  group: 'block list',
  content: 'listItem+',

  addAttributes() {
    return {
      start: { default: 1, parseHTML: (el: HTMLElement) => (el.hasAttribute('start') ? parseInt(el.getAttribute('start') || '', 10) : 1) },
      type: {
        default: null,
        // The `type` attribute, else the list's or its first item's list-style-type (Google Docs).
        parseHTML: (el: HTMLElement) =>
          el.getAttribute('type') ||
          typeFromStyle(el.getAttribute('style')) ||
          typeFromStyle(el.querySelector('li')?.getAttribute('style')),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'ol' }];
  },

  renderHTML({ HTMLAttributes }) {
    const { start, type, ...rest } = HTMLAttributes;
    const attrs = mergeAttributes(rest);
    if (start !== 1) attrs.start = start;
    if (type && type !== '1') attrs.type = type;
    return ['ol', attrs, 0];
  },

  addCommands() {
    return {
      toggleOrderedList:
        () =>
        ({ commands }) =>
          commands.toggleList(this.name, 'listItem', false),
    };
  },

  addKeyboardShortcuts() {
    return { 'Mod-Shift-7': () => this.editor.commands.toggleOrderedList() };
  },

  addProseMirrorPlugins() {
    // Shift+paste ("paste as plain text") keeps the lines as they are. ProseMirror parses the
    // text itself when this returns nothing (its type says Slice; prosemirror-view checks).
    const parse = (text: string, plain: boolean) => (plain ? null : numberedLinesSlice(text, this.editor.schema)) as Slice;
    return [new Plugin({ props: { clipboardTextParser: (text, _$context, plain) => parse(text, plain) } })];
  },

  addInputRules() {
    return [
      wrappingInputRule({
        find: /^(\d+)\.\s$/,
        type: this.type,
        getAttributes: (match) => ({ start: +match[1]! }),
        // Continue the list above only when it is plainly numbered and this number follows it.
        joinPredicate: (match, node) => (!node.attrs.type || node.attrs.type === '1') && node.childCount + node.attrs.start === +match[1]!,
      }),
    ];
  },
});
