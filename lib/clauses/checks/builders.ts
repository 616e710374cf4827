import { GENERAL_CHECKS } from './general-checks';
import type { Statement } from './segments';
import { because, fail, pass, type Check, type Severity } from './types';
import { DATE, EXCLUDED_CRIMES } from './vocabulary';

/**
 * How the words of a topic item must stand: `affirm` in an obligation that is not negated ("shall
 * publish maps", not "no maps shall be required"); `prohibit` in a prohibition ("shall not recruit
 * children", "refrain from: … sexual violence"); `any` for definitions and descriptions.
 */
export type Polarity = 'affirm' | 'prohibit' | 'any';

const PROHIBITION =
  /\b(?:prohibit\w*|refrain\w* from|ban\w*|forbid\w*|cease\w*|end (?:all|any)|criminali[sz]\w*|not (?:to )?(?:recruit|use|lay|attack|commit)|commit none|renounce\w*|release\w*|exclud\w*|bar\w*)\b/i;
const quote = (s: string) => `“${s.length > 60 ? `${s.slice(0, 57)}…` : s}”`;

/** The first place where a statement carries `pattern` with the required polarity, or null. */
function standsAs(s: Statement, pattern: RegExp, polarity: Polarity): string | null {
  const first = s.text.match(pattern);
  if (!first) return null;
  if (polarity === 'any') return first[0];
  // A definition or description ("'Ceasefire Area' means … shown on the maps") counts unless it is negated.
  if (!s.operative) return polarity === 'affirm' && !/\b(?:not|no|without|never)\b/i.test(s.text) ? first[0] : null;
  if (polarity === 'prohibit') return s.predicates.some((p) => p.negated) || PROHIBITION.test(s.text) ? first[0] : null;
  // affirm: one occurrence must sit outside any negated obligation ("No Party shall destroy any
  // record, and each Party shall deposit its records" affirms the second).
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (const match of s.text.matchAll(global)) {
    const at = match.index;
    // "shall not publish maps" negates the maps; "shall not enter the zones shown on the maps" does not.
    const negatedHere = s.predicates.some((p) => {
      const start = s.text.indexOf(p.text);
      return p.negated && start <= at && at < start + p.text.length && s.text.slice(start, at).trim().split(/\s+/).length <= 5;
    });
    const negatedSubject = s.predicates.some(
      (p) => p.negated && s.text.indexOf(p.subject) <= at && at < s.text.indexOf(p.subject) + p.subject.length,
    );
    if (!negatedHere && !negatedSubject) return match[0];
  }
  return null;
}

/** A topic item met when the text holds one of `patterns` in the required polarity. */
export function terms(
  label: string,
  element: string,
  pattern: RegExp,
  polarity: Polarity = 'affirm',
  severity: Severity = 'warning',
): Check {
  return {
    label,
    element,
    severity,
    run: ({ statements }) => {
      for (const s of statements) {
        const found = standsAs(s, pattern, polarity);
        if (found) return pass(quote(found));
      }
      const hint = polarity === 'prohibit' ? ' as a prohibition' : polarity === 'affirm' ? ' in an obligation' : '';
      // The element is named by the item it belongs to (runChecklist adds it: a builder does not know its item).
      return fail(
        `${element} not found${hint}`,
        because(polarity === 'prohibit' ? 'notFoundProhibition' : polarity === 'affirm' ? 'notFoundObligation' : 'notFound'),
      );
    },
  };
}

/** A topic item that is one of the general elements under another name (cbm:timeframe = deadline). */
export function alias(general: keyof typeof GENERAL_CHECKS, label: string): Check {
  const base = GENERAL_CHECKS[general]!;
  return { ...base, label };
}

/** A topic item that needs two things in the same statement, e.g. a number and a unit of distance. */
export function both(label: string, element: string, first: RegExp, second: RegExp, severity: Severity = 'warning'): Check {
  return {
    label,
    element,
    severity,
    run: ({ statements }) => {
      const s = statements.find((x) => x.operative && first.test(x.text) && second.test(x.text));
      return s ? pass(quote(s.text.match(first)![0])) : fail(`${element} not found in an obligation`, because('notFoundObligation'));
    },
  };
}

