/** Typed fields a clause may contain, written `{NAME}` (clause-library/README.md). */
export const PLACEHOLDER_NAMES = [
  'PARTY_A',
  'PARTY_B',
  'DATE',
  'TIME',
  'N_DAYS',
  'N_MONTHS',
  'N',
  'PERCENT',
  'BODY',
  'LOCATION',
  'FUNDER',
  'MISSION',
  'AUTHORITY',
  'LAW',
  'DISTANCE_KM',
] as const;
export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];

/** Any `{UPPER_SNAKE}` token, allowed or not (validation reports the unknown ones). */
export const PLACEHOLDER_PATTERN = /\{([A-Z][A-Z0-9_]*)\}/g;

/** A piece of clause text: plain text, or a placeholder still to be filled. */
export type TextSegment = { type: 'text'; text: string } | { type: 'placeholder'; name: string };

/** True for a name in PLACEHOLDER_NAMES. */
export function isPlaceholderName(name: string): name is PlaceholderName {
  return (PLACEHOLDER_NAMES as readonly string[]).includes(name);
}

/** Every placeholder name used in a text, in order of first appearance. */
export function listPlaceholders(text: string): string[] {
  const seen = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) seen.add(match[1]!);
  return [...seen];
}

/**
 * Splits text into plain runs and placeholders, replacing the placeholders that have a value
 * (e.g. `{ PARTY_A: 'Government of Arandia' }`). Adjacent text runs are merged.
 */
export function fillPlaceholders(text: string, values: Partial<Record<string, string>> = {}): TextSegment[] {
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

/** Party names by position: the first party fills {PARTY_A}, the second {PARTY_B}. */
export function partyValues(parties: readonly { name: string }[]): Record<string, string> {
  const values: Record<string, string> = {};
  if (parties[0]) values.PARTY_A = parties[0].name;
  if (parties[1]) values.PARTY_B = parties[1].name;
  return values;
}
