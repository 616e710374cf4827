/**
 * A finding of the checks as a stable catalogue key with its values, so that the browser can say
 * it in the reader's language (messages/*.json, namespace `findings`). The checks also keep their
 * English sentence (`message`/`detail`) for the command-line report and the logs; a unit test
 * keeps the English catalogue rendering identical to it.
 */
export interface Finding {
  /** Key under `findings`, e.g. "reason.deadlineVague" or "doc.requiresOne". */
  key: string;
  /** Values spliced in as they are: quotes of the draft's own text, counts, clause ids. */
  values?: Record<string, string | number>;
  /** Values that are findings themselves (a check's label, the reason it failed), said first. */
  refs?: Record<string, Finding>;
  /** Values that are lists of findings (the crimes left out, the fields to fill), joined. */
  lists?: Record<string, Finding[]>;
}

/**
 * Text the clause library gives in several languages (a variant's warning, a clause's title): its
 * values are the text by language code, English always.
 */
export const LIBRARY_TEXT = 'libraryText';

/** The catalogue path of a checklist item: `ceasefire:maps` → `ceasefire.maps`, `deadline` → `deadline`. */
export const itemPath = (item: string) => item.replace(':', '.');

export type FindingTranslator = (key: string, values?: Record<string, string | number>) => string;

/** How a list reads in a language: Arabic separates with its own comma. */
export const listSeparator = (locale: string) => (locale === 'ar' ? '، ' : ', ');

/**
 * A finding said through a translator of the `findings` namespace (next-intl's `t`, or
 * `createTranslator` on the server and in tests). Library text is taken in `locale` when the clause
 * library has it, else in English.
 */
export function renderFinding(t: FindingTranslator, finding: Finding, locale: string): string {
  if (finding.key === LIBRARY_TEXT) return String(finding.values?.[locale] ?? finding.values?.en ?? '');
  const values: Record<string, string | number> = { ...finding.values };
  for (const [name, ref] of Object.entries(finding.refs ?? {})) values[name] = renderFinding(t, ref, locale);
  for (const [name, list] of Object.entries(finding.lists ?? {}))
    values[name] = list.map((f) => renderFinding(t, f, locale)).join(listSeparator(locale));
  return t(finding.key, values);
}

/** The language a rendered finding is in: library text with no translation stays English. */
export function findingLanguage(finding: Finding, locale: string): string {
  return finding.key === LIBRARY_TEXT && finding.values?.[locale] === undefined ? 'en' : locale;
}
