import type { Clause } from './schema';
import { buildSearchIndex, type ClauseSearchIndex } from './search-index';
import { buildTopicTree, type TopicNode } from './topic-tree';
import { defaultLibraryDir, formatProblem, validateLibrary } from './validate-library';
import { processShared } from '@/lib/process-shared';

/** The loaded, validated library with its search index, shared by pages and route handlers. */
export interface ClauseLibrary {
  clauses: readonly Clause[];
  byId: ReadonlyMap<string, Clause>;
  index: ClauseSearchIndex;
  tree: TopicNode[];
  paxCodes: string[];
  tags: string[];
}

/** Thrown when a clause file is invalid; the message lists every problem by file and field. */
export class ClauseLibraryError extends Error {
  constructor(readonly problems: string[]) {
    super(`The clause library has ${problems.length} problem(s); run npm run clauses:check.\n${problems.join('\n')}`);
    this.name = 'ClauseLibraryError';
  }
}

/** Builds a library from already-validated clauses (also used by tests and the bench). */
export function buildClauseLibrary(clauses: readonly Clause[]): ClauseLibrary {
  const uniqueSorted = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  return {
    clauses,
    byId: new Map(clauses.map((c) => [c.id, c])),
    index: buildSearchIndex(clauses),
    tree: buildTopicTree(clauses),
    paxCodes: uniqueSorted(clauses.flatMap((c) => c.pax_codes)),
    tags: uniqueSorted(clauses.flatMap((c) => c.tags)),
  };
}

/**
 * Reads and validates every clause file once per process, then serves it from memory.
 * Kept in lib/process-shared.ts because Next loads separate copies of modules.
 * @throws ClauseLibraryError when any file is invalid (nothing half-loaded is cached).
 */
export function getClauseLibrary(): ClauseLibrary {
  const shared = processShared();
  if (shared.clauseLibrary) return shared.clauseLibrary;
  const { clauses, problems } = validateLibrary(defaultLibraryDir());
  if (problems.length > 0) throw new ClauseLibraryError(problems.map(formatProblem));
  return (shared.clauseLibrary = buildClauseLibrary(clauses));
}
