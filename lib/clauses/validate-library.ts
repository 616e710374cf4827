import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { zClause, type Clause } from './schema';

/** One problem in one file, naming the field so a writer can fix it. */
export interface ClauseProblem {
  file: string;
  field: string;
  message: string;
}

export interface ValidatedLibrary {
  clauses: Clause[];
  problems: ClauseProblem[];
}

/** The clause-library folder of this checkout (the server and the CLI run from the repo root). */
export function defaultLibraryDir(): string {
  return process.env.CLAUSE_LIBRARY_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), 'clause-library');
}

/** Renders a problem as one line: `file: field: message`. */
export function formatProblem(p: ClauseProblem): string {
  return `${p.file}: ${p.field}: ${p.message}`;
}

/**
 * Parses and checks one file's text against zClause. `file` is the path shown in messages.
 * Returns the clause or the problems, never throws.
 */
export function parseClauseFile(file: string, text: string): { clause?: Clause; problems: ClauseProblem[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { problems: [{ file, field: '(file)', message: `not valid JSON: ${(err as Error).message}` }] };
  }
  const parsed = zClause.safeParse(raw);
  if (parsed.success) return { clause: parsed.data, problems: [] };
  return {
    problems: parsed.error.issues.map((issue) => ({
      file,
      field: issue.path.length ? issue.path.join('.') : '(root)',
      message: issue.message,
    })),
  };
}

/**
 * Reads every `<topic>/<id>.json` under `dir` and checks it: the schema, unique ids, topic equal
 * to the folder, file name equal to the id, and every `related` id existing.
 */
export function validateLibrary(dir = defaultLibraryDir()): ValidatedLibrary {
  const clauses: Clause[] = [];
  const problems: ClauseProblem[] = [];
  const firstFile = new Map<string, string>();
  const fileOf = new Map<Clause, string>();
  // Runtime data, not modules: the turbopackIgnore comments keep Next's file tracer from
  // following these reads through the whole project.
  const isFolder = (name: string) => {
    const full = path.join(dir, name);
    return statSync(/* turbopackIgnore: true */ full).isDirectory();
  };
  const folders = readdirSync(/* turbopackIgnore: true */ dir).filter(isFolder).sort();
  for (const folder of folders) {
    const folderPath = path.join(dir, folder);
    const names = readdirSync(/* turbopackIgnore: true */ folderPath).filter((n) => n.endsWith('.json')).sort();
    for (const name of names) {
      const file = path.join(path.basename(dir), folder, name);
      const fullPath = path.join(folderPath, name);
      const { clause, problems: found } = parseClauseFile(file, readFileSync(/* turbopackIgnore: true */ fullPath, 'utf8'));
      problems.push(...found);
      if (!clause) continue;
      if (clause.topic !== folder) problems.push({ file, field: 'topic', message: `"${clause.topic}" does not match its folder "${folder}"` });
      if (`${clause.id}.json` !== name) problems.push({ file, field: 'id', message: `"${clause.id}" does not match the file name` });
      const earlier = firstFile.get(clause.id);
      if (earlier) {
        problems.push({ file, field: 'id', message: `duplicate id "${clause.id}" (also in ${earlier})` });
        continue;
      }
      firstFile.set(clause.id, file);
      fileOf.set(clause, file);
      clauses.push(clause);
    }
  }
  for (const clause of clauses) {
    clause.related.forEach((id, i) => {
      if (!firstFile.has(id)) problems.push({ file: fileOf.get(clause)!, field: `related.${i}`, message: `unknown clause id "${id}"` });
      if (id === clause.id) problems.push({ file: fileOf.get(clause)!, field: `related.${i}`, message: 'a clause cannot relate to itself' });
    });
  }
  return { clauses, problems };
}
