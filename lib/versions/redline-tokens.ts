import type { PmNode } from '@/lib/editor/to-json';
import { parseSuggestionId } from '@/lib/editor/suggestions';
import { PLACEHOLDER_FIELD } from '@/lib/editor/node-names';

/** A negotiation mark on a word, named by its party. */
export interface MarkRef {
  kind: 'bracket' | 'insertion' | 'deletion';
  /** The party's short name ("Mediation" for the mediation team's suggestions). */
  party: string;
  /** Identity for comparing: kind, party and (suggestions) the suggestion id. */
  key: string;
}

/** A word or a run of whitespace, with its negotiation marks (formatting is ignored). */
export interface Token {
  text: string;
  marks: MarkRef[];
}

export const sameMarks = (a: MarkRef[], b: MarkRef[]) => a.length === b.length && a.every((m, i) => m.key === b[i]!.key);

function refsOf(marks: NonNullable<PmNode['marks']>, parties: { id: string; shortName: string }[]): MarkRef[] {
  const short = (id: string | null | undefined) => parties.find((p) => p.id === id)?.shortName;
  const out: MarkRef[] = [];
  for (const m of marks) {
    if (m.type === 'bracket') {
      const party = short(String(m.attrs?.partyId ?? '')) ?? (String(m.attrs?.partyShort ?? '') || 'a party');
      out.push({ kind: 'bracket', party, key: `bracket:${party}` });
    } else if (m.type === 'insertion' || m.type === 'deletion') {
      const author = parseSuggestionId(m.attrs?.id);
      const party = (author?.partyId ? short(author.partyId) : null) ?? (author?.partyId ? 'a party' : 'Mediation');
      out.push({ kind: m.type, party, key: `${m.type}:${party}:${String(m.attrs?.id ?? '')}` });
    }
  }
  return out.sort((x, y) => x.key.localeCompare(y.key));
}

/**
 * The tokens of a block (and of the blocks inside it): words, single punctuation marks and runs of
 * whitespace, each with its negotiation marks. Text split only by formatting is joined first, so
 * bold or italic never makes a difference.
 */
export function markTokens(node: PmNode, parties: { id: string; shortName: string }[]): Token[] {
  const segments: Token[] = [];
  const push = (text: string, marks: MarkRef[]) => {
    const last = segments[segments.length - 1];
    if (last && sameMarks(last.marks, marks)) last.text += text;
    else segments.push({ text, marks });
  };
  const walk = (n: PmNode, inherited: NonNullable<PmNode['marks']>) => {
    const marks = [...inherited, ...(n.marks ?? [])];
    if (n.text !== undefined) return push(n.text, refsOf(marks, parties));
    if (n.type === 'hardBreak') return push(' ', refsOf(marks, parties));
    if (n.type === PLACEHOLDER_FIELD) return push(`{${String(n.attrs?.name ?? 'FIELD')}}`, refsOf(marks, parties));
    const children = n.content ?? [];
    const isTextBlock = children.some((c) => c.text !== undefined || c.type === 'hardBreak' || c.type === PLACEHOLDER_FIELD);
    children.forEach((c, i) => {
      if (!isTextBlock && i > 0 && segments.length > 0) push(' ', []);
      walk(c, marks);
    });
  };
  walk(node, []);
  const out: Token[] = segments.flatMap((seg) =>
    (seg.text.match(/\s+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? []).map((text) => ({ text, marks: seg.marks })),
  );
  // Trim the block's outer whitespace so re-spacing at the ends is no change.
  while (out.length && !out[0]!.text.trim()) out.shift();
  while (out.length && !out[out.length - 1]!.text.trim()) out.pop();
  return out;
}

/** Stretches of consecutive tokens sharing a mark: "GOV brackets ‘within 30 days’". */
export function spansOf(tokens: Token[]): { mark: MarkRef; text: string }[] {
  const done: { mark: MarkRef; text: string }[] = [];
  const open = new Map<string, { mark: MarkRef; text: string }>();
  for (const t of tokens) {
    const keys = new Set(t.marks.map((m) => m.key));
    for (const [key, span] of open) {
      if (keys.has(key)) continue;
      done.push(span);
      open.delete(key);
    }
    for (const m of t.marks) {
      const span = open.get(m.key);
      if (span) span.text += t.text;
      else open.set(m.key, { mark: m, text: t.text });
    }
  }
  done.push(...open.values());
  return done.map((s) => ({ ...s, text: s.text.trim() }));
}
