import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { clauseToNode } from '@/lib/clauses/clause-to-doc';
import { CLAUSE_TOPICS, VARIANTS } from '@/lib/clauses/clause-terms';
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
});
