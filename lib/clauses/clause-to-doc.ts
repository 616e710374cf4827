import { CLAUSE_BLOCK, PLACEHOLDER_FIELD } from '@/lib/editor/node-names';
import type { PmNode } from '@/lib/editor/to-json';
import { negotiationValues, type NegotiationContext } from './negotiation-values';
import { fillPlaceholders } from './placeholders';
import { type Clause } from './schema';
import { variantText, type ClauseVariant } from './clause-terms';

/** ProseMirror JSON, as Tiptap's `insertContent` and `getJSON` use it. */
export type { PmNode };

/** "(a) ", "(iv) ", "(12) " and their Arabic counterparts "(أ) " … "(هـ) " (letters, with tatweel). */
const ITEM_START = /^\((?:[a-z0-9]{1,4}|[\u0621-\u064A\u0640]{1,3})\)\s/i;

/**
 * Paragraphs of clause text: blocks separated by blank lines, and every line starting
 * "(a) ", "(b) " … (or "(أ) ", "(ب) " …) as a paragraph of its own; other line breaks join with a space.
 */
export function splitParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  for (const block of text.replace(/\r\n/g, '\n').split(/\n\s*\n/)) {
    let current = '';
    for (const raw of block.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      if (ITEM_START.test(line) && current) {
        paragraphs.push(current);
        current = line;
      } else current = current ? `${current} ${line}` : line;
    }
    if (current) paragraphs.push(current);
  }
  return paragraphs;
}

/** Inline content of one paragraph: text runs and `placeholder` nodes for unfilled fields. */
export function toInline(text: string, values: Record<string, string>): PmNode[] {
  return fillPlaceholders(text, values).map((s) =>
    s.type === 'text' ? { type: 'text', text: s.text } : { type: PLACEHOLDER_FIELD, attrs: { name: s.name } },
  );
}

/**
 * A `clauseBlock` node for one variant of a clause: its title as a heading, then its paragraphs,
 * with the role placeholders ({GOVERNMENT}, {MOVEMENT} …) filled from the parties' roles and
 * {DAY_ZERO} from the negotiation; every other placeholder is left as a `placeholderField` node.
 */
export function clauseToNode(clause: Clause, variant: ClauseVariant, context: NegotiationContext): PmNode {
  const values = negotiationValues(context);
  return {
    type: CLAUSE_BLOCK,
    attrs: { clauseId: clause.id, version: clause.version, variant, title: clause.title, paxCodes: clause.pax_codes.join(',') },
    content: [
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: clause.title }] },
      ...splitParagraphs(variantText(clause, variant)).map((p) => ({ type: 'paragraph', content: toInline(p, values) })),
    ],
  };
}
