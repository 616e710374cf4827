/**
 * Bodies an agreement creates are capitalised defined terms ("the Joint Implementation
 * Commission"). A clause may name one only if it establishes it (`defines`) or lists the clause
 * that does in `requires`; `clauses:check` reports any other name, so no clause points at a
 * commission that no clause creates.
 */

/** Institutions that exist outside any agreement and need no defining clause. */
export const EXTERNAL_BODIES: readonly string[] = [
  'Security Council',
  'General Assembly',
  'Secretary-General',
  'International Criminal Court',
  'International Committee of the Red Cross',
  'Human Rights Council',
  'Peacebuilding Fund',
  'Peacebuilding Commission',
  'Office of the United Nations High Commissioner for Human Rights',
  'United Nations Mine Action Service',
  'African Union Commission',
  'Peace and Security Council',
];

const HEADS =
  'Commission|Committee|Council|Court|Tribunal|Mechanism|Board|Fund|Authority|Unit|Panel|Centre|Secretariat|Chamber|Forum|Agency|Corps';
/** "the Ceasefire Monitoring Commission", "the Commission for Truth and Reconciliation" … */
const NAME = new RegExp(
  `\\b((?:[A-Z][\\w'’-]*\\s+)+(?:(?:of|for|on|and|the)\\s+(?:[A-Z][\\w'’-]*\\s+)*)?(?:${HEADS})(?:\\s+(?:of|for|on)\\s+(?:the\\s+)?(?:[A-Z][\\w'’-]*)(?:\\s+(?:and\\s+)?[A-Z][\\w'’-]*)*)?)\\b`,
  'g',
);

/** Capitalised institution names in a text (placeholders removed first), without a leading article. */
export function bodyNames(text: string): string[] {
  const plain = text.replace(/\{[A-Z_]+\}/g, ' ');
  const names = new Set<string>();
  for (const match of plain.matchAll(NAME)) {
    let name = match[1]!.replace(/^(?:The|A|An|Each|Any|This|That|Its|No)\s+/, '').trim();
    // "Only the Joint Implementation Commission": a capitalised word before "the" opens the sentence.
    const article = name.search(/\bthe\s/);
    if (article >= 0 && article < name.search(new RegExp(`\\b(?:${HEADS})\\b`))) name = name.slice(article + 4);
    if (!/\s/.test(name)) continue; // a bare "Commission" is a short form, checked by shortForms
    if (
      name
        .split(/\s+/)[0]!
        .match(
          /^(?:Within|Pending|Before|After|Where|Until|Once|During|If|Upon|Under|From|By|Members?|Each|Any|All|Every|Such|Neither|Either)$/,
        )
    )
      continue;
    names.add(name);
  }
  return [...names];
}

/** True when `name` is (or ends with) an institution outside the agreement, e.g. "Security Council of the United Nations". */
export function isExternalBody(name: string): boolean {
  return EXTERNAL_BODIES.some((b) => name === b || name.startsWith(`${b} `) || name.endsWith(` ${b}`) || name.includes(`${b} of`));
}

/** The head noun of a defined body: "Joint Implementation Commission" → "Commission". */
export function headNoun(name: string): string {
  return name.match(new RegExp(`\\b(${HEADS})\\b`))?.[1] ?? name.split(/\s+/).at(-1)!;
}

/** Short back-references such as "the Commission" or "the Court", which need a body of that kind in scope. */
export function shortForms(text: string): string[] {
  return [...new Set([...text.matchAll(new RegExp(`\\b[Tt]he (${HEADS})\\b(?!\\s+(?:of|for|on)\\b)`, 'g'))].map((m) => m[1]!))];
}
