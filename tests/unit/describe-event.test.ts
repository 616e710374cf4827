import { describe, expect, it } from 'vitest';
import { describeEvent, type DescribeContext } from '@/lib/audit/describe-event';

const ctx: DescribeContext = { userName: () => 'Someone', partyName: () => null, showEmails: false };

describe('describeEvent: opening a negotiation', () => {
  it('names the style it was opened in', () => {
    expect(describeEvent('negotiation.create', null, { title: 'T', style: 'power_based' }, ctx)).toBe('opened the negotiation in the power-based style');
  });
  it('reads older events without a style, and ignores an unknown one', () => {
    expect(describeEvent('negotiation.create', null, { title: 'T' }, ctx)).toBe('opened the negotiation');
    expect(describeEvent('negotiation.create', null, { style: 'coercive' }, ctx)).toBe('opened the negotiation');
  });
});
