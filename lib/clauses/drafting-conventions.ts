import { isPlaceholderName, PLACEHOLDER_PATTERN, PLACEHOLDERS, type PlaceholderSpec } from './placeholders';

/**
 * The library's house conventions for clause text, checked on every variant by `clauses:check`
 * (clause-library/README.md). Each returns messages a writer can act on; an empty list is clean.
 */

/** Placeholder names that existed before parties had roles, with what replaces them. */
const RETIRED: Record<string, string> = {
  PARTY_A: 'use {GOVERNMENT} (or {MOVEMENT}, {PARTY_C}, {THIRD_STATE}): placeholders name a role, not a position',
  PARTY_B: 'use {MOVEMENT} (or {GOVERNMENT}, {PARTY_C}, {THIRD_STATE}): placeholders name a role, not a position',
};

/** Unknown or retired placeholders, and malformed braces. */
export function placeholderProblems(text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    const name = match[1]!;
    if (RETIRED[name]) problems.push(`{${name}} is retired: ${RETIRED[name]}`);
    else if (!isPlaceholderName(name)) problems.push(`unknown placeholder {${name}}`);
  }
  if (/\{(?![A-Z][A-Z0-9_]*\})/.test(text)) problems.push('malformed placeholder: use {UPPER_SNAKE}');
  return problems;
}

/** A measured placeholder must be followed by its unit: "within {N_DAYS} days", never "within {N_DAYS} of". */
export function unitProblems(text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    const name = match[1]!;
    if (!isPlaceholderName(name)) continue;
    const spec: PlaceholderSpec = PLACEHOLDERS[name];
    if (!spec.unit) continue;
    const after = text.slice(match.index + match[0].length);
    if (!spec.unit.some((u) => after.startsWith(` ${u}`) && !/^[A-Za-z]/.test(after.slice(u.length + 1)))) {
      const near = text.slice(Math.max(0, match.index - 20), match.index + match[0].length + 20).replace(/\s+/g, ' ');
      problems.push(`{${name}} must be followed by "${spec.unit[0]}" (the unit stays outside the field): "…${near}…"`);
    }
  }
  return problems;
}

/**
 * "the Parties" is a defined term: lower-case "the parties", "each party", "either party" … are
 * flagged. Political parties, third parties and the parties to the conflict (an IHL term) are not.
 */
export function definedTermProblems(text: string): string[] {
  const problems: string[] = [];
  const pattern =
    /\b(?:the|both|each|either|neither|all|any|one|a|the other|no other|other) (part(?:y|ies))\b(?! to (?:the|an?) (?:armed )?conflict)/gi;
  for (const match of text.matchAll(pattern)) {
    if (!/^p/.test(match[1]!)) continue; // already "Party" / "Parties"
    const quoted = match[0];
    problems.push(`"${quoted}": "the Parties" is a defined term; write "${quoted.replace(/part(y|ies)$/, (_, e: string) => `Part${e}`)}"`);
  }
  return problems;
}

/** Annexes are named by subject ("the annex on maps"), never by a number the final text may change. */
export function annexProblems(text: string): string[] {
  return [...text.matchAll(/\bAnnex(?:es|ure)?\s+(?:[0-9]+|[IVXLC]+|[A-Z])\b/g)].map(
    (m) => `"${m[0]}": do not hard-code annex numbers; refer to "the annex on …" so the text survives renumbering`,
  );
}

/** Deadlines run from {DAY_ZERO}, chosen per negotiation, not from a hard-coded signature or entry into force. */
export function dayZeroProblems(text: string): string[] {
  // "30 days of the entry into force of {LAW}" is another event and stays; only this Agreement's own day is fixed.
  const pattern =
    /\b(?:hours?|days?|weeks?|months?|years?)\s+(?:of|after|from|following)\s+(?:the\s+|its\s+)?(?:signature|signing|entry into force)(?:\s+of\s+this\s+Agreement|(?!\s+of\b))/gi;
  return [...text.matchAll(pattern)].map(
    (m) => `"${m[0]}": deadlines run from {DAY_ZERO} (signature or entry into force, chosen per negotiation)`,
  );
}

/** Every convention problem of one variant's text. */
export function draftingProblems(text: string): string[] {
  return [
    ...placeholderProblems(text),
    ...unitProblems(text),
    ...definedTermProblems(text),
    ...annexProblems(text),
    ...dayZeroProblems(text),
  ];
}
