import { diffArrays, diffWords } from 'diff';
import { nodeText, type PmNode } from '@/lib/editor/to-json';

export type RedlineOp = 'equal' | 'insert' | 'delete';
export interface RedlinePart {
  op: RedlineOp;
  text: string;
}
export interface RedlineBlock {
  /** Clause title, heading text, or "Paragraph n" — what a negotiator calls this block. */
  label: string;
  change: 'unchanged' | 'changed' | 'inserted' | 'deleted';
  parts: RedlinePart[];
}

interface Block {
  label: string;
  text: string;
}

/** Top-level blocks of a document; a clause block is one unit labelled by its title. */
function blocksOf(doc: PmNode): Block[] {
  let paragraph = 0;
  return (doc.content ?? []).map((node) => {
    const text = nodeText(node).trim();
    if (node.type === 'clauseBlock') return { label: String(node.attrs?.title ?? 'Clause'), text };
    if (node.type === 'heading') return { label: text.slice(0, 80) || 'Heading', text };
    paragraph += 1;
    return { label: `Paragraph ${paragraph}`, text };
  });
}

/**
 * A per-block redline between two documents: blocks are aligned by their text (LCS), and a block
 * that changed is diffed word by word, so insertions and deletions show where they happened.
 */
export function redline(before: PmNode, after: PmNode): RedlineBlock[] {
  const a = blocksOf(before);
  const b = blocksOf(after);
  const aligned = diffArrays(a, b, { comparator: (x, y) => x.text === y.text });
  const out: RedlineBlock[] = [];
  for (let i = 0; i < aligned.length; i++) {
    const chunk = aligned[i]!;
    const next = aligned[i + 1];
    if (chunk.removed && next?.added) {
      // A replaced run: pair blocks one to one and diff their words; leftovers are whole inserts/deletes.
      const n = Math.max(chunk.value.length, next.value.length);
      for (let k = 0; k < n; k++) {
        const old = chunk.value[k];
        const neu = next.value[k];
        if (old && neu) out.push({ label: neu.label, change: 'changed', parts: wordParts(old.text, neu.text) });
        else if (neu) out.push({ label: neu.label, change: 'inserted', parts: [{ op: 'insert', text: neu.text }] });
        else if (old) out.push({ label: old.label, change: 'deleted', parts: [{ op: 'delete', text: old.text }] });
      }
      i++;
      continue;
    }
    for (const block of chunk.value) {
      if (chunk.added) out.push({ label: block.label, change: 'inserted', parts: [{ op: 'insert', text: block.text }] });
      else if (chunk.removed) out.push({ label: block.label, change: 'deleted', parts: [{ op: 'delete', text: block.text }] });
      else out.push({ label: block.label, change: 'unchanged', parts: [{ op: 'equal', text: block.text }] });
    }
  }
  return out;
}

function wordParts(before: string, after: string): RedlinePart[] {
  return diffWords(before, after).map((p) => ({ op: p.added ? 'insert' : p.removed ? 'delete' : 'equal', text: p.value }));
}
