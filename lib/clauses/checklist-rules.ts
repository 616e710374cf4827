/** One explainable test: the item is addressed when the pattern matches the clause's text. */
export interface ChecklistRule {
  label: string;
  pattern: RegExp;
  /** Why it counts as missing, shown to the drafter. */
  reason: string;
}

const stems = (list: string[]) => new RegExp(`\\b(?:${list.join('|')})`, 'i');
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty|forty-five|sixty|ninety|hundred';
const UNITS = 'hours?|days?|weeks?|months?|years?';
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';

/** The nine items every implementable provision should name (domain brief §2). */
export const GENERAL_RULES: Record<string, ChecklistRule> = {
  who_bound: {
    label: 'Who is bound',
    pattern: /\b(?:the|both|each|all|every|either|neither|no) (?:other )?part(?:y|ies)\b|\bsignator/i,
    reason: 'no party named and no "the Parties" or "each Party"',
  },
  action: {
    label: 'The action',
    pattern: /\b(?:shall|will|must|agrees?|undertakes?|commits?|should)\b/i,
    reason: 'no operative verb found (shall, will, agree to …)',
  },
  deadline: {
    label: 'Deadline',
    pattern: new RegExp(
      `\\b\\d+(?:[.,]\\d+)?\\s*(?:${UNITS})\\b|\\b(?:${NUMBER_WORDS})\\s+(?:${UNITS})\\b|\\b\\d{1,2}\\s+(?:${MONTHS})\\b|\\b(?:${MONTHS})\\s+\\d{1,2}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|\\b(?:by|before|no later than|within|every|after)\\s+\\d`,
      'i',
    ),
    reason: 'no date or number of days found',
  },
  responsible_body: {
    label: 'Responsible body',
    pattern: stems(['commission', 'committee', 'council', 'mission', 'ministr', 'minister', 'secretariat', 'authority', 'mechanism', 'agency', 'tribunal', 'court', 'parliament', 'legislature', 'ombuds', 'panel', 'board', 'office', 'police service', 'national police']),
    reason: 'no responsible body named (e.g. a commission, ministry or mission)',
  },
  verification: {
    label: 'Verification',
    pattern: stems(['verif', 'monitor', 'inspect', 'observ', 'audit', 'mission', 'commission', 'certif']),
    reason: 'no verifying body named (e.g. monitor, verify, mission, commission)',
  },
  disputes: {
    label: 'Dispute resolution',
    pattern: stems(['disput', 'disagree', 'arbitra', 'mediat', 'grievance', 'complain', 'appeal', 'contested', 'escalat', 'resolv', 'refer', 'settle']),
    reason: 'no way to settle disputes named (dispute, disagreement, arbitration, appeal)',
  },
  funding: {
    label: 'Funding',
    pattern: stems(['fund', 'budget', 'financ', 'cost', 'donor', 'resourc', 'paid', 'salar']),
    reason: 'no funding source named (fund, budget, donor, cost)',
  },
  sequencing: {
    label: 'Sequencing and conditions',
    pattern: stems(['after', 'before', 'following', 'once', 'upon', 'until', 'prior to', 'phase', 'sequenc', 'condition', 'precede', 'subsequent', 'then', 'first', 'pending', 'unless', 'when', 'during', 'while', 'beginning', 'failing', 'end of']),
    reason: 'no order or condition stated (after, before, once, phase)',
  },
  reporting: {
    label: 'Reporting',
    pattern: stems(['report', 'publish', 'public', 'inform', 'notif', 'brief', 'disclos']),
    reason: 'no reporting duty found (report, publish, notify)',
  },
};

