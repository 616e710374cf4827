import { describe, expect, it } from 'vitest';
import { clauseToNode, type PmNode } from '@/lib/clauses/clause-to-doc';
import { assessClauseText, assessDocument } from '@/lib/clauses/completeness';
import { getClauseLibrary } from '@/lib/clauses/library';
import type { Clause } from '@/lib/clauses/schema';
import { DEMO_CONTEXT, makeClause, variantsOf } from '../fixtures/clauses/sample-clauses';

const ALL = ['who_bound', 'action', 'deadline', 'responsible_body', 'verification', 'disputes', 'funding', 'sequencing', 'reporting'];
const PARTY_NAMES = ['Government of Arandia', 'GOV', 'Arandian People’s Movement', 'APM'];
const missing = (text: string, checklist = ALL) => assessClauseText(text, checklist, { partyNames: PARTY_NAMES }).gaps.map((g) => g.item);

describe('completeness of one clause text', () => {
  it('finds every general element in a complete provision', () => {
    const text =
      'Within 30 days of signature, the Government of Arandia shall withdraw its forces. The Joint Ceasefire Commission shall verify the withdrawal ' +
      'and report monthly to the Parties. Any dispute shall be referred to the mediator. Costs shall be met from the Peace Trust Fund. ' +
      'Withdrawal shall begin only after the maps are exchanged.';
    expect(missing(text)).toEqual([]);
  });

  it('explains what is missing from a vague provision, naming the element sought', () => {
    const result = assessClauseText('Forces will be moved somewhere.', ALL);
    expect(result.gaps.map((g) => g.item)).toEqual([
      'who_bound',
      'deadline',
      'responsible_body',
      'verification',
      'disputes',
      'funding',
      'sequencing',
      'reporting',
    ]);
    expect(result.gaps.find((g) => g.item === 'deadline')).toMatchObject({
      detail: 'no date or period attached to an obligation',
      element: expect.stringMatching(/a date or a period/),
    });
  });

  it('does not count an unfilled placeholder as content, and lists it', () => {
    const result = assessClauseText('The Parties shall withdraw within {N_DAYS} days under {BODY}.', [
      'who_bound',
      'deadline',
      'responsible_body',
    ]);
    expect(result.gaps.map((g) => g.item)).toEqual(['deadline', 'responsible_body']);
    expect(result.placeholders).toEqual(['N_DAYS', 'BODY']);
    expect(missing('The Parties shall withdraw within 14 days under the Joint Commission.', ['deadline', 'responsible_body'])).toEqual([]);
  });
});

