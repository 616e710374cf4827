import type { Clause } from '@/lib/clauses/schema';
import { VARIANTS } from '@/lib/clauses/clause-terms';
import { getClauseLibrary } from '@/lib/clauses/library';

/** English term → the French and Arabic renderings every translation of a text holding it uses. */
export type GlossaryEntry = [en: RegExp, fr: string, ar: string];

/**
 * The places where a translated variant lacks the glossary's rendering of a term its English text
 * uses, as "clause-id lang variant: term". `arabicForm` adapts the Arabic term to how it is written
 * in running text (e.g. without the article's alif after "لـ").
 */
export function glossaryMisses(clauses: readonly Clause[], glossary: readonly GlossaryEntry[], arabicForm = (ar: string) => ar): string[] {
  const off: string[] = [];
  for (const c of clauses) {
    for (const v of VARIANTS) {
      for (const [en, fr, ar] of glossary) {
        if (!en.test(c.variants[v].text)) continue;
        if (!c.translations?.fr?.variants[v].text.includes(fr)) off.push(`${c.id} fr ${v}: ${fr}`);
        if (!c.translations?.ar?.variants[v].text.includes(arabicForm(ar))) off.push(`${c.id} ar ${v}: ${ar}`);
      }
    }
  }
  return off;
}

/** The clause id the library's search ranks first for a query. */
export const firstHit = (q: string): string | undefined => getClauseLibrary().index.search({ q }).hits[0]?.id;
