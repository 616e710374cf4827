/**
 * `npm run clauses:check`: validates every clause file and prints a report as JSON on stdout:
 * counts per topic, the PA-X codes in use (checked against the shipped codebook) and how the
 * variants fare against their own checklists once filled with sample values. Exits 1 with one line
 * per problem (file: field: message) on stderr.
 */
import path from 'node:path';
import { checklistReport } from './library-report';
import { CLAUSE_TOPICS } from './clause-terms';
import { PAX_SOURCE } from './pax-codes';
import { defaultLibraryDir, formatProblem, validateLibrary } from './validate-library';

const dir = process.argv[2] ?? defaultLibraryDir();
const { clauses, problems } = validateLibrary(dir);
const topics: Record<string, number> = {};
for (const topic of CLAUSE_TOPICS) topics[topic] = clauses.filter((c) => c.topic === topic).length;
const missingTopics = CLAUSE_TOPICS.filter((t) => topics[t] === 0);
for (const t of missingTopics) problems.push({ file: dir, field: 'topic', message: `no clause for topic "${t}"` });
const unknownCodes = problems.filter((p) => p.field.startsWith('pax_codes')).length;
const checklists = checklistReport(clauses, (c) => path.join(path.basename(dir), c.topic, `${c.id}.json`));
problems.push(...checklists.problems);
const report = {
  total: clauses.length,
  topics,
  paxCodes: {
    codebook: `${PAX_SOURCE.dataset} (peacerep/pax_guide@${PAX_SOURCE.commit.slice(0, 7)}, checked ${PAX_SOURCE.checked})`,
    used: new Set(clauses.flatMap((c) => c.pax_codes)).size,
    unknown: unknownCodes,
  },
  precedents: {
    clausesWithPrecedent: clauses.filter((c) => c.precedents.length > 0).length,
    clausesWithNoClosePrecedentNote: clauses.filter((c) => c.precedents.length === 0 && c.precedent_note).length,
    clausesWithNeither: clauses.filter((c) => c.precedents.length === 0 && !c.precedent_note).length,
    agreementsCited: new Set(clauses.flatMap((c) => c.precedents.map((p) => p.agreement))).size,
  },
  checklists: {
    standardFailing: checklists.standardFailing,
    maximalFailing: checklists.otherFailing.maximal,
    fallbackFailing: checklists.otherFailing.fallback,
  },
};
console.log(JSON.stringify(report, null, 2));
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} problem(s) in the clause library.`);
  process.exit(1);
}
