import { describe, expect, it } from 'vitest';
import { CLAUSE_LANGUAGES, VARIANTS, type ClauseLanguage } from '@/lib/clauses/clause-terms';
import { negotiationValues, TRANSLATED_DAY_ZERO_PHRASES } from '@/lib/clauses/negotiation-values';
import { fillPlaceholders, fillText, sampleValues } from '@/lib/clauses/placeholders';
import { validateLibrary } from '@/lib/clauses/validate-library';

/**
 * Issue #25: a working translation must read as grammatical French or Arabic once its fields are
 * filled, whatever the value's first word (« la signature… », « l’entrée en vigueur… », « le
 * Gouvernement… », « الهيئة… »), not only with the braces showing.
 */
const { clauses } = validateLibrary();
const translated = clauses.filter((c) => c.translations);

/** Joins that no filled field may make with the words before it, with why. */
const BAD_JOINS: Record<ClauseLanguage, [RegExp, string][]> = {
  fr: [
    [/\b[Dd]u (?:la|le|les|l[’'])/u, '« du » before an article'],
    [/\b[Dd]e (?:le|les)\b/u, '« de le » / « de les » not contracted'],
    [/(?:^|[\s(])[àÀ] (?:le|les)\b/u, '« à le » / « à les » not contracted'],
    [/\b[Aa]u (?:la|le|les|l[’'])/u, '« au » before an article'],
    [/\b[Dd]e [aeéiouhAEÉIOU]/u, '« de » not elided before a vowel'],
    [/\{[A-Z_]+\}/, 'a field left unfilled'],
  ],
  ar: [
    [/[لب]ـ/u, 'a tatweel left before a filled value'],
    [/(?:^|\s)لال/u, '« ل » + « ال » not assimilated to « لل »'],
    [/\{[A-Z_]+\}/, 'a field left unfilled'],
  ],
};

/**
 * Each field of every variant of every translation, filled with the language's sample values (and
 * each of its day-zero phrases) together with the two words before it: the join the checks read.
 * Only the joins are checked, since the text itself may say « de les remettre » or « بـ«القوات» ».
 */
function filledJoins(lang: ClauseLanguage) {
  return Object.values(TRANSLATED_DAY_ZERO_PHRASES[lang]).flatMap((dayZero) => {
    const values = { ...sampleValues(lang), DAY_ZERO: dayZero };
    return translated.flatMap((c) =>
      VARIANTS.flatMap((v) => {
        const text = c.translations?.[lang]?.variants[v].text ?? '';
        return [...text.matchAll(/(?:\S+\s+){0,2}\S*?\{[A-Z][A-Z0-9_]*\}/g)].map((m) => ({
          where: `${c.id} ${lang} ${v}`,
          text: fillText(m[0], values, lang),
        }));
      }),
    );
  });
}

describe('working translations once filled with sample values', () => {
  it.each(CLAUSE_LANGUAGES)('%s: no ungrammatical join between a field and the word before it', (lang) => {
    const texts = filledJoins(lang);
    expect(texts.length).toBeGreaterThan(500);
    const bad = texts.flatMap(({ where, text }) =>
      BAD_JOINS[lang].filter(([re]) => re.test(text)).map(([re, why]) => `${where}: ${why}: …${text.match(re)![0]}…`),
    );
    expect(bad).toEqual([]);
  });

  it('French: « à compter de {DAY_ZERO} » reads « à compter de la signature » and « à compter de l’entrée en vigueur »', () => {
    const text = 'Dans un délai de {N_DAYS} jours à compter de {DAY_ZERO}, {GOVERNMENT} remet à {BODY} la liste des forces de {MOVEMENT}.';
    const signature = fillText(text, { ...sampleValues('fr'), ...negotiationValues({ parties: [], dayZero: 'signature' }, 'fr') }, 'fr');
    expect(signature).toBe(
      'Dans un délai de 30 jours à compter de la signature du présent Accord, le Gouvernement d’Arandia remet au Conseil indépendant de surveillance la liste des forces du Mouvement populaire arandien.',
    );
    expect(fillText(text, { DAY_ZERO: TRANSLATED_DAY_ZERO_PHRASES.fr.entry_into_force }, 'fr')).toContain(
      'à compter de l’entrée en vigueur du présent Accord',
    );
  });

  it('French: a field that opens a sentence is capitalised, and « De {X} » keeps its capital once contracted', () => {
    expect(fillText('{GOVERNMENT} notifie. De {BODY} relève la liste.', sampleValues('fr'), 'fr')).toBe(
      'Le Gouvernement d’Arandia notifie. Du Conseil indépendant de surveillance relève la liste.',
    );
  });

  it('Arabic: « لـ » before a definite value becomes « لل », before an indefinite one plain « ل »; « بـ » joins without a tatweel', () => {
    const ar = sampleValues('ar');
    expect(fillText('تُقدَّم التقارير لـ{BODY} ولـ{GOVERNMENT}، ويُعترف بـ{MOVEMENT}.', ar, 'ar')).toBe(
      'تُقدَّم التقارير للهيئة المستقلة للرصد ولحكومة أرانديا، ويُعترف بحركة شعب أرانديا.',
    );
  });

  it('joins only filled fields: an unfilled one stays a field, with its particle', () => {
    expect(fillPlaceholders('remis à {BODY} et lié à {GOVERNMENT}', { GOVERNMENT: 'le Gouvernement' }, 'fr')).toEqual([
      { type: 'text', text: 'remis à ' },
      { type: 'placeholder', name: 'BODY' },
      { type: 'text', text: ' et lié au Gouvernement' },
    ]);
    expect(fillPlaceholders('لـ{BODY}', {}, 'ar')).toEqual([
      { type: 'text', text: 'لـ' },
      { type: 'placeholder', name: 'BODY' },
    ]);
  });

  it('English is filled as before: no contraction', () => {
    expect(fillText('within 30 days of {DAY_ZERO}', { DAY_ZERO: 'the signature of this Agreement' })).toBe(
      'within 30 days of the signature of this Agreement',
    );
  });
});
