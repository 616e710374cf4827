import { diffArrays } from 'diff';
import type { PmNode } from '@/lib/editor/to-json';
import { markTokens, sameMarks, spansOf, type MarkRef, type Token } from './redline-tokens';
import { CLAUSE_BLOCK } from '@/lib/editor/node-names';

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
  change: 'unchanged' | 'changed' | 'inserted' | 'deleted';
  parts: RedlinePart[];
  /** Changes of negotiation marks in plain words, with the party: "Bracket added by GOV: “30 days”". */
  notes: string[];
}

export interface RedlineParty {
  id: string;
  shortName: string;
}

interface Block {
  label: string;
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
    const text = tokens.map((t) => t.text).join('').trim();
    if (node.type === CLAUSE_BLOCK) return { label: String(node.attrs?.title ?? 'Clause'), tokens, key, alternative: null };
    if (node.type === 'heading') return { label: text.slice(0, 80) || 'Heading', tokens, key, alternative: null };
    if (node.type === 'paragraph' && node.attrs?.altOf) {
      const party = node.attrs.altPartyShort ? String(node.attrs.altPartyShort) : null;
      return { label: `${String(node.attrs.altLabel ?? 'Alt')}${party ? ` · ${party}` : ''}`, tokens, key, alternative: party ?? 'a party' };
    }
    paragraph += 1;
    return { label: `Paragraph ${paragraph}`, tokens, key, alternative: null };
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

const whole = (op: 'insert' | 'delete' | 'equal', tokens: Token[]): RedlinePart[] => merge(tokens.map((t) => ({ op, text: t.text, marks: t.marks })));

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

/** Negotiation marks placed or lifted between two versions of a block, in words. */
function markNotes(before: Token[], after: Token[]): string[] {
  const was = spansOf(before);
  const now = spansOf(after);
  const key = (s: { mark: MarkRef; text: string }) => `${s.mark.key}\u0001${s.text}`;
  const wasKeys = new Set(was.map(key));
  const nowKeys = new Set(now.map(key));
  const quote = (t: string) => `“${t.trim().length > 80 ? `${t.trim().slice(0, 79)}…` : t.trim()}”`;
  const notes: string[] = [];
  for (const s of now) if (!wasKeys.has(key(s))) notes.push(s.mark.kind === 'bracket' ? `Bracket added by ${s.mark.party}: ${quote(s.text)}` : `Suggestion by ${s.mark.party} added: ${s.mark.kind === 'insertion' ? 'insert' : 'delete'} ${quote(s.text)}`);
  for (const s of was) if (!nowKeys.has(key(s))) notes.push(s.mark.kind === 'bracket' ? `Bracket by ${s.mark.party} removed: ${quote(s.text)}` : `Suggestion by ${s.mark.party} accepted, rejected or withdrawn: ${s.mark.kind === 'insertion' ? 'insert' : 'delete'} ${quote(s.text)}`);
  return notes;
}

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
  const inserted = (blk: Block): RedlineBlock => ({ label: blk.label, change: 'inserted', parts: whole('insert', blk.tokens), notes: [...(blk.alternative ? [`Alternative proposed by ${blk.alternative}`] : []), ...markNotes([], blk.tokens)] });
  const deleted = (blk: Block): RedlineBlock => ({ label: blk.label, change: 'deleted', parts: whole('delete', blk.tokens), notes: [...(blk.alternative ? [`Alternative by ${blk.alternative} removed`] : []), ...markNotes(blk.tokens, [])] });
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
          out.push({ label: neu.label, change: 'changed', parts: tokenParts(old.tokens, neu.tokens), notes: markNotes(old.tokens, neu.tokens) });
        } else if (neu && (!old || neu.alternative !== null)) out.push(inserted(news.shift()!));
        else out.push(deleted(olds.shift()!));
      }
      i++;
      continue;
    }
    for (const block of chunk.value) {
      if (chunk.added) out.push(inserted(block));
      else if (chunk.removed) out.push(deleted(block));
      else out.push({ label: block.label, change: 'unchanged', parts: whole('equal', block.tokens), notes: [] });
    }
  }
  return out;
}
