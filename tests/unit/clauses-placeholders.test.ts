import { describe, expect, it } from 'vitest';
import { clauseToNode, provenanceLabel, splitParagraphs } from '@/lib/clauses/clause-to-doc';
import { fillPlaceholders, listPlaceholders, partyValues } from '@/lib/clauses/placeholders';
import { makeClause } from '../fixtures/clauses/sample-clauses';

const PARTIES = [{ name: 'Government of Arandia' }, { name: 'Arandian People’s Movement' }];

describe('placeholder filling', () => {
  it('fills the parties by position and leaves other fields as placeholders', () => {
    const segments = fillPlaceholders('{PARTY_A} and {PARTY_B} shall meet within {N_DAYS} days at {LOCATION}.', partyValues(PARTIES));
    expect(segments).toEqual([
      { type: 'text', text: 'Government of Arandia and Arandian People’s Movement shall meet within ' },
      { type: 'placeholder', name: 'N_DAYS' },
      { type: 'text', text: ' days at ' },
      { type: 'placeholder', name: 'LOCATION' },
      { type: 'text', text: '.' },
    ]);
  });

  it('keeps {PARTY_B} as a placeholder when the negotiation has one party only', () => {
    expect(fillPlaceholders('{PARTY_A}/{PARTY_B}', partyValues(PARTIES.slice(0, 1)))).toEqual([
      { type: 'text', text: 'Government of Arandia/' },
      { type: 'placeholder', name: 'PARTY_B' },
    ]);
  });

  it('lists placeholders once, in order', () => {
    expect(listPlaceholders('{BODY} {N_DAYS} {BODY} {PARTY_A}')).toEqual(['BODY', 'N_DAYS', 'PARTY_A']);
  });
});

describe('clause to editor node', () => {
  it('splits paragraphs on blank lines and lettered items', () => {
    expect(splitParagraphs('First line\ncontinues.\n\nEach Party shall:\n(a) one;\n(b) two.\n\nLast.')).toEqual([
      'First line continues.',
      'Each Party shall:',
      '(a) one;',
      '(b) two.',
      'Last.',
    ]);
  });

  it('builds a clauseBlock carrying id, version and variant, with a heading and filled parties', () => {
    const clause = makeClause({ id: 'cf-cantonment-sites', version: 2, title: 'Cantonment', variants: { maximal: 'x', fallback: '{PARTY_B} may assemble at {LOCATION}.' } });
    const node = clauseToNode(clause, 'fallback', PARTIES);
    expect(node.attrs).toEqual({ clauseId: 'cf-cantonment-sites', version: 2, variant: 'fallback', title: 'Cantonment', paxCodes: 'Ce' });
    expect(node.content?.[0]).toEqual({ type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Cantonment' }] });
    expect(node.content?.[1]?.content).toEqual([
      { type: 'text', text: 'Arandian People’s Movement may assemble at ' },
      { type: 'placeholderField', attrs: { name: 'LOCATION' } },
      { type: 'text', text: '.' },
    ]);
    expect(provenanceLabel({ clauseId: 'cf-cantonment-sites', version: 2, variant: 'fallback' })).toBe('Library · cf-cantonment-sites v2 · fallback');
  });
});
