import { describe, expect, it } from 'vitest';
import type { ClausePartyPosition } from '@/db/schema';
import type { PmNode } from '@/lib/editor/to-json';
import { readClauseBlocks, readClauseNodes } from '@/lib/status/clause-blocks';
import { deriveStatus, type PartyPosition } from '@/lib/status/derive-status';
import { describePackage, packageOf } from '@/lib/status/get-package-state';
import { statusesOf } from '@/lib/status/list-clause-statuses';
import { clauseView, NO_MARKS } from '../support/status-fixtures';

const parties = ['gov', 'apm'];
const derive = (
  procedural: 'proposed' | 'bracketed' | 'parked',
  positions: Record<string, PartyPosition>,
  hasBracket = false,
  more: { hasOpenMarks?: boolean; changed?: boolean } = {},
) => deriveStatus({ procedural, hasBracket, partyIds: parties, positions: new Map(Object.entries(positions)), ...more });

const text = (t: string, marks?: PmNode['marks']): PmNode => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const para = (uid: string, ...content: PmNode[]): PmNode => ({ type: 'paragraph', attrs: { uid }, content });
const doc = (...content: PmNode[]): PmNode => ({ type: 'doc', content });

describe('clause status', () => {
  it('derives parked > changed > agreed > agreed ad ref > bracketed > partly agreed > proposed', () => {
    expect(derive('parked', { gov: 'confirmed', apm: 'confirmed' })).toBe('parked');
    expect(derive('proposed', { gov: 'confirmed', apm: 'confirmed' }, false, { changed: true })).toBe('changed');
    expect(derive('bracketed', { gov: 'confirmed', apm: 'confirmed' })).toBe('agreed');
    expect(derive('proposed', { gov: 'confirmed', apm: 'ad_ref' })).toBe('agreed_ad_ref');
    expect(derive('proposed', { gov: 'confirmed' }, true)).toBe('bracketed');
    expect(derive('bracketed', {})).toBe('bracketed');
    expect(derive('proposed', { apm: 'ad_ref' })).toBe('partly_agreed');
    expect(derive('proposed', {})).toBe('proposed');
    expect(deriveStatus({ procedural: 'proposed', hasBracket: false, partyIds: [], positions: new Map() })).toBe('proposed');
  });

  it('never calls a clause agreed while its text holds brackets, suggestions or alternatives', () => {
    expect(derive('proposed', { gov: 'confirmed', apm: 'confirmed' }, true)).toBe('bracketed');
    expect(derive('proposed', { gov: 'confirmed', apm: 'confirmed' }, false, { hasOpenMarks: true })).toBe('bracketed');
  });

  it('reads provisions, not blocks: no headings, no empty paragraphs, alternatives and lists fold into their paragraph', () => {
    const blocks = readClauseBlocks(
      doc(
        { type: 'heading', attrs: { uid: 'h', level: 2 }, content: [text('Article 1 – Cessation of hostilities')] },
        {
          type: 'clauseBlock',
          attrs: { uid: 'k', title: 'Cantonment sites' },
          content: [
            { type: 'heading', attrs: { level: 3 }, content: [text('Cantonment sites')] },
            { type: 'paragraph', content: [text('Body', [{ type: 'bracket', attrs: { partyId: 'apm' } }])] },
          ],
        },
        {
          type: 'clauseBlock',
          attrs: { uid: 'banner', title: "Mediator's text v1" },
          content: [{ type: 'heading', attrs: { level: 3 }, content: [text("Mediator's text v1")] }],
        },
        para('p', text('x'.repeat(80))),
        para('p', text('duplicate uid')),
        para('empty'),
        para('blank', text('   ')),
        { type: 'paragraph', content: [text('no key')] },
        para('q', text('1.3 A Joint Ceasefire Commission shall monitor compliance.')),
        {
          type: 'paragraph',
          attrs: { uid: 'alt', altOf: 'q', altLabel: 'Alt 2', altParty: 'apm', altPartyShort: 'APM' },
          content: [text('1.3 A commission with an international chair shall monitor compliance.')],
        },
        {
          type: 'bulletList',
          attrs: { uid: 'list' },
          content: [{ type: 'listItem', content: [para('li', text('(a) reporting weekly'))] }],
        },
      ),
    );
    expect(blocks.map((b) => [b.key, b.label, b.hasBracket, b.alternatives])).toEqual([
      ['k', 'Cantonment sites', true, 0],
      ['p', `${'x'.repeat(59)}…`, false, 0],
      ['q', '1.3 A Joint Ceasefire Commission shall monitor compliance.', false, 1],
    ]);
    expect(blocks[2]!.text).toBe(
      '1.3 A Joint Ceasefire Commission shall monitor compliance.\n(a) reporting weekly\nAlt 2 · APM: 1.3 A commission with an international chair shall monitor compliance.',
    );
  });

  it('binds agreement to words and negotiation marks, not to formatting or spacing', () => {
    const hash = (...content: PmNode[]) => readClauseBlocks(doc(para('c', ...content)))[0]!.hash;
    const base = hash(text('Reports are made monthly to the Commission.'));
    expect(
      hash(
        text('Reports are made '),
        text('monthly', [{ type: 'bold' }]),
        text(' to the '),
        text('Commission', [{ type: 'italic' }]),
        text('.'),
      ),
    ).toBe(base);
    expect(hash(text('Reports  are made monthly  to the Commission. '))).toBe(base);
    expect(hash(text('Reports are made annually to the Commission.'))).not.toBe(base);
    expect(hash(text('Reports are made monthly to the Commission'))).not.toBe(base);
    expect(
      hash(text('Reports are made '), text('monthly', [{ type: 'bracket', attrs: { partyId: 'gov' } }]), text(' to the Commission.')),
    ).not.toBe(base);
    expect(
      hash(text('Reports are made monthly to the Commission.'), text(' annually', [{ type: 'insertion', attrs: { id: 's:x' } }])),
    ).not.toBe(base);
  });

  it('counts a position only while the clause reads as agreed, and shows the difference', () => {
    const [block] = readClauseBlocks(doc(para('c', text('Reports are made annually.'))));
    const agreed = readClauseBlocks(doc(para('c', text('Reports are made monthly.'))))[0]!;
    const row = (partyId: string, hash: string, changedAt: Date | null = null): ClausePartyPosition => ({
      documentId: 'd',
      clauseKey: 'c',
      partyId,
      position: 'confirmed',
      agreedHash: hash,
      agreedText: 'Reports are made monthly.',
      changedAt,
      updatedBy: null,
      updatedAt: new Date(0),
    });
    const parties2 = [
      { id: 'gov', name: 'Government', shortName: 'GOV', color: '#000000' },
      { id: 'apm', name: 'Movement', shortName: 'APM', color: '#000000' },
    ];
    const [view] = statusesOf([block!], [], [row('gov', agreed.hash), row('apm', agreed.hash)], parties2);
    expect(view!.status).toBe('changed');
    expect(view!.positions.map((p) => [p.shortName, p.position, p.changedFrom])).toEqual([
      ['GOV', null, 'confirmed'],
      ['APM', null, 'confirmed'],
    ]);
    expect(view!.changed?.parts.filter((p) => p.op !== 'equal').map((p) => [p.op, p.text])).toEqual([
      ['delete', 'monthly'],
      ['insert', 'annually'],
    ]);
    const [same] = statusesOf([block!], [], [row('gov', block!.hash), row('apm', block!.hash)], parties2);
    expect(same!.status).toBe('agreed');
    const [marked] = statusesOf([block!], [], [row('gov', block!.hash, new Date()), row('apm', block!.hash)], parties2);
    expect(marked!.status).toBe('changed');
  });

  it('keeps the package provisional until every provision of every document is agreed', () => {
    const clause = clauseView;
    const none = NO_MARKS;
    const chapter = {
      document: { id: 'd1', title: 'Chapter III' },
      clauses: [clause('a', 'agreed', ['GOV', 'APM']), clause('b', 'proposed', ['GOV'])],
      marks: none,
    };
    const annex = { document: { id: 'd2', title: 'Annex A' }, clauses: [clause('c', 'agreed', ['GOV', 'APM'])], marks: none };
    expect(packageOf([]).provisional).toBe(true);
    const open = packageOf([chapter, annex]);
    expect(open).toMatchObject({
      provisional: true,
      agreed: 2,
      total: 3,
      open: [{ documentTitle: 'Chapter III', clauseKey: 'b', partiesNotAgreed: ['APM'] }],
    });
    expect(describePackage(open)).toBe('Package provisional — 2 of 3 provisions agreed; open: Chapter III (1)');
    expect(packageOf([annex]).provisional).toBe(false);
    expect(packageOf([annex, { ...chapter, clauses: [], marks: { ...none, brackets: 1 } }]).provisional).toBe(true);
  });

  it('gives each provision its blocks as written: the paragraph, the list after it, then its alternatives (the side-by-side view)', () => {
    const p = (uid: string | null, words: string, attrs: Record<string, unknown> = {}): PmNode => ({
      type: 'paragraph',
      attrs: { uid, ...attrs },
      content: [{ type: 'text', text: words }],
    });
    const list: PmNode = { type: 'orderedList', content: [{ type: 'listItem', content: [p(null, 'heavy weapons;')] }] };
    const alt = p('x9', 'Forces withdraw at once.', { altOf: 'a', altLabel: 'Alt 2' });
    const nodes = readClauseNodes({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { uid: 'h', level: 2 }, content: [{ type: 'text', text: 'Article 1' }] },
        p('a', 'Forces withdraw:'),
        list,
        alt,
        p('b', 'Monitors report.'),
      ],
    });
    expect([...nodes.keys()]).toEqual(['a', 'b']);
    expect(nodes.get('a')!.map((n) => n.type)).toEqual(['paragraph', 'orderedList', 'paragraph']);
    expect(nodes.get('a')![2]).toBe(alt);
  });
});