describe('completeness of a draft', () => {
  const { byId } = getClauseLibrary();
  const library = (...ids: string[]): Record<string, Clause> => Object.fromEntries(ids.map((id) => [id, byId.get(id)!]));
  const doc = (...blocks: PmNode[]): PmNode => ({
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Preamble.' }] }, ...blocks],
  });
  const insert = (id: string, variant: 'maximal' | 'standard' | 'fallback' = 'standard') =>
    clauseToNode(byId.get(id)!, variant, DEMO_CONTEXT);
  const codes = (issues: { code: string; severity: string }[]) => issues.map((i) => `${i.severity} ${i.code}`);

  it('blocks an amnesty when no exclusions clause is in the draft, and clears once one is added', () => {
    const alone = assessDocument(doc(insert('tj-amnesty-scope', 'fallback')), library('tj-amnesty-scope'));
    expect(alone.blockingCount).toBe(1);
    const blocking = alone.clauses[0]!.issues.filter((i) => i.severity === 'blocking');
    expect(blocking).toEqual([
      expect.objectContaining({
        code: 'doc:amnesty-without-exclusions',
        message: expect.stringMatching(/no exclusions clause in this draft/),
      }),
    ]);
    expect(alone.clauses[0]!.issues[0]!.severity).toBe('blocking');

    const withExclusions = assessDocument(
      doc(insert('tj-amnesty-scope', 'fallback'), insert('tj-amnesty-exclusions')),
      library('tj-amnesty-scope', 'tj-amnesty-exclusions'),
    );
    expect(codes(withExclusions.clauses[0]!.issues)).not.toContain('blocking doc:amnesty-without-exclusions');
  });

  it('names the crimes a weaker exclusions clause leaves out', () => {
    const weak = makeClause({
      id: 'tj-weak',
      variants: variantsOf('No amnesty shall apply to genocide, crimes against humanity or war crimes.'),
      checklist: ['action'],
    });
    const result = assessDocument(doc(insert('tj-amnesty-scope'), clauseToNode(weak, 'standard', DEMO_CONTEXT)), {
      ...library('tj-amnesty-scope'),
      'tj-weak': weak,
    });
    expect(result.clauses[0]!.issues.find((i) => i.code === 'doc:amnesty-without-exclusions')?.message).toMatch(
      /leave out conflict-related sexual violence, torture, enforced disappearance/,
    );
  });

  it('shows what a fallback variant gives up, and treats a standard variant as clean once filled', () => {
    const fallback = assessDocument(doc(insert('tj-amnesty-exclusions', 'fallback')), library('tj-amnesty-exclusions'));
    expect(fallback.clauses[0]!.issues).toContainEqual(
      expect.objectContaining({ kind: 'variant', severity: 'warning', message: expect.stringMatching(/weakens the duty to punish/) }),
    );
    const standard = assessDocument(doc(insert('tj-amnesty-exclusions')), library('tj-amnesty-exclusions'));
    expect(standard.clauses[0]!.issues.filter((i) => i.kind === 'variant')).toEqual([]);
    expect(standard.clauses[0]!.issues.filter((i) => i.kind === 'checklist')).toEqual([]);
  });

  it('warns when a ceasefire has no monitoring body, and when a clause relies on one the draft lacks', () => {
    const result = assessDocument(
      doc(insert('cf-prohibited-acts')),
      library('cf-prohibited-acts', 'cf-monitoring-mechanism', 'cf-start-date-hour', 'cf-definitions-scope'),
    );
    const issues = result.clauses[0]!.issues;
    expect(issues.find((i) => i.code === 'doc:ceasefire-without-monitoring')?.severity).toBe('warning');
    expect(issues.find((i) => i.code === 'doc:requires')?.message).toMatch(/Ceasefire Monitoring Commission \(cf-monitoring-mechanism\)/);
    const monitored = assessDocument(
      doc(insert('cf-monitoring-mechanism'), insert('cf-prohibited-acts')),
      library('cf-prohibited-acts', 'cf-monitoring-mechanism'),
    );
    expect(codes(monitored.clauses[1]!.issues)).not.toContain('warning doc:ceasefire-without-monitoring');
  });

  it('warns when two alternatives sit in the same draft', () => {
    const result = assessDocument(
      doc(insert('cbm-hotline-liaison'), insert('cf-communication-liaison')),
      library('cbm-hotline-liaison', 'cf-communication-liaison'),
    );
    expect(result.clauses.map((c) => c.issues.some((i) => i.code === 'doc:alternatives'))).toEqual([true, true]);
  });

  it('lists the fields left as one item, and updates when a drafter types a value', () => {
    const gappy = makeClause({
      id: 'cf-gappy',
      title: 'Gappy',
      variants: variantsOf('{GOVERNMENT} shall act within {N_DAYS} days; {BODY} shall verify.'),
      checklist: ['who_bound', 'deadline', 'funding'],
    });
    const node = clauseToNode(gappy, 'standard', DEMO_CONTEXT);
    const before = assessDocument(doc(node), { 'cf-gappy': gappy }, { partyNames: ['Government of Arandia'] });
    expect(before.clauses[0]!.gaps.map((g) => g.item)).toEqual(['deadline', 'funding']);
    expect(before.clauses[0]!.issues.find((i) => i.kind === 'fields')?.message).toMatch(
      /^2 fields to fill: \{N_DAYS\} \(a number of days\), \{BODY\}/,
    );
    const typed = JSON.parse(
      JSON.stringify(node).replace('{"type":"placeholderField","attrs":{"name":"N_DAYS"}}', '{"type":"text","text":"21"}'),
    ) as PmNode;
    const after = assessDocument(doc(typed), { 'cf-gappy': gappy }, { partyNames: ['Government of Arandia'] });
    expect(after.clauses[0]!.gaps.map((g) => g.item)).toEqual(['funding']);
    expect(after.clauses[0]!.placeholders).toEqual(['BODY']);
  });

  it('reports a clause whose library entry is unknown with its fields only', () => {
    const unknown: PmNode = {
      type: 'clauseBlock',
      attrs: { clauseId: 'withdrawn-clause', version: 2, variant: 'standard', title: 'Withdrawn clause' },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Text.' }] }],
    };
    expect(assessDocument(doc(unknown), {}).clauses[0]!.issues).toEqual([]);
  });

  it("leaves a released Mediator's text alone: it is no library clause", () => {
    const released: PmNode = {
      type: 'clauseBlock',
      attrs: { clauseId: 'mediators-text', version: 2, variant: 'released', title: 'Mediator’s text v2' },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Text.' }] }],
    };
    expect(assessDocument(doc(released), {}).clauses).toEqual([]);
  });
});
