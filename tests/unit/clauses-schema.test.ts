import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem, parseClauseFile, validateLibrary } from '@/lib/clauses/validate-library';
import { makeClause, variantsOf } from '../fixtures/clauses/sample-clauses';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function writeLibrary(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'clauses-'));
  dirs.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

describe('zClause via parseClauseFile', () => {
  it('accepts a valid clause', () => {
    const { clause, problems } = parseClauseFile('x.json', JSON.stringify(makeClause()));
    expect(problems).toEqual([]);
    expect(clause?.id).toBe('cf-test-clause');
  });

  it('rejects a malformed file with a message naming the file and the field', () => {
    const bad = {
      ...makeClause(),
      strength: 'must',
      variants: { maximal: { text: 'Text {NOT_A_FIELD}.' }, standard: { text: 'Within {N_DAYS} of it.' } },
    };
    const { clause, problems } = parseClauseFile('clause-library/ceasefire/bad.json', JSON.stringify(bad));
    expect(clause).toBeUndefined();
    const lines = problems.map(formatProblem);
    expect(lines).toContainEqual(expect.stringMatching(/^clause-library\/ceasefire\/bad\.json: strength: /));
    expect(lines).toContainEqual(expect.stringMatching(/bad\.json: variants\.maximal\.text: unknown placeholder \{NOT_A_FIELD\}/));
    expect(lines).toContainEqual(expect.stringMatching(/bad\.json: variants\.standard\.text: \{N_DAYS\} must be followed by "days"/));
    expect(lines).toContainEqual(expect.stringMatching(/bad\.json: variants\.fallback: /));
  });

  it('rejects invalid JSON, unknown fields and bad checklist items', () => {
    expect(parseClauseFile('a.json', '{ nope').problems[0]).toMatchObject({ file: 'a.json', field: '(file)' });
    const extra = parseClauseFile('b.json', JSON.stringify({ ...makeClause(), colour: 'red', checklist: ['Deadline!'] }));
    expect(extra.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['(root)', 'checklist.0']));
  });

  it('accepts topic items with a short prefix such as ma: or tj:', () => {
    const { problems } = parseClauseFile('c.json', JSON.stringify(makeClause({ checklist: ['ma:records', 'tj:exclusions', 'funding'] })));
    expect(problems).toEqual([]);
  });
});

describe('PA-X codes', () => {
  const problemsFor = (pax_codes: string[]) =>
    parseClauseFile('p.json', JSON.stringify(makeClause({ pax_codes }))).problems.map(formatProblem);

  it('accepts coded variables of the shipped codebook', () => {
    expect(problemsFor(['TjAmBan', 'HrNi', 'CeProv', 'ImE'])).toEqual([]);
  });

  it('rejects category headings, made-up codes, an empty list and repeats, naming the valid codes', () => {
    expect(problemsFor(['Tj'])).toEqual([
      expect.stringMatching(
        /pax_codes\.0: "Tj" is the PA-X category heading "Transitional justice", not a coded variable: use one of TjGen, TjAm/,
      ),
    ]);
    expect(problemsFor(['Im'])).toEqual([
      expect.stringMatching(/"Im" is the PA-X category heading "Implementation".*ImUN, ImOth, ImRef, ImPK, ImE/),
    ]);
    expect(problemsFor(['NHRI'])).toEqual([expect.stringMatching(/coded HrNi/)]);
    expect(problemsFor(['ceprov'])).toEqual([expect.stringMatching(/did you mean "CeProv"/)]);
    expect(problemsFor(['SsrSalw'])).toEqual([expect.stringMatching(/"SsrSalw" is not a code of the PA-X codebook/)]);
    expect(problemsFor([])).toEqual([expect.stringMatching(/pax_codes: name at least one PA-X code/)]);
    expect(problemsFor(['Ce', 'Ce'])).toEqual([expect.stringMatching(/lists a PA-X code twice/)]);
  });
});

describe('variant warnings', () => {
  it('accepts a warning with a severity and a message without placeholders', () => {
    const clause = makeClause();
    clause.variants.fallback.warning = { severity: 'warning', message: 'Drops the deadline, so nothing can be verified.' };
    expect(parseClauseFile('w.json', JSON.stringify(clause)).problems).toEqual([]);
    clause.variants.fallback.warning = { severity: 'fatal' as never, message: 'Mentions {BODY} in the message shown.' };
    expect(parseClauseFile('w.json', JSON.stringify(clause)).problems.map((p) => p.field)).toEqual([
      'variants.fallback.warning.severity',
      'variants.fallback.warning.message',
    ]);
  });
});

