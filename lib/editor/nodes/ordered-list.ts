import { mergeAttributes, Node, wrappingInputRule } from '@tiptap/core';

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
 * Tiptap's numbered list (@tiptap/extension-list 3.31) with the same name, attributes, HTML,
 * command, shortcut and "1. " input rule, without its Markdown support and its plain-text paste
 * parser: with them its module brought ~2 kB gzipped to the editor route (roman and letter
 * markers; tests/e2e/editor-bundle.spec.ts), and the app reads no Markdown. A unit test holds
 * the schema equal to Tiptap's.
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
