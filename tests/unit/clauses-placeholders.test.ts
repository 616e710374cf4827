import { describe, expect, it } from 'vitest';
import { clauseToNode, splitParagraphs } from '@/lib/clauses/clause-to-doc';
import { provenanceLabel } from '@/lib/editor/clause-provenance';
import { draftingProblems } from '@/lib/clauses/drafting-conventions';
import { negotiationValues, type NegotiationContext } from '@/lib/clauses/negotiation-values';
import { fillPlaceholders, listPlaceholders, unfilledRoles } from '@/lib/clauses/placeholders';
import { DEMO_CONTEXT, makeClause, variantsOf } from '../fixtures/clauses/sample-clauses';

describe('placeholder filling by role', () => {
  it('fills the roles and day zero from the negotiation and leaves typed fields as placeholders', () => {
    const segments = fillPlaceholders(
      '{GOVERNMENT} and {MOVEMENT} shall meet within {N_DAYS} days of {DAY_ZERO} at {LOCATION}.',
      negotiationValues(DEMO_CONTEXT),
    );
    expect(segments).toEqual([
      { type: 'text', text: 'Government of Arandia and Arandian People’s Movement shall meet within ' },
      { type: 'placeholder', name: 'N_DAYS' },
      { type: 'text', text: ' days of the signature of this Agreement at ' },
      { type: 'placeholder', name: 'LOCATION' },
      { type: 'text', text: '.' },
    ]);
  });

  it('fills by role, not by the order in which parties were entered', () => {
    const reversed: NegotiationContext = { parties: [...DEMO_CONTEXT.parties].reverse(), dayZero: 'entry_into_force' };
    expect(negotiationValues(reversed)).toMatchObject({
      GOVERNMENT: 'Government of Arandia',
      MOVEMENT: 'Arandian People’s Movement',
      DAY_ZERO: 'the entry into force of this Agreement',
    });
  });

  it('gives {PARTY_C} to a second movement or another signatory, and {THIRD_STATE} to a third state', () => {
    const context: NegotiationContext = {
      parties: [
        { name: 'Southern Front', role: 'armed_movement' },
        { name: 'Republic of Belmar', role: 'third_state' },
        { name: 'Northern Front', role: 'armed_movement' },
        { name: 'Government of Arandia', role: 'government' },
      ],
    };
    expect(negotiationValues(context)).toEqual({
      GOVERNMENT: 'Government of Arandia',
      MOVEMENT: 'Southern Front',
      PARTY_C: 'Northern Front',
      THIRD_STATE: 'Republic of Belmar',
    });
  });

  it('prompts for a role the negotiation lacks, and leaves the field to fill', () => {
    const text = '{GOVERNMENT}, {MOVEMENT} and {PARTY_C} shall disarm the militias within {N_DAYS} days.';
    const prompts = unfilledRoles(text, DEMO_CONTEXT);
    expect(prompts.map((p) => p.name)).toEqual(['PARTY_C']);
    expect(prompts[0]!.message).toMatch(/no party at this table has that role/);
    expect(fillPlaceholders(text, negotiationValues(DEMO_CONTEXT))).toContainEqual({ type: 'placeholder', name: 'PARTY_C' });
    expect(
      unfilledRoles('{MOVEMENT} shall report.', { parties: [{ name: 'Government of Arandia', role: 'government' }] }).map((p) => p.name),
    ).toEqual(['MOVEMENT']);
  });

  it('lists placeholders once, in order', () => {
    expect(listPlaceholders('{BODY} {N_DAYS} {BODY} {GOVERNMENT}')).toEqual(['BODY', 'N_DAYS', 'GOVERNMENT']);
  });
});

describe('drafting conventions', () => {
  it('keeps the unit outside the field', () => {
    expect(draftingProblems('within {N_DAYS} days of {DAY_ZERO}')).toEqual([]);
    expect(draftingProblems('within {N_DAYS} of {DAY_ZERO}')).toEqual([expect.stringMatching(/\{N_DAYS\} must be followed by "days"/)]);
    expect(draftingProblems('at least {PERCENT} of the members')).toEqual([expect.stringMatching(/"per cent"/)]);
    expect(draftingProblems('at least {PERCENT} per cent and {DISTANCE_KM} kilometres away for {N_MONTHS} months')).toEqual([]);
  });

  it('rejects the retired position placeholders, hard-coded annex numbers and hard-coded day zero', () => {
    expect(draftingProblems('{PARTY_A} shall act.')).toEqual([expect.stringMatching(/\{PARTY_A\} is retired: use \{GOVERNMENT\}/)]);
    expect(draftingProblems('the sites listed in Annex 3')).toEqual([expect.stringMatching(/do not hard-code annex numbers/)]);
    expect(draftingProblems('within {N_DAYS} days of the signature of this Agreement')).toEqual([
      expect.stringMatching(/deadlines run from \{DAY_ZERO\}/),
    ]);
    expect(draftingProblems('within {N_DAYS} days of the entry into force of {LAW}')).toEqual([]);
  });

  it('treats "the Parties" as a defined term, but not political parties or the parties to the conflict', () => {
    expect(draftingProblems('the parties shall meet and each party shall report')).toEqual([
      expect.stringMatching(/"the parties".*"the Parties"/),
      expect.stringMatching(/"each party".*"each Party"/),
    ]);
    expect(draftingProblems('The Parties, all political parties and all parties to the conflict shall respect third parties.')).toEqual([]);
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

  it('splits Arabic lettered items too, so a translated list is not run into its lead-in', () => {
    expect(splitParagraphs('يلتزم الطرفان بما يلي:\n(أ) الأول؛\n(هـ) الخامس.')).toEqual([
      'يلتزم الطرفان بما يلي:',
      '(أ) الأول؛',
      '(هـ) الخامس.',
    ]);
  });

  it('builds a clauseBlock carrying id, version and variant, with a heading and filled parties', () => {
    const clause = makeClause({
      id: 'cf-cantonment-sites',
      version: 2,
      title: 'Cantonment',
      variants: variantsOf('x', 'x', '{MOVEMENT} may assemble at {LOCATION}.'),
    });
    const node = clauseToNode(clause, 'fallback', DEMO_CONTEXT);
    expect(node.attrs).toEqual({ clauseId: 'cf-cantonment-sites', version: 2, variant: 'fallback', title: 'Cantonment', paxCodes: 'Ce' });
    expect(node.content?.[0]).toEqual({ type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Cantonment' }] });
    expect(node.content?.[1]?.content).toEqual([
      { type: 'text', text: 'Arandian People’s Movement may assemble at ' },
      { type: 'placeholderField', attrs: { name: 'LOCATION' } },
      { type: 'text', text: '.' },
    ]);
    expect(provenanceLabel({ clauseId: 'cf-cantonment-sites', version: 2, variant: 'fallback' })).toBe(
      'Library · cf-cantonment-sites v2 · fallback',
    );
  });
});
