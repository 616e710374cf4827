import type { PmNode } from '@/lib/editor/to-json';
import { PLACEHOLDER_FIELD } from '@/lib/editor/node-names';

/** Marks that change what a text says or how far it is agreed; every other mark (bold, italic …) is formatting. */
const NEGOTIATION_MARKS = new Set(['bracket', 'insertion', 'deletion', 'modification']);
const SUGGESTION_MARKS = new Set(['insertion', 'deletion', 'modification']);

export interface ClauseReading {
  /** The words only (no marks spelled out), whitespace collapsed. */
  plain: string;
  /** The words with negotiation marks spelled out, for people: [bracketed], {+proposed+}, {-struck-}. */
  text: string;
  /** What an agreement binds to: words, negotiation marks (with their party or author), alternatives. */
  canonical: string;
  hasWords: boolean;
  hasBracket: boolean;
  hasSuggestion: boolean;
}

interface Run {
  text: string;
  /** The run's negotiation marks, e.g. "bracket:<party>|insertion:<id>" ('' for none). */
  sig: string;
  bracket: boolean;
  insertion: boolean;
  deletion: boolean;
}

const signature = (marks: PmNode['marks']) =>
  (marks ?? [])
    .filter((m) => NEGOTIATION_MARKS.has(m.type))
    .map((m) => `${m.type}:${String(m.attrs?.partyId ?? m.attrs?.id ?? '')}`)
    .sort()
    .join('|');

/** Inline runs of a text block; a placeholder field reads as {NAME}, a line break as a space. */
function runsOf(block: PmNode, inherited: PmNode['marks'] = []): Run[] {
  const out: Run[] = [];
  for (const child of block.content ?? []) {
    const marks = [...(inherited ?? []), ...(child.marks ?? [])];
    let text: string;
    if (child.text !== undefined) text = child.text;
    else if (child.type === 'hardBreak') text = ' ';
    else if (child.type === PLACEHOLDER_FIELD) text = `{${String(child.attrs?.name ?? 'FIELD')}}`;
    else {
      out.push(...runsOf(child, marks));
      continue;
    }
    const types = new Set(marks.map((m) => m.type));
    out.push({
      text,
      sig: signature(marks),
      bracket: types.has('bracket'),
      insertion: types.has('insertion'),
      deletion: types.has('deletion') || types.has('modification'),
    });
  }
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** Text blocks (paragraphs, list items' paragraphs) under a node, with the block marks they inherit; headings are names, not words. */
function textBlocks(node: PmNode, inherited: PmNode['marks'] = []): { block: PmNode; marks: PmNode['marks'] }[] {
  if (node.type === 'heading') return [];
  const marks = [...(inherited ?? []), ...(node.marks ?? [])];
  const children = node.content ?? [];
  if (children.length === 0 || children.some((c) => c.text !== undefined || c.type === 'hardBreak' || c.type === PLACEHOLDER_FIELD))
    return [{ block: node, marks }];
  return children.flatMap((c) => textBlocks(c, marks));
}

/**
 * Reads a clause: its blocks (a paragraph, a clause block's paragraphs, a list after it) and its
 * alternatives. Whitespace is collapsed and formatting marks are ignored, so re-spacing or bolding
 * words leaves the canonical form (and an agreement bound to it) unchanged; any change of words,
 * placeholders, brackets, suggestions or alternatives changes it.
 */
export function clauseText(parts: PmNode[], alternatives: PmNode[]): ClauseReading {
  let hasBracket = false;
  let hasSuggestion = false;
  const read = (node: PmNode) =>
    textBlocks(node).map(({ block, marks }) => {
      const runs = runsOf(block, marks);
      let canonical = '';
      let text = '';
      let plain = '';
      let sig = '';
      for (const r of runs) {
        if (r.sig !== sig) canonical += `\u0001${r.sig}\u0002`;
        sig = r.sig;
        canonical += r.text;
        plain += r.text;
        hasBracket ||= r.bracket;
        hasSuggestion ||= r.sig.split('|').some((s) => SUGGESTION_MARKS.has(s.split(':')[0]!));
        let shown = r.text;
        if (r.insertion) shown = `{+${shown}+}`;
        if (r.deletion) shown = `{-${shown}-}`;
        if (r.bracket) shown = `[${shown}]`;
        text += shown;
      }
      return { canonical: squash(canonical).trim(), text: squash(text).trim(), plain: squash(plain).trim() };
    });
  const blocks = parts.flatMap(read).filter((b) => b.plain !== '');
  const alts = alternatives.map((alt) => {
    const label = `${String(alt.attrs?.altLabel ?? 'Alt')} · ${String(alt.attrs?.altPartyShort ?? '')}`.replace(/ · $/, '');
    const body = read(alt);
    return {
      canonical: `\u0003${label}|${String(alt.attrs?.altParty ?? '')}|${body.map((b) => b.canonical).join('\u0004')}`,
      text: `${label}: ${body.map((b) => b.text).join(' ')}`,
      plain: body.map((b) => b.plain).join(' '),
    };
  });
  return {
    plain: blocks.map((b) => b.plain).join(' '),
    text: [...blocks.map((b) => b.text), ...alts.map((a) => a.text)].join('\n'),
    canonical: [...blocks.map((b) => b.canonical), ...alts.map((a) => a.canonical)].join('\u0004'),
    hasWords: blocks.length > 0,
    hasBracket,
    hasSuggestion,
  };
}
