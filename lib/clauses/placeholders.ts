import type { ClauseLanguage } from './clause-terms';
import { joinValues } from './join-values';
import { negotiationValues, type NegotiationContext } from './negotiation-values';
import { TRANSLATED_SAMPLES } from './placeholder-samples';

/** How a placeholder is filled: from the parties' roles, from the negotiation, or typed by a drafter. */
export type PlaceholderSource = 'role' | 'negotiation' | 'typed';

export interface PlaceholderSpec {
  source: PlaceholderSource;
  /** Shown in prompts and tooltips. */
  description: string;
  /** The word that must follow the field in clause text ("within {N_DAYS} days"). */
  unit?: readonly string[];
  /** A realistic value, used by `clauses:check` to fill a variant before checking it. */
  sample: string;
}

/**
 * Every placeholder a clause may contain (clause-library/README.md). Units stay outside the
 * field, so a filled clause never reads "within 30 of" or "30 days days".
 */
export const PLACEHOLDERS = {
  GOVERNMENT: { source: 'role', description: 'the government party', sample: 'the Government of Arandia' },
  MOVEMENT: { source: 'role', description: 'the armed movement party', sample: 'the Arandian People’s Movement' },
  PARTY_C: {
    source: 'role',
    description: 'another signatory party (a second movement or other signatory)',
    sample: 'the Southern Liberation Front',
  },
  THIRD_STATE: { source: 'role', description: 'a third state that signs as a party', sample: 'the Republic of Belmar' },
  DAY_ZERO: {
    source: 'negotiation',
    description: 'the event deadlines run from (signature or entry into force, chosen for the negotiation)',
    sample: 'the signature of this Agreement',
  },
  DATE: { source: 'typed', description: 'a date, e.g. 1 March 2027', sample: '1 March 2027' },
  TIME: { source: 'typed', description: 'a time of day, 24-hour clock', sample: '06:00' },
  N_HOURS: { source: 'typed', description: 'a number of hours', unit: ['hours', 'hour'], sample: '72' },
  N_DAYS: { source: 'typed', description: 'a number of days', unit: ['days', 'day'], sample: '30' },
  N_WEEKS: { source: 'typed', description: 'a number of weeks', unit: ['weeks', 'week'], sample: '6' },
  N_MONTHS: { source: 'typed', description: 'a number of months', unit: ['months', 'month'], sample: '6' },
  N_YEARS: { source: 'typed', description: 'a number of years', unit: ['years', 'year'], sample: '5' },
  N: { source: 'typed', description: 'a number', sample: '12' },
  PERCENT: { source: 'typed', description: 'a percentage', unit: ['per cent'], sample: '30' },
  DISTANCE_KM: { source: 'typed', description: 'a distance in kilometres', unit: ['kilometres', 'kilometre'], sample: '5' },
  BODY: { source: 'typed', description: 'a named institution', sample: 'the Independent Monitoring Board' },
  LOCATION: { source: 'typed', description: 'a place', sample: 'Tamara district' },
  FUNDER: { source: 'typed', description: 'a named funder', sample: 'the Peacebuilding Fund of the United Nations' },
  MISSION: { source: 'typed', description: 'an international mission', sample: 'the United Nations Verification Mission in Arandia' },
  AUTHORITY: {
    source: 'typed',
    description: 'an authorising body, e.g. the Security Council of the United Nations',
    sample: 'the Security Council of the United Nations',
  },
  LAW: { source: 'typed', description: 'a named statute', sample: 'the Peace Implementation Act' },
} as const satisfies Record<string, PlaceholderSpec>;

export type PlaceholderName = keyof typeof PLACEHOLDERS;
export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as PlaceholderName[];

/** Any `{UPPER_SNAKE}` token, allowed or not (validation reports the unknown ones). */
export const PLACEHOLDER_PATTERN = /\{([A-Z][A-Z0-9_]*)\}/g;

