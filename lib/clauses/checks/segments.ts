/**
 * Splits clause text into the units the checklist reads: statements (a sentence, or a list item
 * joined to its lead-in, so "(e) sexual violence" is read as "The forces shall refrain from: sexual
 * violence") and, inside each, predicates — one per modal verb, with its subject, whether it is
 * negated and, for a passive, its agent. A check can then ask "who shall verify?" rather than "does
 * the word verify appear?".
 */

/** One obligation inside a statement: "<subject> shall [not] <predicate>". */
export interface Predicate {
  subject: string;
  modal: string;
  /** "shall not …", "No Party shall …", "Neither …", "in no case" … */
  negated: boolean;
  /** The text after the modal, up to the next obligation. */
  text: string;
  /** Passive voice ("shall be verified by X"): the phrase after "by", if any. */
  agent: string | null;
  passive: boolean;
}

export interface Statement {
  text: string;
  predicates: Predicate[];
  /** True when the statement contains at least one obligation (a modal with a verb). */
  operative: boolean;
}

/** Stands in for a field still to fill: it matches no word, digit or name. */
export const UNFILLED = '▢';

const ITEM = /^\(([a-z]{1,4}|\d{1,2})\)\s+/i;
const MODAL =
  /\b(shall|will|must|should|may|undertakes? to|agrees? to|commits? to|is to|are to|is required to|are required to|request|requests|invite|invites)\b/gi;
/** "political will", "May 2027": not modal verbs. */
const NOT_MODAL_BEFORE = /\b(?:political|good|free|popular|the|their|its|his|her|of)\s+$/i;
const NEGATED_AFTER = /^\s*(?:not|never|in no (?:case|event)|under no circumstances|no longer)\b/i;
const NEGATED_SUBJECT = /^(?:no|neither|nothing|none|nobody)\b(?!\s+(?:later|fewer|less|more)\s+than\b)/i;
const PRONOUN_SUBJECT = /^(?:which|who|that|it|they|he or she|this|these)$/i;

/** Text with unfilled placeholders replaced by {@link UNFILLED}, so "{N_DAYS} days" is no deadline yet. */
export function blankPlaceholders(text: string): string {
  return text.replace(/\{[A-Z][A-Z0-9_]*\}/g, UNFILLED);
}

/** Sentences of a paragraph: split after . ! ? before a capital or "(", never inside "e.g." or "No." */
function sentences(paragraph: string): string[] {
  return paragraph
    .replace(/\b(e\.g|i\.e|No|Art|para|cf)\.\s/g, '$1\u2024 ')
    .split(/(?<=[.!?])\s+(?=[A-Z(“"]|the\s)/)
    .map((s) => s.replace(/\u2024/g, '.').trim())
    .filter(Boolean);
}

/** Where the clause that contains position `at` starts: after ; or : or ", and" / ", but" / ", which". */
function clauseStart(text: string, at: number): number {
  const head = text.slice(0, at);
  let start = 0;
  for (const m of head.matchAll(/[;:]\s*|,\s+(?:and|but|or|while|whereas|which|who)\s+|\bwhere\s+|\bunless\s+|\bif\s+/g))
    start = m.index + m[0].length;
  return start;
}

/** The obligations of one statement, in order. */
export function predicatesOf(statement: string): Predicate[] {
  const modals = [...statement.matchAll(MODAL)].filter((m) => {
    if (m[1]!.toLowerCase() === 'will' && NOT_MODAL_BEFORE.test(statement.slice(0, m.index))) return false;
    if (m[1]!.toLowerCase() === 'may' && /^\s+\d/.test(statement.slice(m.index + 3))) return false;
    return true;
  });
  const endOf = (i: number) => modals[i]!.index + modals[i]![0].length;
  // "X shall verify A, may inspect B, and shall report": later modals share X (ellipsis).
  const elliptical = modals.map((m, i) => i > 0 && clauseStart(statement, m.index) <= endOf(i - 1));
  const predicates: Predicate[] = [];
  modals.forEach((m, i) => {
    let subject: string;
    if (elliptical[i]) subject = predicates[i - 1]!.subject;
    else {
      const from = clauseStart(statement, m.index);
      subject = statement
        .slice(Math.max(from, i === 0 ? 0 : endOf(i - 1)), m.index)
        .trim()
        .replace(/^(?:and|or|but)\s+/i, '');
      const relative = /,\s*(?:which|who)\s*$/i.test(statement.slice(0, from));
      if (relative && (!subject || PRONOUN_SUBJECT.test(subject))) {
        // "… to the Commission, which shall decide": the subject is the noun before the comma.
        subject = statement
          .slice(i === 0 ? 0 : endOf(i - 1), from)
          .replace(/,\s*(?:which|who)\s*$/i, '')
          .split(/\s+/)
          .slice(-8)
          .join(' ');
      } else if (!subject && i > 0) subject = predicates[i - 1]!.subject; // ", and shall report"
    }
    let end = statement.length;
    if (i + 1 < modals.length) {
      const next = modals[i + 1]!.index;
      if (elliptical[i + 1]) {
        const comma = statement.lastIndexOf(',', next);
        end = comma > endOf(i) ? comma : next;
      } else end = Math.max(clauseStart(statement, next), endOf(i));
    }
    const text = statement.slice(endOf(i), end).trim();
    const passive = /^(?:not\s+)?be\s+\w+(?:ed|en|wn|ld|ht|id|ne|nt)\b/i.test(text);
    const agent = passive ? (text.match(/\bby\s+([^,;.]+)/i)?.[1]?.trim() ?? null) : null;
    const lastPart = subject.split(',').at(-1)!.trim();
    const negated = NEGATED_AFTER.test(text) || NEGATED_SUBJECT.test(subject) || NEGATED_SUBJECT.test(lastPart);
    predicates.push({ subject, modal: m[1]!.toLowerCase(), negated, text, agent, passive });
  });
  return predicates;
}

/**
 * The statements of a clause text: each sentence of each paragraph, and each list item joined to
 * the last sentence of its lead-in paragraph ("Each Party shall: (a) …").
 */
export function statementsOf(text: string): Statement[] {
  const out: Statement[] = [];
  let leadIn = '';
  for (const raw of blankPlaceholders(text).split(/\n+/)) {
    const paragraph = raw.trim();
    if (!paragraph) continue;
    const item = ITEM.exec(paragraph);
    // "Each Party shall: (a) grant …" reads "Each Party shall grant …"; "as follows: (a) the Board shall …" keeps its colon.
    const joint = /\b(?:shall|will|must|should|may|to|not)\s*:\s*$/i.test(leadIn)
      ? leadIn.replace(/\s*:\s*$/, '')
      : leadIn.replace(/\s+$/, '');
    const parts = item ? [`${joint} ${paragraph.slice(item[0].length)}`.trim()] : sentences(paragraph);
    if (!item) leadIn = parts.at(-1) ?? '';
    for (const part of parts) {
      const predicates = predicatesOf(part);
      out.push({ text: part, predicates, operative: predicates.some((p) => /\w/.test(p.text)) });
    }
  }
  return out;
}
