import { diffArrays } from 'diff';
import type { PmNode } from '@/lib/editor/to-json';
import { markTokens, sameMarks, spansOf, type MarkRef, type Token } from './redline-tokens';
import { CLAUSE_BLOCK } from '@/lib/editor/node-names';
import type { BlockLabelRef } from '@/lib/i18n/block-label';

export type { MarkRef };
export type RedlineOp = 'equal' | 'insert' | 'delete' | 'remark';
export interface RedlinePart {
  /** 'remark': the same words, with different negotiation marks (a bracket placed or lifted, a proposal made or settled). */
  op: RedlineOp;
  text: string;
  /** Negotiation marks on these words (after the change; before it for deletions). */
  marks: MarkRef[];
  /** For 'remark': the marks the words had before. */
  was?: MarkRef[];
}
export interface RedlineBlock {
  /** Clause title, heading text, "Paragraph n" or "Alt 2 · APM" — what a negotiator calls this block. */
  label: string;
  /** When the label is made up ("Paragraph n"): its key, said in the reader's language. */
  labelRef?: BlockLabelRef;
  change: 'unchanged' | 'changed' | 'inserted' | 'deleted';
  parts: RedlinePart[];
  /** Changes of negotiation marks in plain words, with the party: "Bracket added by GOV: “30 days”". */
  notes: string[];
  /** The same notes as keys of `redlineText` with their values, one per note, for the reader's language. */
  noteRefs: RedlineNote[];
}

/** A note as a key of `redlineText` in messages/*.json; `party` absent: "a party". */
export interface RedlineNote {
  key:
    | 'bracketAdded'
    | 'bracketRemoved'
    | 'suggestionAddedInsert'
    | 'suggestionAddedDelete'
    | 'suggestionSettledInsert'
    | 'suggestionSettledDelete'
    | 'alternativeProposed'
    | 'alternativeRemoved';
  party?: string;
  quote?: string;
}

/** Which text a side of a comparison is, for the interface to name in the reader's language. */
export type TextRef = { kind: 'current' } | { kind: 'version'; number: number; name: string };

export interface RedlineParty {
  id: string;
  shortName: string;
}

interface Block {
  label: string;
  labelRef?: BlockLabelRef;
  tokens: Token[];
  /** Words and marks: two blocks with the same key read the same. */
  key: string;
  alternative: string | null;
}

/** Top-level blocks of a document; a clause block is one unit labelled by its title; alternatives are their own blocks. */
function blocksOf(doc: PmNode, parties: RedlineParty[]): Block[] {
  let paragraph = 0;
  return (doc.content ?? []).map((node) => {
    const tokens = markTokens(node, parties);
    const key = tokens.map((t) => `${t.text}\u0001${t.marks.map((m) => m.key).join('|')}`).join('\u0002');
    const text = tokens
      .map((t) => t.text)
      .join('')
      .trim();
    if (node.type === CLAUSE_BLOCK) {
      return node.attrs?.title
        ? { label: String(node.attrs.title), tokens, key, alternative: null }
        : { label: 'Clause', labelRef: { key: 'clause' as const }, tokens, key, alternative: null };
    }
    if (node.type === 'heading')
      return text
        ? { label: text.slice(0, 80), tokens, key, alternative: null }
        : { label: 'Heading', labelRef: { key: 'heading' as const }, tokens, key, alternative: null };
    if (node.type === 'paragraph' && node.attrs?.altOf) {
      const party = node.attrs.altPartyShort ? String(node.attrs.altPartyShort) : null;
      return { label: `${String(node.attrs.altLabel ?? 'Alt')}${party ? ` · ${party}` : ''}`, tokens, key, alternative: party ?? '' };
    }
    paragraph += 1;
    return { label: `Paragraph ${paragraph}`, labelRef: { key: 'paragraph' as const, n: paragraph }, tokens, key, alternative: null };
  });
}

/** Consecutive tokens with the same op and marks become one part. */
function merge(parts: RedlinePart[]): RedlinePart[] {
  const out: RedlinePart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && last.op === p.op && sameMarks(last.marks, p.marks) && sameMarks(last.was ?? [], p.was ?? [])) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

const whole = (op: 'insert' | 'delete' | 'equal', tokens: Token[]): RedlinePart[] =>
  merge(tokens.map((t) => ({ op, text: t.text, marks: t.marks })));

/** Words diffed by text; where the words stay but their marks change, a 'remark' part. */
function tokenParts(before: Token[], after: Token[]): RedlinePart[] {
  const parts: RedlinePart[] = [];
  let consumed = 0; // tokens of `before` accounted for so far
  for (const chunk of diffArrays(before, after, { comparator: (x, y) => x.text === y.text })) {
    if (chunk.added) parts.push(...chunk.value.map((t) => ({ op: 'insert' as const, text: t.text, marks: t.marks })));
    else if (chunk.removed) {
      parts.push(...chunk.value.map((t) => ({ op: 'delete' as const, text: t.text, marks: t.marks })));
      consumed += chunk.value.length;
    } else {
      // diffArrays hands back the "after" tokens for equal runs; their "before" twins come in order.
      for (const t of chunk.value) {
        const old = before[consumed++];
        if (old && !sameMarks(old.marks, t.marks)) parts.push({ op: 'remark', text: t.text, marks: t.marks, was: old.marks });
        else parts.push({ op: 'equal', text: t.text, marks: t.marks });
      }
    }
  }
  return merge(parts);
}

