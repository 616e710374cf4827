/**
 * The words the structural checks look for, in one place: who can be bound, what counts as a named
 * body, a date, a period, a funding source. Patterns are whole words (`\bfund(?:s|ed|ing)?\b`
 * never matches "fundamental").
 */

const words = (list: readonly string[]) => new RegExp(`\\b(?:${list.join('|')})\\b`, 'i');

/** References to the signatories as a defined term. */
export const PARTY_REFERENCE =
  /\b(?:the Parties|(?:each|either|both|neither|any|one|no|the other|a|the) Part(?:y|ies)|the Party concerned|the responsible Party|the declaring Party|the Government|the Movement)\b/i;

const HEADS = [
  'Commission',
  'Committee',
  'Council',
  'Court',
  'Courts',
  'Tribunal',
  'Mechanism',
  'Mission',
  'Board',
  'Fund',
  'Authority',
  'Unit',
  'Panel',
  'Team',
  'Centre',
  'Center',
  'Secretariat',
  'Chamber',
  'Office',
  'Agency',
  'Service',
  'Services',
  'Institution',
  'Assembly',
  'Parliament',
  'Ministry',
  'Police',
  'Armed Forces',
  'Defence Forces',
  'Security Forces',
  'Corps',
  'Organisation',
  'Organization',
  'Union',
  'Nations',
  'Cross',
  'Programme',
  'Group',
  'Forum',
  'Commissioner',
  'Ombudsperson',
  'Guarantors?',
  'Prosecutor',
];
/** Words that end the name of a party rather than of an institution ("the Government of Arandia"). */
const PARTY_HEADS = ['Government', 'Movement', 'Front', 'Army', 'Republic', 'Kingdom', 'State', 'Alliance', 'Council of'];
const CAPITALISED_PARTY = new RegExp(`\b(?:[A-Z][\w'’-]+\s+)*(?:${PARTY_HEADS.join('|')})\b`);
/** A capitalised name ending in an institution word: "the Joint Implementation Commission", "the Ministry of Defence". */
const CAPITALISED_BODY = new RegExp(
  `\\b(?:[A-Z][\\w'’-]+\\s+(?:(?:of|for|on|and|the|de)\\s+)?)*(?:${HEADS.join('|')})\\b(?:\\s+(?:of|for|on)\\s+(?:the\\s+)?[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+)*)?`,
);
/** Institutions usually written in lower case. */
const LOWER_CASE_BODY = words([
  'the legislature',
  'the parliament',
  'the national police',
  'the police',
  'the armed forces',
  'the judiciary',
  'the courts?',
  'the competent courts?',
  'the competent authorit(?:y|ies)',
  'the supreme audit institution',
  'the national human rights institution',
  'the prosecution service',
  'the prosecutor',
  'an? independent (?:panel|auditor|body|commission|committee|appeals panel|monitoring body|mechanism)',
  'an? body independent of [a-z ]+',
  'an? national preventive mechanism',
  'an? (?:panel|board|committee) of (?:three|five|\\d+) independent experts',
  'international monitors',
  'child protection (?:agencies|actors)',
  '(?:accredited )?mine action operators',
  'the chair',
  'the mediator',
  'the guarantors',
  'the ministry (?:of|responsible for) [a-z ]+',
  'the minister (?:of|responsible for) [a-z ]+',
  'the secretary-general',
  'the head of mission',
  'joint (?:teams?|patrols?|units?)',
  'the electoral (?:commission|court)',
  'the competent electoral court',
  'an appeals panel',
  'a selection panel',
]);
/** "ICRC", "UNMAS", "AU": an acronym names an institution. */
const ACRONYM = /\b[A-Z]{2,7}\b/;

/** True when `phrase` names an institution (capitalised name, known lower-case institution or acronym), not a party. */
export function namesBody(phrase: string, partyNames: readonly string[] = []): boolean {
  let rest = phrase;
  for (const n of partyNames) if (n.length > 1) rest = rest.split(n).join(' ');
  rest = rest.replace(/\b(?:H-Hour|DDR|SSR|SALW|CRSV|[IVXLC]{1,5})\b/g, ' ');
  return CAPITALISED_BODY.test(rest) || LOWER_CASE_BODY.test(rest) || ACRONYM.test(rest);
}

