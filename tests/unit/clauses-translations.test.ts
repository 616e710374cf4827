import { describe, expect, it } from 'vitest';
import { clauseInLanguage, noteLanguages } from '@/lib/clauses/clause-in-language';
import { zClause } from '@/lib/clauses/schema';
import { CLAUSE_LANGUAGES, VARIANTS } from '@/lib/clauses/clause-terms';
import { sampleValues } from '@/lib/clauses/placeholders';
import { validateLibrary } from '@/lib/clauses/validate-library';
import { firstHit, glossaryMisses, type GlossaryEntry } from '../support/clause-glossary';

/**
 * Issue #25: the ceasefire clauses ship in French and Arabic, and their translations use one
 * vocabulary (the glossary in clause-library/README.md), so that a term searched once is found in
 * every clause that uses it.
 */
const { clauses } = validateLibrary();
const ceasefire = clauses.filter((c) => c.topic === 'ceasefire');
const translated = ceasefire.filter((c) => c.translations);

/** English term → the French and Arabic renderings every translation of a text holding it uses. */
const GLOSSARY: GlossaryEntry[] = [
  [/Ceasefire Monitoring Commission/, 'Commission de surveillance du cessez-le-feu', 'لجنة مراقبة وقف إطلاق النار'],
  [/Ceasefire Area/, 'Zone de cessez-le-feu', 'منطقة وقف إطلاق النار'],
  [/H-Hour/, 'heure H', 'الساعة الصفر'],
  [/line of contact/, 'ligne de contact', 'خط التماس'],
  [/buffer zone/, 'zone tampon', 'المنطقة العازلة'],
  [/\bGuarantors\b/, 'Garants', 'الضامن'],
];