describe('validateLibrary', () => {
  it('reports duplicate ids, topic/folder mismatch and unknown related ids', () => {
    const dir = writeLibrary({
      'ceasefire/cf-a.json': makeClause({ id: 'cf-a', related: ['cf-missing'] }),
      'ceasefire/cf-b.json': makeClause({ id: 'cf-b', topic: 'ddr' }),
      'ddr/cf-a.json': makeClause({ id: 'cf-a', topic: 'ddr' }),
    });
    const { clauses, problems } = validateLibrary(dir);
    expect(clauses.map((c) => c.id)).toEqual(['cf-a', 'cf-b']);
    const lines = problems.map(formatProblem).join('\n');
    expect(lines).toMatch(/ceasefire\/cf-b\.json: topic: "ddr" does not match its folder "ceasefire"/);
    expect(lines).toMatch(/ddr\/cf-a\.json: id: duplicate id "cf-a"/);
    expect(lines).toMatch(/ceasefire\/cf-a\.json: related\.0: unknown clause id "cf-missing"/);
  });

  it('requires each defined body to be established once and cited through requires, and alternatives both ways', () => {
    const dir = writeLibrary({
      'ceasefire/cf-body.json': makeClause({
        id: 'cf-body',
        defines: ['Ceasefire Monitoring Commission'],
        variants: variantsOf('The Parties establish a Ceasefire Monitoring Commission; the Commission shall report within {N_DAYS} days.'),
      }),
      'ceasefire/cf-user.json': makeClause({
        id: 'cf-user',
        alternatives: ['cf-body'],
        variants: variantsOf(
          'The ceasefire monitoring commission shall verify; the Ceasefire Monitoring Commission shall report; the Truce Oversight Board shall decide.',
        ),
      }),
      'ceasefire/cf-short.json': makeClause({
        id: 'cf-short',
        variants: variantsOf('The Parties shall refer it to the Commission within {N_DAYS} days.'),
      }),
      'ceasefire/cf-ok.json': makeClause({
        id: 'cf-ok',
        requires: ['cf-body'],
        variants: variantsOf(
          'The Ceasefire Monitoring Commission and the Security Council of the United Nations shall be informed within {N_DAYS} days.',
        ),
      }),
    });
    const lines = validateLibrary(dir).problems.map(formatProblem).join('\n');
    expect(lines).toMatch(/cf-user\.json: alternatives\.0: "cf-body" must list "cf-user" among its alternatives too/);
    expect(lines).toMatch(
      /cf-user\.json: variants\.standard\.text: uses "Ceasefire Monitoring Commission", established by cf-body: add "cf-body" to requires/,
    );
    expect(lines).toMatch(/cf-user\.json: variants\.standard\.text: names "Truce Oversight Board", which no clause establishes/);
    expect(lines).toMatch(
      /cf-short\.json: variants\.standard\.text: says "the Commission" but neither establishes nor requires a commission/,
    );
    expect(lines).not.toMatch(/cf-ok\.json|cf-body\.json/);
  });
});

describe('clause translations', () => {
  const translation = (text: (english: string) => string) => {
    const base = makeClause();
    const v = base.variants as Record<'maximal' | 'standard' | 'fallback', { text: string }>;
    return {
      status: 'working' as const,
      title: 'Titre de travail',
      summary: 'Un résumé de la clause en français.',
      variants: {
        maximal: { text: text(v.maximal.text) },
        standard: { text: text(v.standard.text) },
        fallback: { text: text(v.fallback.text) },
      },
    };
  };
  const keepPlaceholders = (english: string) => `Texte : ${(english.match(/\{[A-Z][A-Z0-9_]*\}/g) ?? []).join(' ')}.`;

  it('accepts a working translation that keeps every placeholder', () => {
    const { problems } = parseClauseFile('x.json', JSON.stringify(makeClause({ translations: { fr: translation(keepPlaceholders) } })));
    expect(problems).toEqual([]);
  });

  it('rejects a translation that drops a placeholder, is not marked working, or is in an unknown language', () => {
    const dropped = parseClauseFile('x.json', JSON.stringify(makeClause({ translations: { ar: translation(() => 'نص بلا حقول.') } })));
    expect(dropped.problems.map(formatProblem).join('\n')).toMatch(/translations\.ar\.variants\.\w+\.text.*placeholders/);
    const official = parseClauseFile(
      'x.json',
      JSON.stringify(makeClause({ translations: { fr: { ...translation(keepPlaceholders), status: 'official' } } as never })),
    );
    expect(official.problems.length).toBeGreaterThan(0);
    const german = parseClauseFile('x.json', JSON.stringify(makeClause({ translations: { de: translation(keepPlaceholders) } as never })));
    expect(german.problems.length).toBeGreaterThan(0);
  });
});