/** True when `phrase` names someone who can be bound: a Party, a party name, or an institution. */
export function namesActor(phrase: string, partyNames: readonly string[] = []): boolean {
  if (PARTY_REFERENCE.test(phrase) || CAPITALISED_PARTY.test(phrase) || namesBody(phrase)) return true;
  return partyNames.some((n) => n.length > 1 && phrase.includes(n));
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const NUMBER =
  '\\d+(?:[.,]\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|eighteen|twenty|twenty-one|twenty-four|thirty|forty|forty-five|forty-eight|sixty|seventy-two|ninety|hundred|a hundred|one hundred';
const UNIT = 'hours?|days?|weeks?|months?|years?';
/** A calendar date: "1 March 2027", "March 1, 2027", "2027-03-01", "15/04/2027". */
export const DATE = new RegExp(
  `\\b\\d{1,2}\\s+(?:${MONTHS})(?:\\s+\\d{4})?\\b|\\b(?:${MONTHS})\\s+\\d{1,2}(?:,\\s*\\d{4})?\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b`,
);
const PERIOD = new RegExp(
  [
    `\\bwithin\\s+(?:${NUMBER})(?:\\s+working)?\\s+(?:${UNIT})\\b`,
    `\\b(?:${NUMBER})(?:-|\\s+)(?:${UNIT})(?:'|’)?\\s*(?:after|of|from|before|following|prior to|notice|period|in advance)\\b`,
    `\\b(?:no|not)\\s+(?:later|earlier)\\s+than\\b`,
    `\\bevery\\s+(?:(?:${NUMBER})\\s+)?(?:${UNIT})\\b`,
    `\\b(?:monthly|quarterly|annually|weekly|each year|every year|each quarter|each month)\\b`,
    `\\bfor\\s+(?:an?\\s+(?:initial\\s+)?period\\s+of\\s+|at least\\s+|up to\\s+|no (?:more|longer) than\\s+)?(?:${NUMBER})\\s+(?:${UNIT})\\b`,
    `\\b(?:more|longer) than\\s+(?:${NUMBER})\\s+(?:${UNIT})\\b`,
    `\\b(?:before|by|prior to|until|from)\\s+(?:H-Hour|the start of|the beginning of|the end of|the completion of|the first|the entry into force|the signature|signature|demobilisation|deployment|the deployment)`,
    `\\b(?:at|from)\\s+\\d{1,2}[:.]\\d{2}\\b`,
    `\\b(?:${NUMBER})\\s+(?:${UNIT})\\s+(?:of|after)\\s+(?:H-Hour|its|their|the)\\b`,
  ].join('|'),
  'i',
);
/** Words that promise no time at all. */
export const VAGUE_TIME =
  /\b(?:in due course|as soon as (?:possible|practicable)|promptly|without (?:undue )?delay|at an appropriate time|in a timely manner|within a reasonable (?:time|period)|eventually|gradually|when (?:conditions|circumstances) (?:allow|permit))\b/i;

/** A date or a period, as a deadline needs. */
export function findTime(text: string): string | null {
  return (text.match(DATE) ?? text.match(PERIOD))?.[0] ?? null;
}

export const VERIFY_VERB =
  /\b(?:confirm(?:s|ed)?|check(?:s|ed)?|survey(?:s|ed)?|document(?:s|ed|ing)?|review(?:s|ed)? (?:progress|compliance|implementation)|unannounced visits|verif(?:y|ies|ied|ication)|monitor(?:s|ed|ing)?|inspect(?:s|ed|ion|ions)?|certif(?:y|ies|ied|ication)|audit(?:s|ed)?|investigat(?:e|es|ed|ion)|observ(?:e|es|ed|ation)|supervis(?:e|es|ed|ion))\b/i;
export const FUNDING_VERB =
  /\b(?:fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|paid|pay(?:s)?|met|borne|bear|covered|resourced|contribut(?:e|es|ed|ion|ions))\b/i;
export const FUNDING_SOURCE =
  /\b(?:national budget|state budget|(?:annual |dedicated |separate )?budget line|dedicated (?:budget|fund)|assessed contributions|(?:trust|reparations|implementation|peace|cantonment|DDR) fund|Fund\b|donors?|pledg(?:e|es|ed|ing)|contributions? (?:of|from|by))/i;
export const REPORT_VERB =
  /\b(?:report(?:s|ed|ing)?|publish(?:es|ed)?|make\s+(?:\w+\s+){0,3}public|made public|notify|notified|inform(?:s|ed)?|brief(?:s|ed)?|disclos(?:e|es|ed)|submit(?:s|ted)?\s+(?:\w+\s+){0,3}(?:report|summary|account)|issue(?:s|d)?\s+(?:\w+\s+){0,3}(?:report|statement|summary|findings|determination))\b/i;
export const DISPUTE_NOUN =
  /\b(?:disputes?|disputed|disagreements?|differences?|complaints?|complain(?:s|ed)?|claims?|allegations?|alleged violations?|appeals?|challenges?|contested|objections?|any question (?:about|on|over|of)|disagree|unresolved|not resolved|cannot (?:resolve|settle))\b/i;
export const DISPUTE_ROUTE =
  /\b(?:(?:be|is|are)\s+(?:referred|submitted|settled|decided|resolved|raised|heard|determined|brought|addressed|taken up)\s+(?:[\w-]+\s+){0,3}?(?:to|by|in|before|with|through|under)|(?:decide|decides|settle|settles|resolve|resolves|hear|hears|determine|determines|adjudicate|arbitrate|receive|investigate)\s+(?:[\w-]+\s+){0,3}(?:disputes?|disagreements?|complaints?|appeals?|questions?|matters?|claims?)|(?:refer|refers|referred)\s+(?:[\w-]+\s+){0,4}to)\b/i;
/** Routes that name the forum on their own: an appeal, a review, a claims procedure. */
export const REVIEW_ROUTE =
  /\b(?:(?:right of|may|shall)\s+(?:\w+\s+){0,2}appeal(?:ed)?\s+(?:[\w-]+\s+){0,4}(?:to|before)|(?:open|subject)\s+to\s+(?:an?\s+)?(?:appeal|challenge|review)\s+(?:before|by|to)|(?:seek|request)\s+(?:a\s+)?review\s+(?:of\s+[^,;.]{1,60}?\s+)?(?:by|from)?|(?:may|shall)\s+be\s+(?:reviewed|appealed|challenged)\s+(?:by|before|to)|raise\s+(?:the|any|that)\s+matter\s+(?:with|in|under|before)|(?:handled|dealt with|addressed|settled)\s+(?:[\w-]+\s+){0,3}under\s+(?:the|its)\s+(?:[\w-]+\s+){0,3}procedure)/i;
export const SEQUENCE_WORD =
  /\b(?:after|before|once|upon|following|prior to|pending|until|unless|only (?:when|if|after|once)|conditional on|conditions?|uncondition\w*|depend\w*|regardless of|subject to|phases?|phased|stages?|in pairs|not before|provided that|on condition that|then|first|in parallel|simultaneous(?:ly)?|precede[sd]?|sequenc\w*|begin(?:s|ning)?|starting|at the end of|by the end of|from (?:H-Hour|signature|the signature|the entry into force)|as long as|for as long as|during)\b/i;

/** The crimes an amnesty may not cover (UN policy; Belfast Guidelines; UN guidance on CRSV), each with how it may be written. */
export const EXCLUDED_CRIMES: readonly { key: string; name: string; pattern: RegExp }[] = [
  { key: 'genocide', name: 'genocide', pattern: /\bgenocide\b/i },
  { key: 'crimesAgainstHumanity', name: 'crimes against humanity', pattern: /\bcrimes? against humanity\b/i },
  {
    key: 'warCrimes',
    name: 'war crimes',
    pattern: /\bwar crimes?\b|\bserious violations of (?:international humanitarian law|the laws and customs)/i,
  },
  { key: 'sexualViolence', name: 'conflict-related sexual violence', pattern: /\bsexual violence\b|\brape\b/i },
  { key: 'torture', name: 'torture', pattern: /\btorture\b/i },
  { key: 'enforcedDisappearance', name: 'enforced disappearance', pattern: /\benforced disappearances?\b/i },
  {
    key: 'extrajudicialExecution',
    name: 'extrajudicial execution',
    pattern: /\b(?:extrajudicial|summary|arbitrary)(?:,?\s+(?:summary|or arbitrary|arbitrary))*\s+executions?\b/i,
  },
  { key: 'slavery', name: 'slavery', pattern: /\bslavery\b|\benslavement\b/i },
  {
    key: 'childRecruitment',
    name: 'recruitment of children',
    pattern:
      /\b(?:recruit\w*|conscript\w*|enlist\w*|use)\b[^.;]{0,80}\bchild(?:ren)?\b|\bchild(?:ren)?\b[^.;]{0,40}\b(?:recruit\w*|conscript\w*|soldiers?)\b/i,
  },
];
