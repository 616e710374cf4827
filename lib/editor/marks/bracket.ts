import { Mark, mergeAttributes } from '@tiptap/core';

export interface BracketAttrs {
  /** Party that contests the text. */
  partyId: string;
  partyShort: string;
  /** Who placed it. */
  userId: string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    bracket: {
      /** Brackets the selection on behalf of a party (text not yet agreed). */
      setBracket: (attrs: BracketAttrs) => ReturnType;
      /** Removes brackets from the selection ("cleaning"). */
      unsetBracket: () => ReturnType;
    };
  }
}

/**
 * Square brackets: disputed text, attributed to the party that holds the bracket. Printed as
 * `[text]` with the party's short name; the colour comes from CSS on `data-party`.
 */
export const Bracket = Mark.create({
  name: 'bracket',
  inclusive: false,
  excludes: '',
  addAttributes() {
    return {
      partyId: { default: null, parseHTML: (el) => el.getAttribute('data-party'), renderHTML: (a) => ({ 'data-party': a.partyId }) },
      partyShort: {
        default: '',
        parseHTML: (el) => el.getAttribute('data-party-short'),
        renderHTML: (a) => ({ 'data-party-short': a.partyShort, title: `Bracketed by ${a.partyShort}` }),
      },
      userId: { default: null, parseHTML: (el) => el.getAttribute('data-user'), renderHTML: (a) => ({ 'data-user': a.userId }) },
    };
  },
  parseHTML: () => [{ tag: 'span[data-bracket]' }],
  renderHTML: ({ HTMLAttributes }) => ['span', mergeAttributes(HTMLAttributes, { 'data-bracket': '', class: 'bracket' }), 0],
  addCommands() {
    return {
      setBracket:
        (attrs) =>
        ({ commands }) =>
          commands.setMark(this.name, attrs),
      unsetBracket:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name, { extendEmptyMarkRange: true }),
    };
  },
});
