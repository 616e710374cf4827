import { DeletedTextRun, InsertedTextRun, TextRun, type ParagraphChild } from 'docx';
import type { PmNode } from '@/lib/editor/to-json';
import { parseSuggestionId } from '@/lib/editor/suggestions';
import { firstStrongDirection, isRtlRun } from '@/lib/i18n/text-direction';
import { PLACEHOLDER_FIELD } from '@/lib/editor/node-names';

export interface ExportParty {
  id: string;
  name: string;
  shortName: string;
}

/** How pending suggestions are written: Word tracked changes (default) or visibly marked proposals. */
export type SuggestionStyle = 'tracked' | 'marked';

/** What the run writer collects while it goes: who holds brackets, who has proposals open. */
export interface RunContext {
  parties: ExportParty[];
  suggestions: SuggestionStyle;
  /** w:date of tracked changes (the export time: Pactum does not date each keystroke of a proposal). */
  date: string;
  bracketHolders: Set<string>;
  proposers: Set<string>;
  nextRevisionId: () => number;
}

const partyOf = (ctx: RunContext, id: string | null | undefined) => ctx.parties.find((p) => p.id === id);

/** The author Word shows for a suggestion: the proposing party by name (the mediation team when none). */
export function suggestionAuthor(ctx: RunContext, suggestionId: unknown): { author: string; short: string } {
  const party = partyOf(ctx, parseSuggestionId(suggestionId)?.partyId);
  return party
    ? { author: `${party.name} (${party.shortName})`, short: party.shortName }
    : { author: 'Mediation team', short: 'Mediation' };
}

interface Piece {
  text: string;
  marks: NonNullable<PmNode['marks']>;
}

/** Text pieces of a block: text nodes, placeholder fields as {NAME}, line breaks as '\n'. */
function piecesOf(node: PmNode, inherited: Piece['marks'] = []): Piece[] {
  return (node.content ?? []).flatMap((child): Piece[] => {
    const marks = [...inherited, ...(child.marks ?? [])];
    if (child.text !== undefined) return [{ text: child.text, marks }];
    if (child.type === 'hardBreak') return [{ text: '\n', marks }];
    if (child.type === PLACEHOLDER_FIELD)
      return [{ text: `{${String(child.attrs?.name ?? 'FIELD')}}`, marks: [...marks, { type: PLACEHOLDER_FIELD }] }];
    return piecesOf(child, marks);
  });
}

/** Whether a block reads right to left (its first letter's script, as `dir="auto"` in the editor): Word's `w:bidi`. */
export function isRtlBlock(node: PmNode): boolean {
  return (
    firstStrongDirection(
      piecesOf(node)
        .map((p) => p.text)
        .join(''),
    ) === 'rtl'
  );
}

/**
 * The runs of one text block, negotiation marks written the way the editor shows them: brackets
 * as [text] with the holder in superscript; pending suggestions as Word insertions/deletions
 * authored by the proposing party, or (style 'marked') underlined / struck with +PARTY / −PARTY.
 * Only text runs: nothing from the document can become a field, link or active content.
 */
export function blockRuns(node: PmNode, ctx: RunContext, blockMarks: Piece['marks'] = []): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const pieces = piecesOf(node, blockMarks);
  const holderOf = (piece: Piece | undefined) => {
    const bracket = piece?.marks.find((m) => m.type === 'bracket');
    return bracket ? (partyOf(ctx, String(bracket.attrs?.partyId))?.shortName ?? String(bracket.attrs?.partyShort || '?')) : null;
  };
  pieces.forEach((piece, i) => {
    const types = new Set(piece.marks.map((m) => m.type));
    const style = {
      bold: types.has('bold'),
      italics: types.has('italic'),
      highlight: types.has(PLACEHOLDER_FIELD) ? ('yellow' as const) : undefined,
      ...(isRtlRun(piece.text) ? { rightToLeft: true } : {}),
      ...(piece.text === '\n' ? { break: 1 } : {}),
    };
    // One pair of brackets per bracketed stretch, even where formatting splits it into several runs.
    const holder = holderOf(piece);
    const opens = holder !== null && holderOf(pieces[i - 1]) !== holder;
    const closes = holder !== null && holderOf(pieces[i + 1]) !== holder;
    if (holder) ctx.bracketHolders.add(holder);
    const shown = `${opens ? '[' : ''}${piece.text === '\n' ? '' : piece.text}${closes ? ']' : ''}`;
    const suggestion = piece.marks.find((m) => m.type === 'insertion' || m.type === 'deletion');
    if (!suggestion) {
      out.push(new TextRun({ text: shown, ...style }));
    } else {
      const { author, short } = suggestionAuthor(ctx, suggestion.attrs?.id);
      ctx.proposers.add(short);
      const inserted = suggestion.type === 'insertion';
      if (ctx.suggestions === 'tracked') {
        const change = { id: ctx.nextRevisionId(), author, date: ctx.date };
        out.push(
          inserted ? new InsertedTextRun({ text: shown, ...style, ...change }) : new DeletedTextRun({ text: shown, ...style, ...change }),
        );
      } else {
        out.push(
          new TextRun({ text: shown, ...style, ...(inserted ? { underline: {}, color: '166534' } : { strike: true, color: '991B1B' }) }),
        );
        const next = pieces[i + 1]?.marks.find((m) => m.type === suggestion.type);
        if (next?.attrs?.id !== suggestion.attrs?.id)
          out.push(new TextRun({ text: `${inserted ? '+' : '−'}${short}`, superScript: true, color: inserted ? '166534' : '991B1B' }));
      }
    }
    if (closes) out.push(new TextRun({ text: holder, superScript: true }));
  });
  return out;
}
