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

  it('sees a bracket added to unchanged words, with the party that holds it', () => {
    const parties = [{ id: 'p-gov', shortName: 'GOV' }];
    const bracketed: PmNode = {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Forces withdraw within ' },
        { type: 'text', text: '30 days', marks: [{ type: 'bracket', attrs: { partyId: 'p-gov' } }] },
        { type: 'text', text: '.' },
      ],
    };
    const [block] = redline(doc(p('Forces withdraw within 30 days.')), doc(bracketed), parties);
    expect(block).toMatchObject({ label: 'Paragraph 1', change: 'changed', notes: ['Bracket added by GOV: “30 days”'] });
    expect(block!.parts.filter((x) => x.op === 'remark')).toEqual([
      { op: 'remark', text: '30 days', marks: [{ kind: 'bracket', party: 'GOV', key: 'bracket:GOV' }], was: [] },
    ]);
    const [back] = redline(doc(bracketed), doc(p('Forces withdraw within 30 days.')), parties);
    expect(back!.notes).toEqual(['Bracket by GOV removed: “30 days”']);
  });

  it('sees alternatives and suggestions come and go, with their party', () => {
    const parties = [{ id: '22222222-2222-4222-8222-222222222222', shortName: 'APM' }];
    const alt: PmNode = {
      type: 'paragraph',
      attrs: { altOf: 'c1', altLabel: 'Alt 2', altPartyShort: 'APM' },
      content: [{ type: 'text', text: 'Forces withdraw within 90 days.' }],
    };
    const out = redline(doc(p('Forces withdraw within 30 days.')), doc(p('Forces withdraw within 30 days.'), alt), parties);
    expect(out.map((b) => [b.label, b.change, b.notes])).toEqual([
      ['Paragraph 1', 'unchanged', []],
      ['Alt 2 · APM', 'inserted', ['Alternative proposed by APM']],
    ]);
    const suggested: PmNode = {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Forces withdraw within 30 days' },
        {
          type: 'text',
          text: ' at most',
          marks: [{ type: 'insertion', attrs: { id: 's:11111111-1111-4111-8111-111111111111:22222222-2222-4222-8222-222222222222:1' } }],
        },
        { type: 'text', text: '.' },
      ],
    };
    const [changed] = redline(doc(p('Forces withdraw within 30 days.')), doc(suggested), parties);
    expect(changed!.notes).toEqual(['Suggestion by APM added: insert “at most”']);
  });

  it('reports no change for formatting alone', () => {
    const bold: PmNode = {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Forces withdraw within ' },
        { type: 'text', text: '30 days', marks: [{ type: 'bold' }] },
        { type: 'text', text: '.' },
      ],
    };
    expect(redline(doc(p('Forces withdraw within 30 days.')), doc(bold)).map((b) => b.change)).toEqual(['unchanged']);
  });
});
