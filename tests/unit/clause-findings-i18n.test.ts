import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { CHECK_ITEMS, findCheck } from '@/lib/clauses/checks';
import { clauseToNode, type PmNode } from '@/lib/clauses/clause-to-doc';
import { assessDocument, type ClauseIssue } from '@/lib/clauses/completeness';
import { findingLanguage, itemPath, renderFinding, type FindingTranslator } from '@/lib/clauses/finding';
import { getClauseLibrary } from '@/lib/clauses/library';
import { PLACEHOLDERS } from '@/lib/clauses/placeholders';
import { DEMO_CONTEXT } from '../fixtures/clauses/sample-clauses';

const CATALOGUES = { en, fr, ar } as const;
type Lang = keyof typeof CATALOGUES;
/** A translator of the `findings` namespace that fails the test on a key the catalogue lacks. */
const translator = (locale: Lang): FindingTranslator => {
  const t = createTranslator({
    locale,
    messages: CATALOGUES[locale],
    namespace: 'findings',
    onError: (e) => {
      throw e;
    },
  });
  return (key, values) => (t as unknown as FindingTranslator)(key, values);
};
const T = { en: translator('en'), fr: translator('fr'), ar: translator('ar') };

const { clauses, byId } = getClauseLibrary();
const library = Object.fromEntries(clauses.map((c) => [c.id, c]));
const PARTY_NAMES = ['Government of Arandia', 'GOV', 'Arandian People’s Movement', 'APM'];

/** A clause block inserted from the library whose body is replaced by `body` (its heading kept). */
function block(id: string, variant: 'maximal' | 'standard' | 'fallback', body?: string): PmNode {
  const node = clauseToNode(byId.get(id)!, variant, DEMO_CONTEXT) as PmNode;
  if (body === undefined) return node;
  const [heading] = node.content ?? [];
  return { ...node, content: [heading!, { type: 'paragraph', content: [{ type: 'text', text: body }] }] };
}

/** Every finding of a draft holding every library clause three times: as inserted, emptied to a vague sentence, and with awkward text. */
function allIssues(): ClauseIssue[] {
  const blocks: PmNode[] = [];
  for (const c of clauses) {
    blocks.push(block(c.id, 'fallback'));
    blocks.push(block(c.id, 'maximal', 'Forces will be moved somewhere soon.'));
  }
  blocks.push(block('tj-amnesty-exclusions', 'standard', 'Amnesty shall not apply to genocide, war crimes or torture.'));
  blocks.push(block('tj-amnesty-exclusions', 'standard', 'Crimes against humanity shall not be excluded from the amnesty.'));
  blocks.push(
    block(
      'pko-legal-basis',
      'standard',
      'The Parties shall act under this Chapter within {N_DAYS} days at {LOCATION} and {UNKNOWN_FIELD}.',
    ),
  );
  const issues = assessDocument({ type: 'doc', content: blocks }, library, { partyNames: PARTY_NAMES }).clauses.flatMap((c) => c.issues);
  // Document rules only fire when their whole draft lacks something: an amnesty alone, a ceasefire alone.
  for (const [id, text] of [
    ['tj-amnesty-scope', undefined],
    ['tj-amnesty-scope', 'The amnesty shall not apply to genocide or torture.'],
    ['cf-air-maritime-rules', undefined],
  ] as const) {
    issues.push(...assessDocument({ type: 'doc', content: [block(id, 'standard', text)] }, library).clauses.flatMap((c) => c.issues));
  }
  return issues;
}

describe('completeness findings in the reader’s language', () => {
  const issues = allIssues();

  it('covers every kind of finding and every reason', () => {
    const keys = new Set<string>();
    const walk = (f: ClauseIssue['finding']) => {
      keys.add(f.key);
      Object.values(f.refs ?? {}).forEach(walk);
      Object.values(f.lists ?? {})
        .flat()
        .forEach(walk);
    };
    issues.forEach((i) => walk(i.finding));
    for (const key of [
      'checklist',
      'libraryText',
      'fields',
      'fieldNamed',
      'fieldBare',
      'doc.amnestyNone',
      'doc.amnestyPartial',
      'doc.ceasefireUnmonitored',
      'doc.requiresMany',
      'reason.notFound',
      'reason.notFoundObligation',
      'reason.notFoundProhibition',
      'reason.deadlineVague',
      'reason.noDeadline',
      'reason.exclusionMissing',
      'reason.exclusionNegated',
      'reason.noCharterChapter',
    ]) {
      expect(keys, key).toContain(key);
    }
  });

  it('says each finding in English exactly as the checks word it', () => {
    for (const issue of issues) expect(renderFinding(T.en, issue.finding, 'en')).toBe(issue.message);
  });

  for (const lang of ['fr', 'ar'] as const) {
    it(`says each finding in ${lang === 'fr' ? 'French' : 'Arabic'}, never in English (except a warning the clause has no translation of)`, () => {
      let translated = 0;
      for (const issue of issues) {
        const text = renderFinding(T[lang], issue.finding, lang);
        expect(text.length).toBeGreaterThan(0);
        if (findingLanguage(issue.finding, lang) === 'en') continue;
        translated++;
        expect(text, issue.message).not.toBe(issue.message);
        // The English check words (its label, the element sought) never leak into the translation.
        const label = findCheck(issue.code)?.label;
        const own = issue.kind === 'checklist' ? renderFinding(T[lang], { key: `label.${itemPath(issue.code)}` }, lang) : '';
        if (label && own !== label) expect(text.startsWith(`${label}:`) || text.startsWith(`${label} :`), text).toBe(false);
        // Arabic: no Latin script but quotes of the draft, fields and clause ids (a required clause without a translation keeps its English name).
        if (lang === 'ar' && issue.code !== 'doc:requires')
          expect(text.replace(/“[^”]*”|\{[A-Z_]+\}|[a-z]+(?:-[a-z]+)+/g, '')).not.toMatch(/[A-Za-z]{3,}/);
      }
      expect(translated).toBeGreaterThan(500);
    });
  }

  it('says a translated clause’s variant warning in its language', () => {
    const warned = clauses.find((c) => c.translations?.ar && c.variants.fallback.warning)!;
    const issue = assessDocument({ type: 'doc', content: [block(warned.id, 'fallback')] }, library).clauses[0]!.issues.find(
      (i) => i.kind === 'variant',
    )!;
    expect(renderFinding(T.ar, issue.finding, 'ar')).toBe(warned.translations!.ar!.variants.fallback.warning!.message);
    expect(findingLanguage(issue.finding, 'ar')).toBe('ar');
  });

  it('keeps the English catalogue’s labels, elements and field descriptions equal to the checks’ own', () => {
    const f = en.findings as unknown as {
      label: Record<string, unknown>;
      element: Record<string, unknown>;
      placeholder: Record<string, string>;
    };
    const at = (tree: Record<string, unknown>, item: string) =>
      itemPath(item)
        .split('.')
        .reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], tree);
    for (const item of CHECK_ITEMS) {
      const check = findCheck(item)!;
      expect(at(f.label, item), item).toBe(check.label);
      if (check.run({ statements: [], partyNames: [] }).reason?.key.startsWith('reason.notFound'))
        expect(at(f.element, item), item).toBe(check.element);
    }
    for (const [name, spec] of Object.entries(PLACEHOLDERS)) expect(f.placeholder[name]).toBe(spec.description);
  });
});
