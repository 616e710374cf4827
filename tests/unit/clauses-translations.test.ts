import { describe, expect, it } from 'vitest';
import { getClauseLibrary } from '@/lib/clauses/library';
import { CLAUSE_LANGUAGES, VARIANTS } from '@/lib/clauses/clause-terms';
import { sampleValues } from '@/lib/clauses/placeholders';
import { validateLibrary } from '@/lib/clauses/validate-library';

/**
 * Issue #25: the ceasefire clauses ship in French and Arabic, and their translations use one
 * vocabulary (the glossary in clause-library/README.md), so that a term searched once is found in
 * every clause that uses it.
 */
const { clauses } = validateLibrary();
const ceasefire = clauses.filter((c) => c.topic === 'ceasefire');
const translated = ceasefire.filter((c) => c.translations);

/** English term → the French and Arabic renderings every translation of a text holding it uses. */
const GLOSSARY: [en: RegExp, fr: string, ar: string][] = [
  [/Ceasefire Monitoring Commission/, 'Commission de surveillance du cessez-le-feu', 'لجنة مراقبة وقف إطلاق النار'],
  [/Ceasefire Area/, 'Zone de cessez-le-feu', 'منطقة وقف إطلاق النار'],
  [/H-Hour/, 'heure H', 'الساعة الصفر'],
  [/line of contact/, 'ligne de contact', 'خط التماس'],
  [/buffer zone/, 'zone tampon', 'المنطقة العازلة'],
  [/\bGuarantors\b/, 'Garants', 'الضامن'],
];

describe('ceasefire clauses in French and Arabic', () => {
  it('every ceasefire clause carries a working translation in each language', () => {
    const missing = ceasefire.flatMap((c) => CLAUSE_LANGUAGES.filter((l) => c.translations?.[l]?.status !== 'working').map((l) => `${c.id}:${l}`));
    expect(missing).toEqual([]);
    expect(translated.length).toBe(18);
  });

  it('translations keep the paragraphs and lettered items of the English text', () => {
    const shape = (text: string) => text.split('\n').map((line) => (/^\((?:[a-h]|[أبجدوزح]|هـ)\) /.test(line) ? 'item' : 'para')).join(' ');
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
    const off: string[] = [];
    for (const c of translated) {
      for (const v of VARIANTS) {
        for (const [en, fr, ar] of GLOSSARY) {
          if (!en.test(c.variants[v].text)) continue;
          if (!c.translations?.fr?.variants[v].text.includes(fr)) off.push(`${c.id} fr ${v}: ${fr}`);
          if (!c.translations?.ar?.variants[v].text.includes(ar)) off.push(`${c.id} ar ${v}: ${ar}`);
        }
      }
    }
    expect(off).toEqual([]);
  });

  it('search finds a translated clause by its glossary term, in French and in Arabic', () => {
    const { index } = getClauseLibrary();
    const first = (q: string) => index.search({ q }).hits[0]?.id;
    expect(first('الأفعال المحظورة')).toBe('cf-prohibited-acts');
    expect(first('Actes interdits')).toBe('cf-prohibited-acts');
    expect(first('آلية مراقبة وقف إطلاق النار')).toBe('cf-monitoring-mechanism');
    expect(first('surveillance et de vérification du cessez-le-feu')).toBe('cf-monitoring-mechanism');
    expect(first('المنطقة العازلة')).toBe('cf-disengagement-buffer-zones');
    expect(first('zone tampon')).toBe('cf-disengagement-buffer-zones');
    expect(first('تجميع القوات في المعسكرات')).toBe('cf-cantonment-sites');
    expect(first('cantonnement')).toBe('cf-cantonment-sites');
    expect(first('الهدن الإنسانية')).toBe('cf-humanitarian-pauses');
    expect(first('pauses humanitaires')).toBe('cf-humanitarian-pauses');
    expect(first('الإفراج عن المحتجزين')).toBe('cf-detainee-exchange');
    expect(first('réapprovisionnement des forces')).toBe('cf-resupply-rules');
  });

  it('Arabic verbs agree in the feminine with the parties, whose filled names are feminine nouns', () => {
    const ar = sampleValues('ar');
    expect(ar.GOVERNMENT).toMatch(/^حكومة /);
    expect(ar.MOVEMENT).toMatch(/^حركة /);
    // A third-person masculine imperfect (يلتزم، ويكفل…) right before a party, or before «كلٌّ من» and a party;
    // «فيه»/«فيها» (in it) are prepositions, not verbs.
    const masculineBeforeParty = /(?:^|[\s،(])(?!فيها?\s)[وف]?ي[\u0621-\u064A\u0640\u064B-\u0652]+\s+(?:كلٌّ من\s+)?\{(?:GOVERNMENT|MOVEMENT|PARTY_C|THIRD_STATE)\}/;
    const off = clauses
      .filter((c) => c.translations?.ar)
      .flatMap((c) => VARIANTS.map((v) => [c.id, v, c.translations!.ar!.variants[v].text] as const))
      .filter(([, , text]) => masculineBeforeParty.test(text))
      .map(([id, v, text]) => `${id} ${v}: ${text.match(masculineBeforeParty)![0].trim()}`);
    expect(off).toEqual([]);
    expect(ceasefire.find((c) => c.id === 'cf-general-commitment')?.translations?.ar?.variants.standard.text).toMatch(/^تلتزم \{GOVERNMENT\} و\{MOVEMENT\}/);
  });
});
