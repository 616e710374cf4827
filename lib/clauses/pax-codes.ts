import codebook from './data/pax-codebook.json';

/** One coded provision variable of PA-X, e.g. `TjAmBan` (Amnesty prohibition, under `TjAm`). */
export interface PaxCode {
  code: string;
  label: string;
  /** The code or category it sits under (`TjAm`, `Tj` …); null for a top-level variable. */
  parent: string | null;
}

/** Where the list comes from (shown by `clauses:check` and the library page). */
export const PAX_SOURCE = {
  dataset: codebook.dataset,
  source: codebook.source,
  commit: codebook.sourceCommit,
  checked: codebook.sourceChecked,
} as const;

const CODES = new Map<string, PaxCode>(codebook.codes.map((c) => [c.code, c]));
const CATEGORIES = new Map<string, string>(codebook.categories.map((c) => [c.code, c.label]));

/** Every valid PA-X code, in codebook order. */
export const PAX_CODES: readonly PaxCode[] = codebook.codes;

/** "TjAmBan · Amnesty prohibition": the code with its label, for badges and tooltips. */
export function describePaxCode(code: string): string {
  const entry = CODES.get(code);
  return entry ? `${code} · ${entry.label}` : code;
}

/**
 * Why a code may not be used on a clause, or null when it is a coded PA-X variable. Names the
 * nearest valid codes for category headings (`Tj` → TjGen, TjAm …) and for known misspellings.
 */
export function paxCodeProblem(code: string): string | null {
  if (CODES.has(code)) return null;
  const category = CATEGORIES.get(code);
  if (category) {
    const children = codebook.codes.filter((c) => c.parent === code).map((c) => c.code);
    return `"${code}" is the PA-X category heading "${category}", not a coded variable: use one of ${children.join(', ')}`;
  }
  const caseless = codebook.codes.find((c) => c.code.toLowerCase() === code.toLowerCase());
  if (caseless) return `"${code}" is not a PA-X code; did you mean "${caseless.code}"?`;
  if (/^nhri$/i.test(code)) return '"NHRI" is not a PA-X code: national human rights institutions are coded HrNi (HrNiMe, HrNiNe, HrNiOth)';
  return `"${code}" is not a code of the PA-X codebook (${codebook.dataset})`;
}
