import type { Predicate, Statement } from './segments';
import { because, fail, pass, type Check, type CheckInput } from './types';
import {
  DISPUTE_NOUN,
  DISPUTE_ROUTE,
  findTime,
  FUNDING_SOURCE,
  namesActor,
  namesBody,
  REPORT_VERB,
  REVIEW_ROUTE,
  SEQUENCE_WORD,
  VAGUE_TIME,
  VERIFY_VERB,
} from './vocabulary';

/** Every obligation of the text with its statement. */
function obligations(input: CheckInput): { statement: Statement; predicate: Predicate }[] {
  return input.statements.flatMap((statement) => statement.predicates.map((predicate) => ({ statement, predicate })));
}

const quote = (s: string) => `“${s.length > 60 ? `${s.slice(0, 57)}…` : s}”`;

/** Who is bound: a Party, a party's name or an institution as the subject (or passive agent) of an obligation. */
const whoBound: Check = {
  label: 'Who is bound',
  element: 'a Party or a named institution as the subject of an obligation',
  severity: 'warning',
  run: (input) => {
    for (const { predicate } of obligations(input)) {
      const doer = predicate.passive && predicate.agent ? predicate.agent : predicate.subject;
      if (namesActor(doer, input.partyNames) || namesActor(predicate.subject, input.partyNames)) return pass(quote(doer));
    }
    return fail('no obligation names who must act: write "the Parties", a party or an institution as the subject', because('noWhoBound'));
  },
};

/** The action: an obligation with a verb (a prohibition counts). */
const action: Check = {
  label: 'The action',
  element: 'an operative verb after shall, will, must or undertakes to',
  severity: 'warning',
  run: (input) => {
    const found = obligations(input).find(({ predicate }) => /\b[a-z]{3,}/i.test(predicate.text.replace(/^not\s+/, '')));
    return found
      ? pass(quote(`${found.predicate.modal} ${found.predicate.text}`))
      : fail('no obligation found: the text states, recognises or hopes, but nobody shall do anything', because('noAction'));
  },
};

/** A deadline: a date or a period in a statement that carries an obligation. */
const deadline: Check = {
  label: 'Deadline',
  element: 'a date or a period (within 30 days, by 1 March 2027, every 6 months) attached to an obligation',
  severity: 'warning',
  run: (input) => {
    let vague: string | null = null;
    for (const s of input.statements) {
      if (!s.operative) continue;
      const time = findTime(s.text);
      if (time) return pass(quote(time));
      vague ??= s.text.match(VAGUE_TIME)?.[0] ?? null;
    }
    return vague
      ? fail(
          `only a vague time (${quote(vague)}): give a date or a number of days, weeks or months`,
          because('deadlineVague', { quote: quote(vague) }),
        )
      : fail('no date or period attached to an obligation', because('noDeadline'));
  },
};

/** The responsible body: a named institution that acts, or through which the Parties act. */
const responsibleBody: Check = {
  label: 'Responsible body',
  element: 'a named institution that carries out or runs the obligation',
  severity: 'warning',
  run: (input) => {
    for (const { statement, predicate } of obligations(input)) {
      for (const doer of [predicate.subject, predicate.agent ?? ''])
        if (doer && namesBody(doer, input.partyNames)) return pass(quote(doer));
      const via = statement.text.match(
        /\b(?:through|by|under the authority of|under|administered by|chaired by|run by|managed by|with)\s+((?:the|an?)\s+[^,;.]+)/i,
      )?.[1];
      if (via && namesBody(via, input.partyNames)) return pass(quote(via));
      const to = `${predicate.text}`.match(
        /\b(?:report|refer|submit|provide|deliver|give|notify|hand|transmit|declare|present)\w*\b[^.;]{0,80}?\bto\s+((?:the|an?)\s+[^,;.]+)/i,
      )?.[1];
      if (to && namesBody(to, input.partyNames)) return pass(quote(to));
    }
    return fail(
      'no institution is made responsible: name the commission, ministry, mission or body that acts',
      because('noResponsibleBody'),
    );
  },
};

/** Verification: a named body, other than a Party, with a duty or power to verify, monitor, inspect or certify. */
const verification: Check = {
  label: 'Verification',
  element: 'a named body other than the Parties that verifies, monitors, inspects or certifies',
  severity: 'warning',
  run: (input) => {
    for (const { statement, predicate } of obligations(input)) {
      if (predicate.negated) continue;
      const acts = VERIFY_VERB.test(predicate.text.split(/[;:]/)[0]!);
      if (acts && !predicate.passive && namesBody(predicate.subject, input.partyNames)) return pass(quote(predicate.subject));
      if (acts && predicate.passive && predicate.agent && namesBody(predicate.agent, input.partyNames)) return pass(quote(predicate.agent));
      const under = statement.text.match(
        /\b(?:verified|monitored|inspected|certified|audited|supervised|observed|witnessed)\s+by\s+((?:the|an?)\s+[^,;.]+)|\bunder the (?:observation|supervision|verification|monitoring) of\s+((?:the|an?)\s+[^,;.]+)|\b(?:in the presence of)\s+((?:the|an?)\s+[^,;.]+)/i,
      );
      const who = under?.[1] ?? under?.[2] ?? under?.[3];
      if (who && namesBody(who, input.partyNames) && !/\bshall not\b|\bno\b/.test(statement.text.slice(0, under!.index)))
        return pass(quote(who));
    }
    // "designate the national human rights institution as … to monitor …", "establish a joint group … to monitor …".
    for (const s of input.statements) {
      const m = s.text.match(
        /\b(?:establish|designate|appoint|mandate|request)\w*\s+((?:an?|the)\s+[^;.]{2,240}?)\s+to\s+(?:verify|monitor|inspect|certify|audit)\b/i,
      );
      if (
        m &&
        (namesBody(m[1]!, input.partyNames) ||
          /\b(?:group|committee|team|commission|mechanism|panel|board|unit|office|institution)\b/i.test(m[1]!))
      )
        return pass(quote(m[1]!));
    }
    // "grant the Board access to its bases to verify …": the body given access is the verifier.
    for (const s of input.statements) {
      const m = s.text.match(
        /\b(?:grant|give|allow|permit)\s+((?:the|an?)\s+[^,;.]+?)\s+(?:access|freedom of movement)\b[^.;]{0,100}?\bto\s+(?:verify|monitor|inspect|confirm|check)\b/i,
      );
      if (m && namesBody(m[1]!, input.partyNames)) return pass(quote(m[1]!));
    }
    // "where the Board certifies …", "once the Mechanism has confirmed …": a body doing the verifying in a subordinate clause.
    for (const s of input.statements) {
      for (const m of s.text.matchAll(
        /\b((?:the|an?)\s+[^,;.]{2,80}?)\s+(?:has\s+|have\s+)?(?:verifies|verified|certifies|certified|monitors|inspects|confirms|confirmed)\b/gi,
      )) {
        if (namesBody(m[1]!, input.partyNames)) return pass(quote(m[1]!));
      }
    }
    return fail(
      'no independent verifier: name the body that verifies, monitors or certifies (a Party checking itself does not count)',
      because('noVerifier'),
    );
  },
};

