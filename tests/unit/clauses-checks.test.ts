import { describe, expect, it } from 'vitest';
import { findCheck, runChecklist } from '@/lib/clauses/checks';

const PARTIES = ['Government of Arandia', 'GOV', 'Arandian People’s Movement', 'APM'];
const check = (item: string, text: string) => runChecklist(text, [item], PARTIES)[0]!;

/**
 * Must-pass and must-fail texts for each check. The must-fail column holds the false passes of the
 * old keyword rules (a negation, "fundamental", any "Commission", "this Chapter", an exclusion
 * without its crimes) and the must-pass column its false alarms ("completed by 1 March 2026",
 * "simple majority", "sentences").
 */
const TABLE: Record<string, { pass: string[]; fail: string[] }> = {
  who_bound: {
    pass: [
      'The Parties shall withdraw their forces.',
      'No Party shall use the ceasefire to gain military advantage.',
      'Civil documentation shall be issued by the Ministry of the Interior within 30 days.',
      'APM shall report to the mediator.',
      'The Government of Arandia shall submit the law.',
    ],
    fail: ['It is hoped that peace will come.', 'Forces will be moved somewhere.', 'Peace is important to all communities.'],
  },
  action: {
    pass: [
      'The Parties shall not recruit children.',
      'Each Party undertakes to release its detainees.',
      'The Board should publish its findings.',
    ],
    fail: ['The Parties recognise the importance of peace.', 'Peace, justice and reconciliation are inseparable.'],
  },
  deadline: {
    pass: [
      'The withdrawal shall be completed by 1 March 2026.',
      'The Parties shall act within thirty days of H-Hour.',
      'The law shall be adopted no later than 2027-03-01.',
      'Lists shall be exchanged before 15/04/2027.',
      'The Commission shall report every six months.',
      'Orders shall reach every unit before H-Hour.',
      'The ceasefire shall enter into force at 06:00 on 1 March 2027.',
    ],
    fail: [
      'The Parties shall act as soon as possible.',
      'The Commission shall be established in due course.',
      'The Parties shall withdraw within {N_DAYS} days.',
      'The conflict began on 3 May 1998.',
    ],
  },
  responsible_body: {
    pass: [
      'The Joint Implementation Commission shall review the matrix.',
      'Payments shall be made through the Ministry of Finance.',
      'Each Party shall report the outcome to the Ceasefire Monitoring Commission.',
      'The national police shall administer licensing.',
    ],
    fail: ['The Parties shall cooperate in good faith.', '{BODY} shall act on complaints.', 'The Government of Arandia shall do its best.'],
  },
  verification: {
    pass: [
      'The Ceasefire Monitoring Commission shall verify the withdrawal.',
      'Destruction shall be certified by the United Nations Mine Action Service.',
      'Each Party shall grant the Verification Mechanism access to its bases to verify that no children remain.',
      'The Government shall designate the national human rights institution as a national preventive mechanism to monitor every place of detention.',
      'Each phase begins only when the Verification Mechanism has confirmed completion of the previous one.',
    ],
    fail: [
      'The Commission shall meet every month.',
      'Each Party shall verify its own compliance.',
      'The withdrawal shall not be verified by the Commission.',
      'The Parties shall inform the Ceasefire Monitoring Commission of the withdrawal.',
      '{BODY} shall verify the lists.',
    ],
  },
  disputes: {
    pass: [
      'Any dispute shall be referred to the mediator.',
      'Disagreements over the maps shall be decided by the Ceasefire Monitoring Commission.',
      'The beneficiary may appeal a revocation to the Special Court within 30 days.',
      'A rejected applicant may seek a review by the Board.',
      'Where the Parties disagree on a feature, the Commission shall conduct a joint field survey.',
    ],
    fail: ['No dispute shall arise between the Parties.', 'The Parties shall avoid disputes.', 'The Parties are committed to peace.'],
  },
  funding: {
    pass: [
      'Costs shall be met from the Implementation Trust Fund.',
      'The programme shall be funded by the Peacebuilding Fund of the United Nations.',
      'The Government of Arandia shall bear the costs of the sites.',
      'The Commission shall be financed from the national budget.',
      'Each Guarantor shall bear its own costs of taking part.',
    ],
    fail: [
      'The Parties affirm the fundamental importance of the Commission, which shall meet monthly.',
      'No funds shall be provided for the programme.',
      'The Commission shall be established within 30 days.',
      'The programme shall be funded by {FUNDER}.',
    ],
  },
  sequencing: {
    pass: [
      'Demobilisation shall begin only after verification is complete.',
      'Integration shall proceed in phases.',
      'The release of children shall not depend on any other step.',
    ],
    fail: ['The Parties shall cooperate.', 'The Commission shall report monthly.'],
  },
  reporting: {
    pass: [
      'The Commission shall report monthly to the Parties.',
      'Its reports shall be made public.',
      'The Board shall publish its findings every year.',
    ],
    fail: ['The findings shall not be published.', 'The Parties shall meet regularly.'],
  },
  'tj:exclusions': {
    pass: [
      'No amnesty, pardon or immunity shall apply in respect of: (a) genocide; (b) crimes against humanity; (c) war crimes; (d) sexual violence; (e) torture; (f) enforced disappearance; (g) extrajudicial execution; (h) slavery; (i) the recruitment of children under fifteen.'.replace(
        /; \(/g,
        ';\n(',
      ),
      'The amnesty shall not extend to genocide, crimes against humanity, war crimes, conflict-related sexual violence, torture, enforced disappearance, extrajudicial execution, slavery or the conscription of children under fifteen.',
    ],
    fail: [
      'Persons who committed crimes shall not be excluded from the amnesty.',
      'No amnesty shall apply to genocide, crimes against humanity or war crimes.',
      'Crimes excluded from amnesty shall be prosecuted.',
      'The amnesty shall apply to all acts committed during the conflict, including war crimes.',
    ],
  },
  'pko:chapter': {
    pass: [
      'The Parties request that the Security Council, acting under Chapter VII of the Charter of the United Nations, authorise the mission to protect civilians.',
    ],
    fail: ['The mission shall operate under this Chapter.', 'The mission shall respect Chapter 3 of this Agreement.'],
  },
  'imp:decision_rule': {
    pass: [
      'The Commission shall decide by simple majority.',
      'Decisions shall be taken by consensus; failing consensus, the chair shall decide.',
    ],
    fail: ['The Commission shall meet monthly.'],
  },
  'tj:sanctions': {
    pass: [
      'The Special Court shall impose sentences proportionate to the gravity of the crime.',
      'The authorities shall expunge the criminal records relating to the offences.',
    ],
    fail: ['The Special Court shall hear victims.'],
  },
  'ceasefire:crsv': {
    pass: [
      'From H-Hour, the Parties shall ensure that their forces refrain from the following:\n(a) attacks;\n(b) sexual violence in any form.',
      'The Parties shall not commit rape or sexual slavery.',
    ],
    fail: ['The Commission shall include experts on sexual violence.', 'Sexual violence has affected many communities.'],
  },
  'ceasefire:child_recruitment': {
    pass: [
      'The Parties shall not recruit or use children in any role.',
      'The forces shall refrain from: (d) recruitment of persons under the age of 18.',
    ],
    fail: ['The forces may recruit children from the age of 16.', 'Children shall receive education.'],
  },
  'ssr:military_justice': {
    pass: [
      'Human rights violations committed by members of the armed forces shall be tried by the ordinary courts.',
      'The Government shall submit amendments so that:\n(a) military courts try only military offences;\n(b) civilians and all human rights violations go before the ordinary courts.',
    ],
    fail: [
      'Cases against soldiers shall not be transferred to the ordinary courts.',
      'Military courts shall try all offences committed by soldiers.',
    ],
  },
  'tj:archives': {
    pass: ['No Party shall destroy any record, and each Party shall deposit a copy of its archives with the national archive.'],
    fail: ['The archives of the security forces shall not be opened.', 'The Parties shall cooperate with the Truth Commission.'],
  },
  'ddr:militias': {
    pass: ['The Government shall disband every militia and self-defence group it has raised or supported.'],
    fail: ['The armed movement shall disarm its combatants.'],
  },
  'poc:voluntary_return': {
    pass: ['Displaced persons have the right to return voluntarily, in safety and dignity.'],
    fail: ['Displaced persons shall return to their places of origin within 90 days.', 'No return shall be voluntary.'],
  },
  'ssr:force_size': {
    pass: ['The Government shall reduce the strength of its armed forces to a ceiling of 20,000 personnel.'],
    fail: ['The Government shall not reduce its armed forces.', 'The armed movement shall demobilise its combatants.'],
  },
  'ceasefire:maps': {
    pass: [
      'Forces shall move to the sites shown on the maps annexed to this Agreement.',
      '"Ceasefire Area" means the territory described, with maps and coordinates, in the annex.',
    ],
    fail: ['No maps shall be required for the withdrawal.', 'Forces shall move to agreed sites.'],
  },
};

describe('the checklist engine: must-pass and must-fail texts', () => {
  for (const [item, { pass, fail }] of Object.entries(TABLE)) {
    describe(item, () => {
      it.each(pass)('passes: %s', (text) => {
        const result = check(item, text);
        expect(result.ok, result.detail).toBe(true);
      });
      it.each(fail)('fails: %s', (text) => {
        const result = check(item, text);
        expect(result.ok, result.detail).toBe(false);
        expect(result.detail.length).toBeGreaterThan(10);
      });
    });
  }
});

describe('what the checks report', () => {
  it('names every crime an exclusion leaves out, and treats a missing one as blocking', () => {
    const result = check('tj:exclusions', 'No amnesty shall apply to genocide, crimes against humanity or war crimes.');
    expect(result.severity).toBe('blocking');
    expect(result.detail).toBe(
      'the exclusion does not name conflict-related sexual violence, torture, enforced disappearance, extrajudicial execution, slavery, recruitment of children',
    );
  });

  it('says why a negated exclusion does not count', () => {
    expect(check('tj:exclusions', 'Persons who committed crimes shall not be excluded from the amnesty.').detail).toMatch(
      /shall not be excluded/,
    );
  });

  it('explains a vague time and an unfilled field differently', () => {
    expect(check('deadline', 'The Parties shall act as soon as possible.').detail).toMatch(/only a vague time \(“as soon as possible”\)/);
    expect(check('deadline', 'The Parties shall withdraw within {N_DAYS} days.').detail).toBe(
      'no date or period attached to an obligation',
    );
  });

  it('names the element each check looks for', () => {
    expect(findCheck('verification')!.element).toMatch(/a named body other than the Parties/);
    expect(findCheck('deadline')!.element).toMatch(/a date or a period/);
    expect(findCheck('funding')!.element).toMatch(/funding source/);
    expect(findCheck('cbm:timeframe')!.element).toBe(findCheck('deadline')!.element);
    expect(findCheck('no:such-item')).toBeUndefined();
  });

  it('reports an item without a rule as not met', () => {
    expect(runChecklist('The Parties shall act.', ['ceasefire:unknown_thing'])[0]).toMatchObject({
      ok: false,
      detail: 'no rule exists for this checklist item',
    });
  });
});