describe('ceasefire clauses in French and Arabic', () => {
  it('every ceasefire clause carries a working translation in each language', () => {
    const missing = ceasefire.flatMap((c) =>
      CLAUSE_LANGUAGES.filter((l) => c.translations?.[l]?.status !== 'working').map((l) => `${c.id}:${l}`),
    );
    expect(missing).toEqual([]);
    expect(translated.length).toBe(18);
  });

  it('translations keep the paragraphs and lettered items of the English text', () => {
    const shape = (text: string) =>
      text
        .split('\n')
        .map((line) => (/^\((?:[a-h]|[أبجدوزح]|هـ)\) /.test(line) ? 'item' : 'para'))
        .join(' ');
    for (const c of translated) {
      for (const lang of CLAUSE_LANGUAGES) {
        for (const v of VARIANTS) {
          const t = c.translations?.[lang]?.variants[v].text ?? '';
          expect(shape(t), `${c.id} ${lang} ${v}`).toBe(shape(c.variants[v].text));
        }
      }
    }
  });

  it('uses the glossary’s term wherever the English text uses the English term', () => {
    const off = glossaryMisses(translated, GLOSSARY);
    expect(off).toEqual([]);
  });

  it('search finds a translated clause by its glossary term, in French and in Arabic', () => {
    const expected: [query: string, id: string][] = [
      ['الأفعال المحظورة', 'cf-prohibited-acts'],
      ['Actes interdits', 'cf-prohibited-acts'],
      ['آلية مراقبة وقف إطلاق النار', 'cf-monitoring-mechanism'],
      ['surveillance et de vérification du cessez-le-feu', 'cf-monitoring-mechanism'],
      ['المنطقة العازلة', 'cf-disengagement-buffer-zones'],
      ['zone tampon', 'cf-disengagement-buffer-zones'],
      ['تجميع القوات في المعسكرات', 'cf-cantonment-sites'],
      ['cantonnement', 'cf-cantonment-sites'],
      ['الهدن الإنسانية', 'cf-humanitarian-pauses'],
      ['pauses humanitaires', 'cf-humanitarian-pauses'],
      ['الإفراج عن المحتجزين', 'cf-detainee-exchange'],
      ['réapprovisionnement des forces', 'cf-resupply-rules'],
    ];
    expect(expected.map(([q]) => [q, firstHit(q)])).toEqual(expected);
  });

  it('Arabic verbs agree in the feminine with the parties, whose filled names are feminine nouns', () => {
    const ar = sampleValues('ar');
    expect(ar.GOVERNMENT).toMatch(/^حكومة /);
    expect(ar.MOVEMENT).toMatch(/^حركة /);
    // A third-person masculine imperfect (يلتزم، ويكفل…) right before a party, or before «كلٌّ من» and a party;
    // «فيه»/«فيها» (in it) are prepositions, not verbs.
    const masculineBeforeParty =
      /(?:^|[\s،(])(?!فيها?\s)[وف]?ي[\u0621-\u064A\u0640\u064B-\u0652]+\s+(?:كلٌّ من\s+)?\{(?:GOVERNMENT|MOVEMENT|PARTY_C|THIRD_STATE)\}/;
    const off = clauses
      .filter((c) => c.translations?.ar)
      .flatMap((c) => VARIANTS.map((v) => [c.id, v, c.translations!.ar!.variants[v].text] as const))
      .filter(([, , text]) => masculineBeforeParty.test(text))
      .map(([id, v, text]) => `${id} ${v}: ${text.match(masculineBeforeParty)![0].trim()}`);
    expect(off).toEqual([]);
    expect(ceasefire.find((c) => c.id === 'cf-general-commitment')?.translations?.ar?.variants.standard.text).toMatch(
      /^تلتزم \{GOVERNMENT\} و\{MOVEMENT\}/,
    );
  });
});

describe('warnings and drafting notes in French and Arabic', () => {
  const withTranslations = clauses.filter((c) => c.translations);
  const ofIssue = withTranslations.filter((c) => c.topic === 'ceasefire' || c.topic === 'ddr' || c.id.startsWith('tj-amnesty-'));

  it('every warning of the ceasefire, DDR and amnesty clauses is translated in each language', () => {
    expect(ofIssue.length).toBe(37);
    const missing = ofIssue.flatMap((c) =>
      VARIANTS.filter((v) => c.variants[v].warning).flatMap((v) =>
        CLAUSE_LANGUAGES.filter((l) => !c.translations?.[l]?.variants[v].warning?.message).map((l) => `${c.id} ${v} ${l}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('translated warnings use the UI’s name for the fallback variant and the glossary’s terms', () => {
    const terms: [en: RegExp, fr: string, ar: string][] = [
      [/\bfallback\b/i, 'variante de repli', 'الصيغة الاحتياطية'],
      [/procedure for violations/, 'procédure applicable aux violations', 'إجراء معالجة الانتهاكات'],
      [/Special Court/, 'Tribunal spécial', 'لمحكمة الخاصة'], // also after «لـ»: للمحكمة الخاصة
      [/Truth Commission/, 'Commission de vérité', 'لجنة الحقيقة'],
      [/armed movement/, 'mouvement armé', 'الحركة المسلحة'],
    ];
    const off: string[] = [];
    for (const c of ofIssue) {
      for (const v of VARIANTS) {
        const english = c.variants[v].warning?.message;
        if (!english) continue;
        for (const [en, fr, ar] of terms) {
          if (!en.test(english)) continue;
          if (!c.translations?.fr?.variants[v].warning?.message.includes(fr)) off.push(`${c.id} fr: ${fr}`);
          if (!c.translations?.ar?.variants[v].warning?.message.includes(ar)) off.push(`${c.id} ar: ${ar}`);
        }
      }
    }
    expect(off).toEqual([]);
  });

  it('a reader of a translation sees its warning with the English severity; an untranslated note stays English and is reported so', () => {
    const clause = ofIssue.find((c) => c.id === 'cf-general-commitment')!;
    const fr = clauseInLanguage(clause, 'fr');
    expect(fr.variants.fallback.warning).toEqual({
      severity: clause.variants.fallback.warning!.severity,
      message: clause.translations!.fr!.variants.fallback.warning!.message,
    });
    expect(fr.variants.fallback.warning!.message).toMatch(/^Cette variante de repli/);
    expect(fr.variants.standard.warning).toBeUndefined();
    const untranslatedNote = {
      ...clause,
      translations: { ...clause.translations, ar: { ...clause.translations!.ar!, drafting_note: undefined } },
    };
    expect(clauseInLanguage(untranslatedNote, 'ar').drafting_note).toBe(clause.drafting_note);
    expect(noteLanguages(untranslatedNote, 'ar')).toEqual({
      draftingNote: 'en',
      warnings: { maximal: 'en', standard: 'en', fallback: 'ar' },
    });
    expect(noteLanguages(clause, 'en').warnings.fallback).toBe('en');
  });

  it('the schema accepts a translated warning and drafting note, and rejects a warning the English variant lacks, a placeholder or a severity in it', () => {
    const raw = JSON.parse(JSON.stringify(ofIssue.find((c) => c.id === 'cf-general-commitment')));
    const parse = (edit: (c: typeof raw) => void) => {
      const copy = JSON.parse(JSON.stringify(raw));
      edit(copy);
      return zClause.safeParse(copy);
    };
    expect(parse((c) => (c.translations.fr.drafting_note = 'Une note de rédaction traduite pour les médiateurs.')).success).toBe(true);
    const extra = parse(
      (c) => (c.translations.fr.variants.standard.warning = { message: 'Un avertissement que la version anglaise ne porte pas.' }),
    );
    expect(extra.error?.issues.map((i) => i.path.join('.'))).toEqual(['translations.fr.variants.standard.warning']);
    expect(
      parse((c) => (c.translations.ar.variants.fallback.warning.message = 'تلتزم {GOVERNMENT} بما لا يمكن التحقق منه إطلاقًا.')).success,
    ).toBe(false);
    expect(parse((c) => (c.translations.fr.variants.fallback.warning.severity = 'blocking')).success).toBe(false);
  });
});