/** A piece of clause text: plain text, or a placeholder still to be filled. */
export type TextSegment = { type: 'text'; text: string } | { type: 'placeholder'; name: string };

/** True for a name in PLACEHOLDERS. */
export function isPlaceholderName(name: string): name is PlaceholderName {
  return Object.hasOwn(PLACEHOLDERS, name);
}

/** Every placeholder name used in a text, in order of first appearance. */
export function listPlaceholders(text: string): string[] {
  const seen = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) seen.add(match[1]!);
  return [...seen];
}

/**
 * Splits text into plain runs and placeholders, replacing the placeholders that have a value
 * (e.g. `{ GOVERNMENT: 'the Government of Arandia' }`). Adjacent text runs are merged. `lang` is
 * the text's language, which decides how a value joins the word before it (joinValues).
 */
export function fillPlaceholders(text: string, values: Partial<Record<string, string>> = {}, lang = 'en'): TextSegment[] {
  text = joinValues(text, values, lang);
  const segments: TextSegment[] = [];
  const pushText = (value: string) => {
    if (!value) return;
    const last = segments.at(-1);
    if (last?.type === 'text') last.text += value;
    else segments.push({ type: 'text', text: value });
  };
  let cursor = 0;
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    pushText(text.slice(cursor, match.index));
    const name = match[1]!;
    const value = values[name];
    if (value) pushText(value);
    else segments.push({ type: 'placeholder', name });
    cursor = match.index + match[0].length;
  }
  pushText(text.slice(cursor));
  return segments;
}

/**
 * Text with every placeholder replaced by its value; unfilled ones stay as `{NAME}`. A value that
 * opens a sentence or a paragraph is capitalised ("the Board shall …" → "The Board shall …").
 */
export function fillText(text: string, values: Partial<Record<string, string>>, lang = 'en'): string {
  text = joinValues(text, values, lang);
  const sentenceStart = /(?:^|\n\s*|[.!?]\s+)\{([A-Z][A-Z0-9_]*)\}/g;
  const capitalised = text.replace(sentenceStart, (m, name: string) => {
    const value = values[name];
    return value ? m.replace(`{${name}}`, value.charAt(0).toUpperCase() + value.slice(1)) : m;
  });
  return fillPlaceholders(capitalised, values, lang)
    .map((s) => (s.type === 'text' ? s.text : `{${s.name}}`))
    .join('');
}

/** A role or day-zero placeholder a text needs but the negotiation cannot fill, with a prompt. */
export interface UnfilledRole {
  name: string;
  message: string;
}

/**
 * The role and day-zero placeholders of `text` that the negotiation leaves unfilled, each with a
 * sentence a drafter can act on (the field is inserted as a field to fill).
 */
export function unfilledRoles(text: string, context: NegotiationContext): UnfilledRole[] {
  const values = negotiationValues(context);
  return listPlaceholders(text)
    .filter((name) => isPlaceholderName(name) && PLACEHOLDERS[name].source !== 'typed' && !values[name])
    .map((name) => {
      const spec = PLACEHOLDERS[name as PlaceholderName];
      const message =
        spec.source === 'negotiation'
          ? `{${name}} (${spec.description}) is not set for this negotiation; it stays a field to fill.`
          : `This clause binds {${name}}, ${spec.description}, but no party at this table has that role. It stays a field to fill: name the party it should bind, or remove the obligation.`;
      return { name, message };
    });
}

/**
 * Sample values for every placeholder: `clauses:check` fills variants with them before checking,
 * and the translation tests fill each working translation with those of its language.
 */
export function sampleValues(lang: 'en' | ClauseLanguage = 'en'): Record<string, string> {
  if (lang !== 'en') return { ...TRANSLATED_SAMPLES[lang] };
  return Object.fromEntries(PLACEHOLDER_NAMES.map((n) => [n, PLACEHOLDERS[n].sample]));
}
