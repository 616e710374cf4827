import { exclusionList } from './checks';
import { statementsOf } from './checks/segments';
import { namesBody, VERIFY_VERB } from './checks/vocabulary';
import type { ClauseIssue } from './completeness';
import { LIBRARY_TEXT, type Finding } from './finding';
import type { Clause } from './schema';

/** What a document rule needs to know of each inserted clause. */
export interface BlockInfo {
  index: number;
  clauseId: string;
  title: string;
  text: string;
}

const AMNESTY_CODES = ['TjAmPro', 'TjSan'];
const CEASEFIRE_CODES = ['CeProv'];

/** Where in the draft the crimes excluded from amnesty are listed, or why nowhere. */
function exclusionsInDraft(texts: readonly string[]): { ok: true } | { ok: false; partial: { names: string; crimes: Finding[] } | null } {
  const check = exclusionList('Exclusions from amnesty');
  let partial: { names: string; crimes: Finding[] } | null = null;
  for (const text of texts) {
    const result = check.run({ statements: statementsOf(text), partyNames: [] });
    if (result.ok) return { ok: true };
    if (result.reason?.key === 'reason.exclusionMissing')
      partial ??= { names: result.detail.replace('the exclusion does not name ', ''), crimes: result.reason.lists?.crimes ?? [] };
  }
  return { ok: false, partial };
}

/**
 * True when the draft establishes a body to monitor or verify the ceasefire: a library clause that
 * defines one, or text that establishes, designates or requests a body to monitor or verify. A
 * clause that only mentions "the Commission" does not count: the Commission must exist.
 */
function ceasefireMonitored(blocks: readonly BlockInfo[], library: Readonly<Record<string, Clause | undefined>>, outside: string): boolean {
  if (blocks.some((b) => library[b.clauseId]?.defines.some((t) => /Monitoring|Verification/.test(t)))) return true;
  const establishes = /\b(?:establish\w*|create\w*|set(?:s|ting)? up|designat\w*|mandat\w*|request\w*)\b/i;
  return [...blocks.map((b) => b.text), outside].some((text) =>
    statementsOf(text).some(
      (s) =>
        establishes.test(s.text) &&
        VERIFY_VERB.test(s.text) &&
        s.predicates.some((p) => !p.negated && (namesBody(p.subject) || establishes.test(p.text))),
    ),
  );
}

/**
 * Rules about the whole draft, reported at the clause they concern: an amnesty with no list of
 * excluded crimes anywhere in the draft (blocking: international law forbids amnesty for them); a
 * ceasefire that nobody monitors; clauses a clause relies on that the draft lacks; two clauses
 * that are alternatives to each other. `outside` is the text outside clause blocks.
 */
export function documentIssues(
  blocks: readonly BlockInfo[],
  library: Readonly<Record<string, Clause | undefined>>,
  outside: string,
): Map<number, ClauseIssue[]> {
  const issues = new Map<number, ClauseIssue[]>();
  const add = (index: number, issue: ClauseIssue) => issues.set(index, [...(issues.get(index) ?? []), issue]);
  const present = new Set(blocks.map((b) => b.clauseId));

  const amnesties = blocks.filter((b) => library[b.clauseId]?.pax_codes.some((c) => AMNESTY_CODES.includes(c)));
  if (amnesties.length > 0) {
    const found = exclusionsInDraft([...blocks.map((b) => b.text), outside]);
    if (!found.ok) {
      const message = found.partial
        ? `The exclusions in this draft leave out ${found.partial.names}: international law allows no amnesty for these crimes, and the UN will not endorse an agreement that grants one. Add them to the exclusions from amnesty.`
        : 'This amnesty has no exclusions clause in this draft: nothing keeps genocide, crimes against humanity, war crimes, conflict-related sexual violence, torture, enforced disappearance, extrajudicial execution, slavery or child recruitment out of it. Insert “Exclusions from amnesty” (tj-amnesty-exclusions) or write the exclusions into this clause.';
      const finding: Finding = found.partial
        ? { key: 'doc.amnestyPartial', lists: { crimes: found.partial.crimes } }
        : { key: 'doc.amnestyNone', values: { clause: 'tj-amnesty-exclusions' } };
      for (const b of amnesties)
        add(b.index, { severity: 'blocking', kind: 'document', code: 'doc:amnesty-without-exclusions', message, finding });
    }
  }

  const ceasefire = blocks.find((b) => library[b.clauseId]?.pax_codes.some((c) => CEASEFIRE_CODES.includes(c)));
  if (ceasefire && !ceasefireMonitored(blocks, library, outside)) {
    add(ceasefire.index, {
      severity: 'warning',
      kind: 'document',
      code: 'doc:ceasefire-without-monitoring',
      message:
        'No body in this draft monitors or verifies the ceasefire. Insert “Ceasefire monitoring and verification mechanism” (cf-monitoring-mechanism) or name the body that will.',
      finding: { key: 'doc.ceasefireUnmonitored', values: { clause: 'cf-monitoring-mechanism' } },
    });
  }

  for (const b of blocks) {
    const clause = library[b.clauseId];
    if (!clause) continue;
    const missing = clause.requires.filter((id) => !present.has(id));
    if (missing.length > 0) {
      const named = missing.map((id) => {
        const terms = library[id]?.defines ?? [];
        return terms.length ? `${terms.slice(0, 1).join('')} (${id})` : id;
      });
      const message = `Relies on what this draft does not yet contain: ${named.join(', ')}. Insert ${missing.length === 1 ? 'that clause' : 'those clauses'} or define the terms here.`;
      // In another language a missing clause is named by its translated title, where the library has one.
      const inLanguages = missing.map((id, i): Finding => {
        const titles = Object.entries(library[id]?.translations ?? {}).map(([lang, t]) => [lang, `${t!.title} (${id})`]);
        return { key: LIBRARY_TEXT, values: { en: named[i]!, ...Object.fromEntries(titles) } };
      });
      const finding = { key: missing.length === 1 ? 'doc.requiresOne' : 'doc.requiresMany', lists: { named: inLanguages } };
      add(b.index, { severity: 'warning', kind: 'document', code: 'doc:requires', message, finding });
    }
    const rivals = clause.alternatives.filter((id) => present.has(id));
    if (rivals.length > 0) {
      const message = `This draft also holds ${rivals.join(', ')}, an alternative to this clause: keep one, or the two will set different rules for the same thing.`;
      add(b.index, {
        severity: 'warning',
        kind: 'document',
        code: 'doc:alternatives',
        message,
        finding: { key: 'doc.alternatives', values: { rivals: rivals.join(', ') } },
      });
    }
  }
  return issues;
}