const AMNESTY = /\b(?:amnest\w*|pardons?|immunit\w*|(?:reduction|commutation) of sentences?|equivalent measures?)\b/i;
const NEGATIVE_APPLICATION =
  /\b(?:shall|will|does|do|may)\s+not\s+(?:apply|extend|cover|benefit|include)\b|\bno\b[^.;:]{0,160}\b(?:shall|will|may)\s+(?:apply|extend|cover|benefit)\b|\bexclud(?:es|ed|ing)?\b(?![^.;]{0,20}\bnot\b)|\bexcept(?:ing)?\b/i;
const NEGATED_EXCLUSION = /\b(?:shall|will|may)\s+not\s+be\s+exclud\w*|\bno\b[^.;]{0,60}\bshall\s+be\s+exclud\w*|\bnot\s+exclud\w*/i;

/**
 * The exclusions from amnesty: an amnesty (or pardon, immunity …) that shall not apply to crimes
 * the statement names. "shall not be excluded" and an exclusion without the crimes do not pass;
 * the reason names each crime missing (international law forbids amnesty for all of them).
 */
export function exclusionList(label: string): Check {
  return {
    label,
    element:
      'an exclusion from amnesty naming genocide, crimes against humanity, war crimes, sexual violence, torture, enforced disappearance, extrajudicial execution, slavery and child recruitment',
    severity: 'blocking',
    run: ({ statements }) => {
      const exclusions = statements.filter(
        (s) => AMNESTY.test(s.text) && NEGATIVE_APPLICATION.test(s.text) && !NEGATED_EXCLUSION.test(s.text),
      );
      if (exclusions.length === 0) {
        const negated = statements.find((s) => AMNESTY.test(s.text) && NEGATED_EXCLUSION.test(s.text));
        return negated
          ? fail(
              `the text says crimes shall not be excluded (${quote(negated.text)}): an exclusion must keep the crimes out of the amnesty`,
              because('exclusionNegated', { quote: quote(negated.text) }),
            )
          : fail('no exclusion from amnesty: nothing keeps international crimes out of it', because('exclusionNone'));
      }
      const text = exclusions.map((s) => s.text).join(' ');
      const missing = EXCLUDED_CRIMES.filter((c) => !c.pattern.test(text));
      if (missing.length === 0) return pass('all crimes named');
      const crimes = missing.map((c) => ({ key: `crime.${c.key}` }));
      return fail(`the exclusion does not name ${missing.map((c) => c.name).join(', ')}`, {
        key: 'reason.exclusionMissing',
        lists: { crimes },
      });
    },
  };
}

/** A clause that grants amnesty but leaves the crimes to the exclusions clause: it must at least refer to them. */
export function exclusionReference(label: string): Check {
  return {
    label,
    element: 'a statement that the crimes excluded from amnesty fall outside this amnesty',
    severity: 'blocking',
    run: (input) => {
      const full = exclusionList(label).run(input);
      if (full.ok) return full;
      const s = input.statements.find((x) =>
        /\b(?:crimes?|offences?)\s+(?:excluded|that cannot be amnestied)\b|\bexclusions\b[^.;]{0,60}\b(?:set out|provided|established)\b/i.test(
          x.text,
        ),
      );
      return s
        ? pass(quote(s.text))
        : fail('the amnesty does not say that the excluded crimes fall outside it', because('exclusionNotReferenced'));
    },
  };
}

/** The legal basis of a mission: Chapter VI, VII or VIII of the Charter of the United Nations, not "this Chapter". */
export function charterChapter(label: string): Check {
  return {
    label,
    element: 'Chapter VI, VII or VIII of the Charter of the United Nations',
    severity: 'warning',
    run: ({ statements }) => {
      for (const s of statements) {
        const m = s.text.match(/\bChapter\s+(VIII|VII|VI)\b/);
        if (m && /\bCharter\b/.test(s.text)) return pass(quote(`Chapter ${m[1]}`));
      }
      return fail(
        'no Chapter of the Charter named: "this Chapter" refers to the agreement, not to Chapter VI or VII',
        because('noCharterChapter'),
      );
    },
  };
}

/** A start time: an hour and a date in the same statement. */
export function startTime(label: string): Check {
  return both(label, 'a time of day and a date', /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(?:hours|hrs)\b/i, DATE);
}