/** Keyword stems for topic items whose own name is not what the text would say. */
export const TOPIC_KEYWORDS: Record<string, string[]> = {
  'ceasefire:maps': ['map', 'annex', 'coordinat', 'grid'],
  'ceasefire:cantonment_sites': ['canton', 'assembly', 'site'],
  'ceasefire:allied_forces': ['allied', 'militia', 'affiliat', 'under (?:its|their) (?:command|control)', 'proxy'],
  'ceasefire:child_recruitment': ['child', 'recruit', 'under(?: the age of)? 18'],
  'ceasefire:crsv': ['sexual', 'rape', 'crsv'],
  'ceasefire:forces_bound': ['forces', 'armed', 'units', 'militia'],
  'ceasefire:start_time': ['h-hour', 'hour', 'enter into force', 'take effect', 'commence'],
  'ceasefire:termination_notice': ['terminat', 'withdraw', 'notice'],
  'ceasefire:violation_escalation': ['violation', 'breach', 'escalat', 'refer'],
  'ceasefire:monitoring_members': ['member', 'composed', 'composition', 'representative'],
  'ceasefire:monitoring_mandate': ['mandate', 'task', 'function'],
  'ceasefire:disengagement_distances': ['kilomet', 'km', 'distance', 'metre', 'buffer'],
  'ceasefire:freedom_of_movement': ['freedom of movement', 'unrestricted access', 'unimpeded', 'access'],
  'ddr:declared_numbers': ['declar', 'number', 'roster', 'list', 'inventor'],
  'ddr:intended_outcome': ['objective', 'aim', 'purpose', 'outcome', 'goal'],
  'ddr:international_role': ['international', 'united nations', 'mission', 'donor', 'partner'],
  'ddr:special_groups': ['child', 'women', 'girl', 'disabilit', 'elderly', 'wounded'],
  'ddr:weapons_verification': ['verif', 'inspect', 'monitor'],
  'int:quotas': ['quota', 'percent', 'proportion', 'share'],
  'integration:quotas': ['quota', 'percent', 'proportion', 'share'],
  'integration:individuals_or_units': ['individual', 'unit', 'formed', 'battalion'],
  'integration:rank_criteria': ['rank', 'grade', 'criteria', 'equivalen'],
  'integration:interim_command': ['command', 'interim', 'joint'],
  'integration:pay_parity': ['pay', 'salar', 'allowance', 'parity', 'equal'],
  'integration:phased_timeline': ['phase', 'stage', 'timeline', 'timetable'],
  'integration:surplus': ['surplus', 'not selected', 'excess', 'demobilis', 'reintegrat'],
  'pko:authorising_body': ['security council', 'authori', 'mandat', 'regional organi'],
  'pko:chapter': ['chapter'],
  'pko:size': ['strength', 'size', 'number', 'personnel', 'troops'],
  'pko:sofa': ['status of forces', 'status of mission', 'sofa', 'soma', 'privileges', 'immunit'],
  'pko:rules_of_engagement': ['rules of engagement', 'self-defence', 'force'],
  'pko:exit_benchmarks': ['benchmark', 'exit', 'drawdown', 'withdraw', 'transition'],
  'pko:funding': ['fund', 'assessed', 'budget', 'financ', 'cost'],
  'ma:records': ['record', 'map', 'information', 'location'],
  'ma:cessation': ['cease', 'stop', 'no longer', 'refrain', 'prohibit', 'not use', 'never'],
  'ma:land_release': ['release', 'return', 'handover', 'hand over', 'cleared land'],
  'ma:non_discrimination': ['discriminat', 'equal', 'without distinction', 'regardless'],
  'salw:inventory': ['inventor', 'declar', 'list', 'record'],
  'ssr:role_separation': ['external', 'internal', 'defence of', 'public order', 'role'],
  'ssr:laws_to_amend': ['law', 'act', 'statute', 'legislat', 'amend'],
  'ssr:lead_ministry': ['ministr', 'minister'],
  'ssr:oversight': ['oversight', 'oversee', 'parliament', 'committee', 'scrutin', 'civilian control', 'accountab', 'independent', 'review', 'judicial'],
  'ssr:budget_transparency': ['budget', 'expenditure', 'audit', 'transparen'],
  'ssr:representativeness': ['represent', 'composition', 'reflect', 'ethnic', 'region', 'women'],
  'ssr:human_rights_training': ['human rights', 'training'],
  'ssr:statutory_mandate': ['statut', 'law', 'mandate', 'legislat'],
  'tj:acts_covered': ['act', 'offence', 'crime', 'conduct'],
  'tj:cutoff_date': ['committed before', 'cut-off', 'before', 'between', 'period'],
  'tj:exclusions': ['genocide', 'crimes against humanity', 'war crime', 'sexual', 'exclud', 'not apply'],
  'tj:deciding_body': ['commission', 'court', 'tribunal', 'board', 'panel', 'decid'],
  'tj:revocation': ['revok', 'revocation', 'withdrawn', 'lapse', 'reinstat'],
  'tj:cutoff': ['before', 'cut-off'],
  'tj:period': ['period', 'between', 'since', 'from'],
  'tj:forms': ['restitution', 'compensation', 'rehabilitat', 'symbolic', 'material', 'form'],
  'tj:lists': ['list', 'name', 'register'],
  'tj:verifier': ['verif', 'icrc', 'red cross', 'monitor'],
  'tj:follow_up': ['follow', 'recommendation', 'implement'],
  'cbm:concrete_act': ['shall', 'will', 'should', 'undertake', 'organise', 'refrain'],
  'ddr:benefits': ['benefit', 'package', 'allowance', 'grant', 'assistance', 'support', 'stipend'],
  'ddr:eligibility': ['eligib', 'criteria', 'qualif', 'under the age', 'under 18'],
  'ddr:links_ssr': ['security sector', 'ssr', 'integration', 'armed forces', 'police'],
  'pko:consent': ['consent', 'request', 'invit', 'agree'],
  'pko:duration': ['duration', 'period', 'month', 'year', 'renew', 'extend'],
  'pko:composition': ['compos', 'contribut', 'civilian', 'police', 'military', 'troop'],
  'pko:accountability': ['accountab', 'jurisdiction', 'misconduct', 'investigat', 'disciplin'],
  'ssr:vetting': ['vetting', 'vetted', 'screen', 'background'],
  'ssr:benchmarks': ['benchmark', 'indicator', 'target', 'measur'],
  'cbm:reciprocity': ['recipro', 'mutual', 'each party', 'both parties', 'equal', 'simultaneous'],
  'cbm:timeframe': ['within', 'days', 'weeks', 'months', 'period', 'date'],
  'cbm:verifier': ['verif', 'monitor', 'observ', 'witness', 'confirm', 'facilitat', 'report'],
};

const GENERIC_WORDS = new Set(['links', 'lists', 'list', 'body', 'that', 'with', 'from', 'other']);

/** The rule for an item: general, keyword-listed, or derived from the words of its name. */
export function ruleFor(item: string): ChecklistRule {
  const general = GENERAL_RULES[item];
  if (general) return general;
  const name = item.includes(':') ? item.slice(item.indexOf(':') + 1) : item;
  const words = name.split('_');
  const label = words.join(' ').replace(/^./, (c) => c.toUpperCase());
  const listed = TOPIC_KEYWORDS[item];
  const keywords = listed ?? words.filter((w) => w.length >= 3 && !GENERIC_WORDS.has(w)).map((w) => (w.length > 6 ? w.slice(0, 6) : w));
  const shown = (listed ?? words).slice(0, 4).map((k) => k.replace(/\\/g, ''));
  return { label, pattern: stems(keywords.length ? keywords : [name]), reason: `no mention of ${shown.map((k) => `"${k}"`).join(' or ')}` };
}
