import { describe, expect, it } from 'vitest';
import { redline } from '@/lib/versions/redline';
import type { PmNode } from '@/lib/editor/to-json';

const p = (t: string): PmNode => ({ type: 'paragraph', content: [{ type: 'text', text: t }] });
const doc = (...content: PmNode[]): PmNode => ({ type: 'doc', content });

describe('redline compare', () => {
  it('marks word-level insertions and deletions inside a changed paragraph', () => {
    const out = redline(doc(p('Forces withdraw within 30 days.')), doc(p('Forces withdraw within 90 days.')));
    expect(out).toHaveLength(1);
    expect(out[0]!.change).toBe('changed');
    expect(out[0]!.parts.filter((x) => x.op === 'delete').map((x) => x.text.trim())).toEqual(['30']);
    expect(out[0]!.parts.filter((x) => x.op === 'insert').map((x) => x.text.trim())).toEqual(['90']);
  });

  it('keeps unchanged blocks and reports added and removed ones', () => {
    const out = redline(doc(p('A'), p('B'), p('C')), doc(p('A'), p('C'), p('D')));
    expect(out.map((b) => b.change)).toEqual(['unchanged', 'deleted', 'unchanged', 'inserted']);
  });

  it('labels library clauses by their title', () => {
    const clause = (t: string): PmNode => ({ type: 'clauseBlock', attrs: { title: 'Cantonment of forces' }, content: [p(t)] });
    const out = redline(doc(clause('within 14 days')), doc(clause('within 21 days')));
    expect(out[0]).toMatchObject({ label: 'Cantonment of forces', change: 'changed' });
  });
});
