import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '@/lib/audit/audit-actions';
import { describeEvent, type DescribeContext } from '@/lib/audit/describe-event';

const ctx: DescribeContext = { userName: () => 'Someone', partyName: () => null, showEmails: false };

describe('describeEvent: opening a negotiation', () => {
  it('names the style it was opened in', () => {
    expect(describeEvent('negotiation.create', null, { title: 'T', style: 'power_based' }, ctx)).toBe(
      'opened the negotiation in the power-based style',
    );
  });
  it('reads older events without a style, and ignores an unknown one', () => {
    expect(describeEvent('negotiation.create', null, { title: 'T' }, ctx)).toBe('opened the negotiation');
    expect(describeEvent('negotiation.create', null, { style: 'coercive' }, ctx)).toBe('opened the negotiation');
  });
});

describe('describeEvent: a text changed after agreement', () => {
  it('names the clause, the document and the parties whose agreement no longer counts', () => {
    const details = { label: '1.1 Reports', documentTitle: 'Chapter III', parties: [{ shortName: 'GOV' }, { shortName: 'APM' }] };
    expect(describeEvent('status.changed_after_agreement', 'c1', details, ctx)).toBe(
      'changed ‘1.1 Reports’ in “Chapter III” after GOV and APM had agreed to it; that agreement no longer counts',
    );
    expect(describeEvent('status.changed_after_agreement', 'c1', { ...details, removed: true }, ctx)).toMatch(/^removed ‘1.1 Reports’/);
  });
});

describe('describeEvent: every recorded action', () => {
  it.each(AUDIT_ACTIONS)('%s has its own sentence, not the spelled-out name', (action) => {
    const sentence = describeEvent(action, null, {}, ctx);
    expect(sentence).not.toBe(action.replace(/[._]/g, ' '));
    expect(sentence.length).toBeGreaterThan(5);
  });
  it('spells out an older action name it has no sentence for', () => {
    expect(describeEvent('document.archive', null, {}, ctx)).toBe('document archive');
  });
});
