/**
 * `npm run clauses:check`: validates every clause file and prints counts per topic as JSON,
 * `{ "total": N, "topics": { ... } }`. Exits 1 with one line per problem (file: field: message).
 */
import { CLAUSE_TOPICS } from './schema';
import { defaultLibraryDir, formatProblem, validateLibrary } from './validate-library';

const dir = process.argv[2] ?? defaultLibraryDir();
const { clauses, problems } = validateLibrary(dir);
const topics: Record<string, number> = {};
for (const topic of CLAUSE_TOPICS) topics[topic] = clauses.filter((c) => c.topic === topic).length;
console.log(JSON.stringify({ total: clauses.length, topics }, null, 2));
const missingTopics = CLAUSE_TOPICS.filter((t) => topics[t] === 0);
for (const t of missingTopics) problems.push({ file: dir, field: 'topic', message: `no clause for topic "${t}"` });
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} problem(s) in the clause library.`);
  process.exit(1);
}
