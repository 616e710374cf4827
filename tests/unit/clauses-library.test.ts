import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { clauseInLanguage } from '@/lib/clauses/clause-in-language';
import { clauseToNode, splitParagraphs } from '@/lib/clauses/clause-to-doc';
import { CLAUSE_LANGUAGES, CLAUSE_TOPICS, VARIANTS } from '@/lib/clauses/clause-terms';
import { formatProblem, validateLibrary } from '@/lib/clauses/validate-library';
import { sharedExtensions } from '@/lib/editor/extensions';
import { DEMO_CONTEXT } from '../fixtures/clauses/sample-clauses';

describe('the real clause library', () => {
  const { clauses, problems } = validateLibrary();

  it('has no invalid file', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('has at least 140 clauses and covers every topic of the brief', () => {
    expect(clauses.length).toBeGreaterThanOrEqual(140);
    const topics = new Set(clauses.map((c) => c.topic));
    expect(CLAUSE_TOPICS.filter((t) => !topics.has(t))).toEqual([]);
  });

  it('turns every variant of every clause into a valid editor node', () => {
    const schema = getSchema(sharedExtensions());
    for (const clause of clauses) {
      for (const variant of VARIANTS) {
        const node = schema.nodeFromJSON(clauseToNode(clause, variant, DEMO_CONTEXT));
        expect(() => node.check(), `${clause.id} ${variant}`).not.toThrow();
      }
    }
  });

  it('ships French and Arabic working translations of every DDR and amnesty clause', () => {
    const covered = clauses.filter((c) => c.topic === 'ddr' || c.subtopic === 'amnesty');
    expect(covered.length).toBeGreaterThanOrEqual(19);
    const missing = covered.flatMap((c) => CLAUSE_LANGUAGES.filter((l) => !c.translations?.[l]).map((l) => `${c.id} ${l}`));
    expect(missing).toEqual([]);
  });

  it('keeps the paragraphs and lettered items of the English text in every translation', () => {
    const mismatched: string[] = [];
    for (const clause of clauses) {
      for (const lang of CLAUSE_LANGUAGES) {
        if (!clause.translations?.[lang]) continue;
        const translated = clauseInLanguage(clause, lang);
        for (const variant of VARIANTS) {
          const english = splitParagraphs(clause.variants[variant].text).length;
          const other = splitParagraphs(translated.variants[variant].text).length;
          if (english !== other) mismatched.push(`${clause.id} ${lang} ${variant}: ${english} paragraphs in English, ${other}`);
        }
      }
    }
    expect(mismatched).toEqual([]);
  });
});