/** Dispute resolution: a dispute, disagreement, complaint or appeal routed to a named forum. */
const disputes: Check = {
  label: 'Dispute resolution',
  element: 'a disagreement, complaint or appeal routed to a forum that settles it',
  severity: 'warning',
  run: (input) => {
    for (const s of input.statements) {
      if (s.predicates.length > 0 && s.predicates.every((p) => p.negated)) continue;
      const review = s.text.match(REVIEW_ROUTE);
      if (review) return pass(quote(review[0]));
      if (!DISPUTE_NOUN.test(s.text)) continue;
      const route = s.text.match(DISPUTE_ROUTE);
      if (route) return pass(quote(route[0]));
      // "Where the Parties disagree …, the Commission shall …": an institution acting on the disagreement.
      const forum = s.predicates.find((p) => !p.negated && namesBody(p.subject, input.partyNames));
      if (forum) return pass(quote(forum.subject));
    }
    return fail('no route for disagreements: say to whom disputes, complaints or appeals go and who decides', because('noDisputeRoute'));
  },
};

/** Funding: who pays, or from which budget or fund. */
const funding: Check = {
  label: 'Funding',
  element: 'a funding source: who pays, or which budget or fund',
  severity: 'warning',
  run: (input) => {
    for (const { predicate } of obligations(input)) {
      if (predicate.negated) continue;
      const text = `${predicate.subject} ${predicate.text}`;
      const source = text.match(FUNDING_SOURCE)?.[0];
      const paidBy = text.match(
        /\b(?:funded|financed|paid|met|borne|covered|resourced)\s+(?:\w+\s+){0,3}(?:by|from|through|out of)\s+([^,;.]+)/i,
      )?.[1];
      if (paidBy && !/^\s*▢\s*$/.test(paidBy)) return pass(quote(paidBy));
      if (source) return pass(quote(source));
      if (
        /\b(?:shall|will|should)\s+(?:fund|finance|bear (?:the|its|their)(?: own)? costs?|meet (?:the|its|their)(?: own)? costs?|pay for|contribute)\b/i.test(
          `${predicate.modal} ${predicate.text}`,
        ) &&
        namesActor(predicate.subject, input.partyNames)
      )
        return pass(quote(predicate.subject));
    }
    return fail('no funding source: say who pays or from which budget or fund', because('noFunding'));
  },
};

/** Sequencing and conditions: an order or a precondition for the obligation. */
const sequencing: Check = {
  label: 'Sequencing and conditions',
  element: 'an order or condition (after, once, in phases, only when, pending)',
  severity: 'warning',
  run: (input) => {
    const found = input.statements.find((s) => s.operative && SEQUENCE_WORD.test(s.text));
    return found
      ? pass(quote(found.text.match(SEQUENCE_WORD)![0]))
      : fail('no order or condition: say what must happen first or what this depends on', because('noSequencing'));
  },
};

/** Reporting: a duty to report, publish or notify that is not negated. */
const reporting: Check = {
  label: 'Reporting',
  element: 'a duty to report, publish or notify',
  severity: 'warning',
  run: (input) => {
    for (const { predicate } of obligations(input)) {
      if (predicate.negated) continue;
      const m = `${predicate.modal} ${predicate.text}`.match(REPORT_VERB);
      if (m) return pass(quote(m[0]));
    }
    for (const s of input.statements) {
      const m = s.text.match(
        /\b(?:its|their|the|a|an|public|annual|monthly|quarterly|final)\s+(?:\w+\s+)?reports?\s+(?:shall|will)\s+be\s+(?:made public|published|submitted|presented)\b/i,
      );
      if (m) return pass(quote(m[0]));
    }
    return fail('no reporting duty: say who reports to whom, how often, and whether it is published', because('noReporting'));
  },
};

/** The nine items every implementable provision should name (domain brief §2). */
export const GENERAL_CHECKS: Record<string, Check> = {
  who_bound: whoBound,
  action,
  deadline,
  responsible_body: responsibleBody,
  verification,
  disputes,
  funding,
  sequencing,
  reporting,
};
