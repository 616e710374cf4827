import type { Clause } from './schema';
import { CLAUSE_LANGUAGES, type ClauseLanguage } from './clause-terms';

/** The languages a clause can be read in: English (the reference) and each working translation. */
export function clauseLanguages(clause: Clause): ('en' | ClauseLanguage)[] {
  return ['en', ...CLAUSE_LANGUAGES.filter((l) => clause.translations?.[l])];
}

/**
 * The clause with its title, summary and variant texts in `lang` (its working translation), or as
 * is for English or a language it has no translation in. Warnings, notes and metadata stay English.
 */
export function clauseInLanguage(clause: Clause, lang: string): Clause {
  const t = lang === 'en' ? undefined : clause.translations?.[lang as ClauseLanguage];
  if (!t) return clause;
  return {
    ...clause,
    title: t.title,
    summary: t.summary,
    variants: {
      maximal: { ...clause.variants.maximal, text: t.variants.maximal.text },
      standard: { ...clause.variants.standard, text: t.variants.standard.text },
      fallback: { ...clause.variants.fallback, text: t.variants.fallback.text },
    },
  };
}
