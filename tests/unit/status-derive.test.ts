import { describe, expect, it } from 'vitest';
import { readClauseBlocks } from '@/lib/status/clause-blocks';
import { deriveStatus, type PartyPosition } from '@/lib/status/derive-status';
import { packageState } from '@/lib/status/package-state';
import type { ClauseStatusView } from '@/lib/status/list-clause-statuses';

const parties = ['gov', 'apm'];
const derive = (procedural: 'proposed' | 'bracketed' | 'parked', positions: Record<string, PartyPosition>, hasBracket = false) =>
  deriveStatus({ procedural, hasBracket, partyIds: parties, positions: new Map(Object.entries(positions)) });

describe('clause status', () => {
  it('derives parked > agreed > agreed ad ref > bracketed > proposed', () => {
    expect(derive('parked', { gov: 'confirmed', apm: 'confirmed' })).toBe('parked');
    expect(derive('bracketed', { gov: 'confirmed', apm: 'confirmed' })).toBe('agreed');
    expect(derive('proposed', { gov: 'confirmed', apm: 'ad_ref' })).toBe('agreed_ad_ref');
    expect(derive('proposed', { gov: 'confirmed' }, true)).toBe('bracketed');
    expect(derive('bracketed', {})).toBe('bracketed');
    expect(derive('proposed', { apm: 'ad_ref' })).toBe('proposed');
    expect(deriveStatus({ procedural: 'proposed', hasBracket: false, partyIds: [], positions: new Map() })).toBe('proposed');
  });

  it('reads clauses from top-level blocks with a uid, labelled by title, heading or text', () => {
    const blocks = readClauseBlocks({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { uid: 'h', level: 2 }, content: [{ type: 'text', text: 'Part One' }] },
        { type: 'clauseBlock', attrs: { uid: 'k', title: 'Cantonment sites' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Body', marks: [{ type: 'bracket' }] }] }] },
        { type: 'paragraph', attrs: { uid: 'p' }, content: [{ type: 'text', text: 'x'.repeat(80) }] },
        { type: 'paragraph', attrs: { uid: 'p' }, content: [{ type: 'text', text: 'duplicate uid' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'no uid' }] },
      ],
    });
    expect(blocks).toEqual([
      { key: 'h', label: 'Part One', hasBracket: false },
      { key: 'k', label: 'Cantonment sites', hasBracket: true },
      { key: 'p', label: `${'x'.repeat(59)}…`, hasBracket: false },
    ]);
  });

  it('keeps the package provisional until every clause is agreed', () => {
    const clause = (key: string, status: ClauseStatusView['status'], confirmed: string[]): ClauseStatusView => ({
      clauseKey: key,
      label: key,
      hasBracket: false,
      procedural: 'proposed',
      status,
      positions: ['GOV', 'APM'].map((s) => ({ partyId: s, shortName: s, position: confirmed.includes(s) ? 'confirmed' : null, updatedAt: null })),
    });
    expect(packageState([])).toEqual({ provisional: true, agreed: 0, total: 0, holding: [] });
    expect(packageState([clause('a', 'agreed', ['GOV', 'APM']), clause('b', 'proposed', ['GOV'])])).toEqual({
      provisional: true,
      agreed: 1,
      total: 2,
      holding: [{ clauseKey: 'b', label: 'b', status: 'proposed', partiesNotAgreed: ['APM'] }],
    });
    expect(packageState([clause('a', 'agreed', ['GOV', 'APM'])]).provisional).toBe(false);
  });
});
