import { clauseBlockLabel, type ClauseBlockAttrs } from '@/lib/editor/mediators-text';
import type { PmNode } from '@/lib/editor/to-json';
import { fillPlaceholders, negotiationValues, type NegotiationContext } from './placeholders';
import { type Clause } from './schema';
import { variantText, type ClauseVariant } from './clause-terms';

/** ProseMirror JSON, as Tiptap's `insertContent` and `getJSON` use it. */
export type { PmNode };

/** The editor node type of an unfilled placeholder field (lib/editor/marks/placeholder.ts). */
export const PLACEHOLDER_NODE = 'placeholderField';

const ITEM_START = /^\([a-z0-9]{1,4}\)\s/i;

/**
 * Paragraphs of clause text: blocks separated by blank lines, and every line starting
 * "(a) ", "(b) " … as a paragraph of its own; other line breaks join with a space.
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
    s.type === 'text' ? { type: 'text', text: s.text } : { type: PLACEHOLDER_NODE, attrs: { name: s.name } },
  );
}

/**
 * The provenance label shown on a clause block: "Library · cf-cantonment-sites v1 · standard", or
 * for a released Mediator's text who released it and when (lib/editor/mediators-text.ts).
 */
export function provenanceLabel(attrs: ClauseBlockAttrs): string {
  return clauseBlockLabel(attrs);
}

/** The PA-X codes stored on a clause block (a comma-separated attribute), as a list. */
export function paxCodesOf(attr: unknown): string[] {
  return typeof attr === 'string' ? attr.split(',').map((c) => c.trim()).filter(Boolean) : [];
}

/**
 * A `clauseBlock` node for one variant of a clause: its title as a heading, then its paragraphs,
 * with the role placeholders ({GOVERNMENT}, {MOVEMENT} …) filled from the parties' roles and
 * {DAY_ZERO} from the negotiation; every other placeholder is left as a `placeholderField` node.
 */
export function clauseToNode(clause: Clause, variant: ClauseVariant, context: NegotiationContext): PmNode {
  const values = negotiationValues(context);
  return {
    type: 'clauseBlock',
    attrs: { clauseId: clause.id, version: clause.version, variant, title: clause.title, paxCodes: clause.pax_codes.join(',') },
    content: [
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: clause.title }] },
      ...splitParagraphs(variantText(clause, variant)).map((p) => ({ type: 'paragraph', content: toInline(p, values) })),
    ],
  };
}