/** Negotiation marks placed or lifted between two versions of a block, as keys with their party and quoted words. */
function markNotes(before: Token[], after: Token[]): RedlineNote[] {
  const was = spansOf(before);
  const now = spansOf(after);
  const key = (s: { mark: MarkRef; text: string }) => `${s.mark.key}\u0001${s.text}`;
  const wasKeys = new Set(was.map(key));
  const nowKeys = new Set(now.map(key));
  const quote = (t: string) => `“${t.trim().length > 80 ? `${t.trim().slice(0, 79)}…` : t.trim()}”`;
  const notes: RedlineNote[] = [];
  const op = (s: { mark: MarkRef }) => (s.mark.kind === 'insertion' ? 'Insert' : 'Delete');
  for (const s of now) {
    if (!wasKeys.has(key(s)))
      notes.push({
        key: s.mark.kind === 'bracket' ? 'bracketAdded' : `suggestionAdded${op(s)}`,
        party: s.mark.party,
        quote: quote(s.text),
      });
  }
  for (const s of was) {
    if (!nowKeys.has(key(s)))
      notes.push({
        key: s.mark.kind === 'bracket' ? 'bracketRemoved' : `suggestionSettled${op(s)}`,
        party: s.mark.party,
        quote: quote(s.text),
      });
  }
  return notes;
}

/** A note in English, as the `notes` field carries it. */
export function englishNote(n: RedlineNote): string {
  const party = n.party || 'a party';
  switch (n.key) {
    case 'bracketAdded':
      return `Bracket added by ${party}: ${n.quote}`;
    case 'bracketRemoved':
      return `Bracket by ${party} removed: ${n.quote}`;
    case 'suggestionAddedInsert':
    case 'suggestionAddedDelete':
      return `Suggestion by ${party} added: ${n.key.endsWith('Insert') ? 'insert' : 'delete'} ${n.quote}`;
    case 'suggestionSettledInsert':
    case 'suggestionSettledDelete':
      return `Suggestion by ${party} accepted, rejected or withdrawn: ${n.key.endsWith('Insert') ? 'insert' : 'delete'} ${n.quote}`;
    case 'alternativeProposed':
      return `Alternative proposed by ${party}`;
    case 'alternativeRemoved':
      return `Alternative by ${party} removed`;
  }
}

const withNotes = (block: Omit<RedlineBlock, 'notes' | 'noteRefs'>, noteRefs: RedlineNote[]): RedlineBlock => ({
  ...block,
  notes: noteRefs.map(englishNote),
  noteRefs,
});
const named = (blk: Block) => ({ label: blk.label, ...(blk.labelRef ? { labelRef: blk.labelRef } : {}) });

/**
 * A per-block redline between two documents that sees the negotiation marks, not only the words:
 * blocks are aligned by words and marks (LCS); a block that changed is diffed word by word, and a
 * bracket, suggestion or alternative placed or removed shows as a change with its party.
 */
export function redline(before: PmNode, after: PmNode, parties: RedlineParty[] = []): RedlineBlock[] {
  const a = blocksOf(before, parties);
  const b = blocksOf(after, parties);
  const aligned = diffArrays(a, b, { comparator: (x, y) => x.key === y.key });
  const out: RedlineBlock[] = [];
  const alt = (blk: Block, key: 'alternativeProposed' | 'alternativeRemoved'): RedlineNote[] =>
    blk.alternative === null ? [] : [{ key, ...(blk.alternative ? { party: blk.alternative } : {}) }];
  const inserted = (blk: Block) =>
    withNotes({ ...named(blk), change: 'inserted', parts: whole('insert', blk.tokens) }, [
      ...alt(blk, 'alternativeProposed'),
      ...markNotes([], blk.tokens),
    ]);
  const deleted = (blk: Block) =>
    withNotes({ ...named(blk), change: 'deleted', parts: whole('delete', blk.tokens) }, [
      ...alt(blk, 'alternativeRemoved'),
      ...markNotes(blk.tokens, []),
    ]);
  for (let i = 0; i < aligned.length; i++) {
    const chunk = aligned[i]!;
    const next = aligned[i + 1];
    if (chunk.removed && next?.added) {
      // A replaced run: pair blocks one to one (an alternative only with an alternative) and diff them.
      const olds = [...chunk.value];
      const news = [...next.value];
      while (olds.length || news.length) {
        const old = olds[0];
        const neu = news[0];
        if (old && neu && (old.alternative === null) === (neu.alternative === null)) {
          olds.shift();
          news.shift();
          out.push(
            withNotes({ ...named(neu), change: 'changed', parts: tokenParts(old.tokens, neu.tokens) }, markNotes(old.tokens, neu.tokens)),
          );
        } else if (neu && (!old || neu.alternative !== null)) out.push(inserted(news.shift()!));
        else out.push(deleted(olds.shift()!));
      }
      i++;
      continue;
    }
    for (const block of chunk.value) {
      if (chunk.added) out.push(inserted(block));
      else if (chunk.removed) out.push(deleted(block));
      else out.push(withNotes({ ...named(block), change: 'unchanged', parts: whole('equal', block.tokens) }, []));
    }
  }
  return out;
}
