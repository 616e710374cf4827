import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { bodyNames, headNoun, isExternalBody, shortForms } from './defined-bodies';
import { zClause, type Clause } from './schema';
import { VARIANTS } from './clause-terms';

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
    const names = readdirSync(/* turbopackIgnore: true */ folderPath)
      .filter((n) => n.endsWith('.json'))
      .sort();
    for (const name of names) {
      const file = path.join(path.basename(dir), folder, name);
      const fullPath = path.join(folderPath, name);
      const { clause, problems: found } = parseClauseFile(file, readFileSync(/* turbopackIgnore: true */ fullPath, 'utf8'));
      problems.push(...found);
      if (!clause) continue;
      if (clause.topic !== folder)
        problems.push({ file, field: 'topic', message: `"${clause.topic}" does not match its folder "${folder}"` });
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
  problems.push(...crossReferenceProblems(clauses, (c) => fileOf.get(c)!));
  return { clauses, problems };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Links between clauses: `related`, `requires` and `alternatives` name existing clauses (and
 * alternatives name each other); every defined term a clause uses is established by itself or by
 * a clause in its `requires`; no clause names a body that no clause establishes.
 */
export function crossReferenceProblems(clauses: readonly Clause[], fileOf: (c: Clause) => string): ClauseProblem[] {
  const problems: ClauseProblem[] = [];
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const definer = new Map<string, Clause>();
  for (const clause of clauses) {
    for (const field of ['related', 'requires', 'alternatives'] as const) {
      clause[field].forEach((id, i) => {
        const at = { file: fileOf(clause), field: `${field}.${i}` };
        if (!byId.has(id)) problems.push({ ...at, message: `unknown clause id "${id}"` });
        else if (id === clause.id) problems.push({ ...at, message: `a clause cannot list itself in ${field}` });
        else if (field === 'alternatives' && !byId.get(id)!.alternatives.includes(clause.id))
          problems.push({ ...at, message: `"${id}" must list "${clause.id}" among its alternatives too` });
      });
    }
    clause.defines.forEach((term, i) => {
      const earlier = definer.get(term);
      if (earlier)
        problems.push({
          file: fileOf(clause),
          field: `defines.${i}`,
          message: `"${term}" is already established by ${earlier.id}: one clause defines each term`,
        });
      else definer.set(term, clause);
    });
  }
  for (const clause of clauses) {
    const inScope = new Set([...clause.defines, ...clause.requires.flatMap((id) => byId.get(id)?.defines ?? [])]);
    const heads = new Set([...inScope].map(headNoun));
    for (const variant of VARIANTS) {
      const at = { file: fileOf(clause), field: `variants.${variant}.text` };
      const text = clause.variants[variant].text;
      for (const [term, owner] of definer) {
        if (owner === clause) continue;
        const exact = new RegExp(`\\b${escape(term)}\\b`).test(text);
        if (exact && !clause.requires.includes(owner.id))
          problems.push({ ...at, message: `uses "${term}", established by ${owner.id}: add "${owner.id}" to requires` });
        if (!exact && new RegExp(`\\b${escape(term)}\\b`, 'i').test(text))
          problems.push({ ...at, message: `writes "${term}" in lower case: it is a defined term, capitalise it` });
      }
      for (const name of bodyNames(text)) {
        if (
          isExternalBody(name) ||
          [...inScope, ...definer.keys()].some((t) => t === name || t.endsWith(` ${name}`) || t.endsWith(`, ${name}`))
        )
          continue;
        problems.push({
          ...at,
          message: `names "${name}", which no clause establishes: add it to the defines of the clause that creates it, or use {BODY}`,
        });
      }
      for (const head of shortForms(text)) {
        if (!heads.has(head))
          problems.push({ ...at, message: `says "the ${head}" but neither establishes nor requires a ${head.toLowerCase()}` });
      }
    }
  }
  return problems;
}
