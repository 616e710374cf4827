import { describe, expect, it } from 'vitest';
import { isSuggestionOnlyChange } from '@/lib/editor/suggestion-guard';
import { parseSuggestionId, suggestionId } from '@/lib/editor/suggestions';
import type { PmNode } from '@/lib/editor/to-json';

const ME = { userId: '11111111-1111-4111-8111-111111111111', partyId: '22222222-2222-4222-8222-222222222222' };
const ACTOR = { ...ME, mayBracket: true };
const OTHER = { userId: '33333333-3333-4333-8333-333333333333', partyId: null };
const ins = (who: typeof ME | typeof OTHER, n = 1) => ({ type: 'insertion', attrs: { id: suggestionId(who, n) } });
const del = (who: typeof ME | typeof OTHER, n = 1) => ({ type: 'deletion', attrs: { id: suggestionId(who, n) } });
const t = (text: string, marks?: PmNode['marks']): PmNode => ({ type: 'text', text, ...(marks ? { marks } : {}) });
const doc = (...inline: PmNode[]): PmNode => ({ type: 'doc', content: [{ type: 'paragraph', content: inline }] });

const base = doc(t('Forces withdraw within 30 days.'));

describe('suggestion ids', () => {
  it('round-trip the author', () => {
    expect(parseSuggestionId(suggestionId(ME, 7))).toEqual({ ...ME, serial: '7' });
    expect(parseSuggestionId('3')).toBeNull();
    expect(parseSuggestionId(suggestionId(OTHER, 'x1'))?.partyId).toBeNull();
  });
});

describe('suggest-only guard', () => {
  it('accepts an own insertion and an own deletion mark', () => {
    const after = doc(t('Forces withdraw within '), t('30', [del(ME)]), t('90', [ins(ME)]), t(' days.'));
    expect(isSuggestionOnlyChange(base, after, ACTOR).ok).toBe(true);
  });

  it('refuses a direct edit', () => {
    expect(isSuggestionOnlyChange(base, doc(t('Forces withdraw within 90 days.')), ACTOR).ok).toBe(false);
  });

  it('refuses a deletion of text, even if marked as somebody else’s suggestion', () => {
    expect(isSuggestionOnlyChange(base, doc(t('Forces withdraw within '), t('30', [del(OTHER)]), t(' days.')), ACTOR).ok).toBe(false);
  });

  it('refuses touching another author’s suggestion', () => {
    const withOther = doc(t('Forces withdraw within 30 days'), t(' at most', [ins(OTHER)]), t('.'));
    expect(isSuggestionOnlyChange(withOther, doc(t('Forces withdraw within 30 days.')), ACTOR).ok).toBe(false);
  });

  it('lets authors withdraw their own suggestion', () => {
    const mine = doc(t('Forces withdraw within 30 days'), t(' at most', [ins(ME)]), t('.'));
    expect(isSuggestionOnlyChange(mine, base, ACTOR).ok).toBe(true);
  });

  it('refuses a forged author id of another user', () => {
    const forged = doc(t('Forces withdraw within 30 days'), t(' at most', [ins(OTHER)]), t('.'));
    expect(isSuggestionOnlyChange(base, forged, ACTOR).ok).toBe(false);
  });

  it('accepts an own-party bracket and refuses one claimed for another party', () => {
    const bracket = (partyId: string) => ({ type: 'bracket', attrs: { partyId, userId: ME.userId, partyShort: 'X' } });
    expect(isSuggestionOnlyChange(base, doc(t('Forces withdraw within '), t('30 days', [bracket(ME.partyId)]), t('.')), ACTOR).ok).toBe(
      true,
    );
    expect(
      isSuggestionOnlyChange(
        base,
        doc(t('Forces withdraw within '), t('30 days', [bracket('44444444-4444-4444-8444-444444444444')]), t('.')),
        ACTOR,
      ).ok,
    ).toBe(false);
    expect(
      isSuggestionOnlyChange(base, doc(t('Forces withdraw within '), t('30 days', [bracket(ME.partyId)]), t('.')), {
        ...ACTOR,
        mayBracket: false,
      }).ok,
    ).toBe(false);
  });

  it('accepts a proposed paragraph made only of own inserted text', () => {
    const proposed: PmNode = {
      type: 'doc',
      content: [
        base.content![0]!,
        { type: 'paragraph', attrs: { altLabel: 'Alt 2' }, content: [t('Forces withdraw within 90 days.', [ins(ME, 9)])] },
      ],
    };
    expect(isSuggestionOnlyChange(base, proposed, ACTOR).ok).toBe(true);
  });
});

describe('suggest-only guard and block keys', () => {
  const keyed = (uids: (string | null)[]): PmNode => ({
    type: 'doc',
    content: uids.map((uid, i) => ({ type: 'paragraph', ...(uid ? { attrs: { uid } } : {}), content: [t(`Paragraph ${i + 1}.`)] })),
  });

  it('accepts a fresh key on an unkeyed paragraph (so an alternative can name it)', () => {
    expect(isSuggestionOnlyChange(keyed(['a', null]), keyed(['a', 'y1-4']), ACTOR).ok).toBe(true);
  });

  it('refuses moving, dropping or duplicating an existing key', () => {
    expect(isSuggestionOnlyChange(keyed(['a', null]), keyed([null, 'a']), ACTOR).ok).toBe(false);
    expect(isSuggestionOnlyChange(keyed(['a', 'b']), keyed(['a', null]), ACTOR).ok).toBe(false);
    expect(isSuggestionOnlyChange(keyed(['a', null]), keyed(['a', 'a']), ACTOR).ok).toBe(false);
    expect(isSuggestionOnlyChange(keyed(['a', 'b']), keyed(['a', 'c']), ACTOR).ok).toBe(false);
  });
});
