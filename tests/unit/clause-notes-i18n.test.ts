import { describe, expect, it } from 'vitest';
import { clauseInLanguage, noteLanguages } from '@/lib/clauses/clause-in-language';
import { getClauseLibrary } from '@/lib/clauses/library';

const translated = getClauseLibrary().clauses.filter((c) => c.translations);

describe('drafting notes of the translated clauses', () => {
  it('covers the ceasefire, DDR and amnesty clauses that ship French and Arabic', () => {
    expect(translated.length).toBeGreaterThanOrEqual(37);
    expect(new Set(translated.map((c) => c.topic))).toEqual(new Set(['ceasefire', 'ddr', 'transitional-justice']));
  });

  for (const lang of ['fr', 'ar'] as const) {
    it(`gives each one its note in ${lang === 'fr' ? 'French' : 'Arabic'}, shown with the clause in that language`, () => {
      for (const clause of translated) {
        const note = clause.translations?.[lang]?.drafting_note;
        expect(note, clause.id).toBeTruthy();
        expect(note).not.toBe(clause.drafting_note);
        expect(clauseInLanguage(clause, lang).drafting_note).toBe(note);
        expect(noteLanguages(clause, lang).draftingNote).toBe(lang);
        // Arabic: Latin script only for clause ids and codes (PA-X CeGen), never for a sentence.
        if (lang === 'ar') expect(note!.replace(/\b[a-z]+(?:-[a-z]+)+\b|PA-X \w+/g, ''), clause.id).not.toMatch(/[A-Za-z]{3,}/);
        // French keeps the clause ids the English note names.
        for (const id of clause.drafting_note.match(/\b[a-z]+(?:-[a-z]+){2,}\b/g) ?? []) expect(note, clause.id).toContain(id);
      }
    });
  }
});
