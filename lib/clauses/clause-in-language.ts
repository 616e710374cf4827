import type { Clause } from './schema';
import { CLAUSE_LANGUAGES, VARIANTS, type ClauseLanguage, type ClauseVariant } from './clause-terms';

/** The languages a clause can be read in: English (the reference) and each working translation. */
export function clauseLanguages(clause: Clause): ('en' | ClauseLanguage)[] {
  return ['en', ...CLAUSE_LANGUAGES.filter((l) => clause.translations?.[l])];
}

/** The language each note of a clause is shown in: the one asked for where translated, else English. */
export interface NoteLanguages {
  draftingNote: string;
  warnings: Record<ClauseVariant, string>;
}

function translationOf(clause: Clause, lang: string) {
  return lang === 'en' ? undefined : clause.translations?.[lang as ClauseLanguage];
}

/**
 * The clause with its title, summary, variant texts, warnings and drafting note in `lang` (its
 * working translation), or as is for English or a language it has no translation in. A warning or
 * note without a translation stays English (noteLanguages says which); metadata stays English.
 */
export function clauseInLanguage(clause: Clause, lang: string): Clause {
  const t = translationOf(clause, lang);
  if (!t) return clause;
  const variant = (v: ClauseVariant) => {
    const english = clause.variants[v];
    const message = t.variants[v].warning?.message;
    return { ...english, text: t.variants[v].text, ...(english.warning && message ? { warning: { ...english.warning, message } } : {}) };
  };
  return {
    ...clause,
    title: t.title,
    summary: t.summary,
    drafting_note: t.drafting_note ?? clause.drafting_note,
    variants: { maximal: variant('maximal'), standard: variant('standard'), fallback: variant('fallback') },
  };
}

/** Which language clauseInLanguage(clause, lang) shows each note in, so the UI can mark English ones. */
export function noteLanguages(clause: Clause, lang: string): NoteLanguages {
  const t = translationOf(clause, lang);
  const warnings = Object.fromEntries(VARIANTS.map((v) => [v, t?.variants[v].warning ? lang : 'en'])) as Record<ClauseVariant, string>;
  return { draftingNote: t?.drafting_note ? lang : 'en', warnings };
}
