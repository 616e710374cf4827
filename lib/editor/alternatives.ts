import { Extension } from '@tiptap/core';
import { suggestChangesKey } from '@handlewithcare/prosemirror-suggest-changes';
import { suggestionId, type SuggestionAuthor } from './suggestions';

export interface ProposeAlternativeInput {
  text: string;
  party: { id: string | null; shortName: string };
  /** Set when the proposer may only suggest: the new paragraph's text becomes their suggestion. */
  suggestAs: SuggestionAuthor | null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    alternatives: {
      /** Adds "Alt n" after the paragraph at the cursor, attributed to a party. */
      proposeAlternative: (input: ProposeAlternativeInput) => ReturnType;
      /** Keeps one alternative of a group (by its uid) as the paragraph's text and deletes the others. */
      collapseAlternatives: (group: string, keepUid: string) => ReturnType;
    };
  }
}

/**
 * Alternatives (Alt 1 / Alt 2 …): competing versions of one paragraph. Alt 1 is the original; each
 * further alternative is a paragraph after it that names the original's uid (`altOf`), its label
 * and the proposing party. Collapsing keeps one and deletes the rest (a logged act).
 */
export const Alternatives = Extension.create({
  name: 'alternatives',
  addGlobalAttributes() {
    const attr = (name: string) => ({
      default: null,
      parseHTML: (el: HTMLElement) => el.getAttribute(`data-${name}`),
      renderHTML: (attrs: Record<string, unknown>) => (attrs[name] ? { [`data-${name}`]: String(attrs[name]) } : {}),
    });
    const partyShort = {
      ...attr('altPartyShort'),
      // The tooltip says who proposed it, as brackets do.
      renderHTML: (attrs: Record<string, unknown>) =>
        attrs.altPartyShort
          ? {
              'data-altPartyShort': String(attrs.altPartyShort),
              title: `${String(attrs.altLabel ?? 'Alternative')} proposed by ${String(attrs.altPartyShort)}`,
            }
          : {},
    };
    return [
      {
        types: ['paragraph'],
        attributes: { altOf: attr('altOf'), altLabel: attr('altLabel'), altParty: attr('altParty'), altPartyShort: partyShort },
      },
    ];
  },
  addCommands() {
    return {
      proposeAlternative:
        ({ text, party, suggestAs }) =>
        ({ state, tr, dispatch }) => {
          const $from = state.selection.$from;
          const depth = [...Array($from.depth + 1).keys()].reverse().find((d) => $from.node(d).type.name === 'paragraph');
          if (depth === undefined || !text.trim()) return false;
          const original = $from.node(depth);
          const group = String(original.attrs.altOf ?? original.attrs.uid ?? '');
          if (!group) return false;
          let count = 1;
          state.doc.descendants((n) => {
            if (n.type.name === 'paragraph' && n.attrs.altOf === group) count++;
          });
          const marks = suggestAs
            ? [state.schema.marks.insertion!.create({ id: suggestionId(suggestAs, `alt${Date.now().toString(36)}`) })]
            : [];
          const paragraph = state.schema.nodes.paragraph!.create(
            { altOf: group, altLabel: `Alt ${count + 1}`, altParty: party.id, altPartyShort: party.shortName },
            state.schema.text(text.trim(), marks),
          );
          if (dispatch) tr.insert($from.after(depth), paragraph).setMeta(suggestChangesKey, { skip: true });
          return true;
        },
      collapseAlternatives:
        (group, keepUid) =>
        ({ state, tr, dispatch }) => {
          const members: { pos: number; size: number; uid: string; isOriginal: boolean; content: import('@tiptap/pm/model').Fragment }[] =
            [];
          state.doc.descendants((n, pos) => {
            if (n.type.name !== 'paragraph') return;
            if (n.attrs.uid === group || n.attrs.altOf === group)
              members.push({ pos, size: n.nodeSize, uid: String(n.attrs.uid), isOriginal: n.attrs.uid === group, content: n.content });
          });
          const keep = members.find((m) => m.uid === keepUid);
          const original = members.find((m) => m.isOriginal);
          if (!keep || !original || members.length < 2) return false;
          if (!keep.content.textBetween(0, keep.content.size).trim()) return false; // never leave the paragraph empty
          if (!dispatch) return true;
          // Delete from the end so earlier positions stay valid; the original keeps its uid (status, comments).
          for (const m of [...members].reverse()) {
            if (!m.isOriginal) {
              tr.delete(m.pos, m.pos + m.size);
              continue;
            }
            const from = tr.mapping.map(m.pos) + 1;
            tr.replaceWith(from, tr.mapping.map(m.pos + m.size) - 1, keep.content);
            // The kept wording is accepted text, not a pending insertion someone could reject into nothing.
            if (keep !== original && state.schema.marks.insertion)
              tr.removeMark(from, from + keep.content.size, state.schema.marks.insertion);
          }
          return true;
        },
    };
  },
});
