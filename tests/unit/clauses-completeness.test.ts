import { describe, expect, it } from 'vitest';
import { clauseToNode, type PmNode } from '@/lib/clauses/clause-to-doc';
import { assessClauseText, assessDocument } from '@/lib/clauses/completeness';
import { DEMO_CONTEXT, makeClause, variantsOf } from '../fixtures/clauses/sample-clauses';

const ALL = ['who_bound', 'action', 'deadline', 'responsible_body', 'verification', 'disputes', 'funding', 'sequencing', 'reporting'];
const PARTY_NAMES = ['Government of Arandia', 'GOV', 'Arandian People’s Movement', 'APM'];
const missing = (text: string, checklist = ALL) => assessClauseText(text, checklist, { partyNames: PARTY_NAMES }).gaps.map((g) => g.item);

describe('completeness heuristics on plain text', () => {
  it('finds every general item in a complete provision', () => {
    const text =
      'Within 30 days of signature, the Government of Arandia shall withdraw its forces. The Joint Ceasefire Commission shall verify the withdrawal ' +
      'and report monthly to the Parties. Any dispute shall be referred to the mediator. Costs shall be met from the Peace Trust Fund. ' +
      'Withdrawal shall begin only after the maps are exchanged.';
    expect(missing(text)).toEqual([]);
  });

  it('explains what is missing from a vague provision', () => {
    const result = assessClauseText('Forces will be moved somewhere.', ALL);
    expect(result.gaps.map((g) => g.item)).toEqual(['who_bound', 'deadline', 'responsible_body', 'verification', 'disputes', 'funding', 'sequencing', 'reporting']);
    expect(result.gaps.find((g) => g.item === 'deadline')?.reason).toBe('no date or number of days found');
    expect(result.gaps.find((g) => g.item === 'verification')?.reason).toMatch(/no verifying body named/);
  });

  it('does not count an unfilled placeholder as content, and lists it', () => {
    const result = assessClauseText('The Parties shall withdraw within {N_DAYS} days under {BODY}.', ['who_bound', 'deadline', 'responsible_body']);
    expect(result.gaps.map((g) => g.item)).toEqual(['deadline', 'responsible_body']);
    expect(result.placeholders).toEqual(['N_DAYS', 'BODY']);
    expect(missing('The Parties shall withdraw within 14 days under the Joint Commission.', ['deadline', 'responsible_body'])).toEqual([]);
  });

  it('accepts dates in several forms as deadlines', () => {
    for (const text of ['by 1 March 2027', 'no later than 2027-03-01', 'within thirty days', 'before 15/04/2027']) {
      expect(missing(`The Parties shall act ${text}.`, ['deadline']), text).toEqual([]);
    }
  });

  it('counts a party name as who is bound', () => {
    expect(missing('APM shall report.', ['who_bound'])).toEqual([]);
    expect(missing('Someone shall report.', ['who_bound'])).toEqual(['who_bound']);
  });

  it('checks topic items by keywords, with a readable reason', () => {
    const result = assessClauseText('Forces shall move to the sites shown in Annex 3.', ['ceasefire:maps', 'ceasefire:crsv', 'tj:forensics']);
    expect(result.addressed).toEqual(['ceasefire:maps']);
    expect(result.gaps).toEqual([
      { item: 'ceasefire:crsv', label: 'Crsv', reason: 'no mention of "sexual" or "rape" or "crsv"' },
      { item: 'tj:forensics', label: 'Forensics', reason: 'no mention of "forensics"' },
    ]);
  });
});

describe('completeness of a document', () => {
  const parties = DEMO_CONTEXT;
  const complete = makeClause({ id: 'cf-complete', title: 'Complete', variants: variantsOf('The Parties shall report within 10 days.'), checklist: ['who_bound', 'deadline', 'reporting'] });
  const gappy = makeClause({ id: 'cf-gappy', title: 'Gappy', variants: variantsOf('{GOVERNMENT} shall act within {N_DAYS} days; {BODY} shall verify.'), checklist: ['who_bound', 'deadline', 'funding'] });

  it('lists each clause block with its gaps and placeholders, and the clauses with gaps', () => {
    const doc: PmNode = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Preamble text without a deadline.' }] },
        clauseToNode(complete, 'standard', parties),
        clauseToNode(gappy, 'standard', parties),
      ],
    };
    const result = assessDocument(doc, { 'cf-complete': complete.checklist, 'cf-gappy': gappy.checklist }, { partyNames: ['Government of Arandia'] });
    expect(result.clauses.map((c) => [c.clauseId, c.gaps.map((g) => g.item), c.placeholders])).toEqual([
      ['cf-complete', [], []],
      ['cf-gappy', ['deadline', 'funding'], ['N_DAYS', 'BODY']],
    ]);
    expect(result.withGaps.map((c) => c.clauseId)).toEqual(['cf-gappy']);
    expect(result.withGaps[0]).toMatchObject({ index: 1, version: 1, variant: 'standard', title: 'Gappy' });
  });

  it('updates when a drafter fills a field by typing', () => {
    const node = clauseToNode(gappy, 'standard', parties);
    const typed = JSON.parse(JSON.stringify(node).replace('{"type":"placeholderField","attrs":{"name":"N_DAYS"}}', '{"type":"text","text":"21"}')) as PmNode;
    const result = assessDocument({ type: 'doc', content: [typed] }, { 'cf-gappy': gappy.checklist }, { partyNames: ['Government of Arandia'] });
    expect(result.clauses[0]?.gaps.map((g) => g.item)).toEqual(['funding']);
    expect(result.clauses[0]?.placeholders).toEqual(['BODY']);
  });
});
