import { describe, expect, it } from 'vitest';
import { getClauseLibrary } from '@/lib/clauses/library';
import { VARIANTS } from '@/lib/clauses/clause-terms';
import { validateLibrary } from '@/lib/clauses/validate-library';

/**
 * Issue #25: the DDR and amnesty translations use one vocabulary (the DDR and amnesty glossary in
 * clause-library/README.md), so a body or a crime is named the same way in every clause.
 */
const { clauses } = validateLibrary();
const translated = clauses.filter((c) => (c.topic === 'ddr' || c.subtopic === 'amnesty') && c.translations);

/**
 * English term → the French and Arabic renderings every translation of a text holding it uses.
 * The Arabic article's alif is dropped before matching: after "لـ" it is not written ("للجنة").
 */
const GLOSSARY: [en: RegExp, fr: string, ar: string][] = [
  [/\b[Tt]he National DDR Commission/, 'Commission nationale de DDR', 'اللجنة الوطنية لنزع السلاح والتسريح وإعادة الإدماج'],
  [/\b[Tt]he Amnesty Commission/, 'Commission d’amnistie', 'لجنة العفو'],
  [/Special Court/, 'Tribunal spécial', 'المحكمة الخاصة'],
  [/Truth Commission/, 'Commission de vérité', 'لجنة الحقيقة'],
  [/Joint Implementation Commission/, 'Commission mixte de mise en œuvre', 'لجنة التنفيذ المشتركة'],
  [/Ceasefire Monitoring Commission/, 'Commission de surveillance du cessez-le-feu', 'لجنة مراقبة وقف إطلاق النار'],
  [/Verification Mechanism/, 'Mécanisme de vérification', 'آلية التحقق'],
  [/\bgenocide/, 'génocide', 'الإبادة الجماعية'],
  [/crimes against humanity/, 'crimes contre l’humanité', 'الجرائم ضد الإنسانية'],
  [/war crimes/, 'crimes de guerre', 'جرائم الحرب'],
  [/enforced disappearance/, 'disparition forcée', 'الاختفاء القسري'],
  [/conflict-related sexual violence/, 'violences sexuelles liées aux conflits', 'العنف الجنسي المرتبط بالنزاعات'],
  [/\bcantonment\b/, 'cantonnement', 'تجميع'],
  [/\breinsertion\b/, 'réinsertion', 'إعادة الإدراج'],
  [/\breintegration\b/, 'réintégration', 'إدماج'],
  [/\bmilitias?\b/, 'milice', 'ميليشي'],
];

describe('DDR and amnesty clauses in French and Arabic', () => {
  it('uses the glossary’s term wherever the English text uses the English term', () => {
    expect(translated.length).toBeGreaterThanOrEqual(19);
    const off: string[] = [];
    for (const c of translated) {
      for (const v of VARIANTS) {
        for (const [en, fr, ar] of GLOSSARY) {
          if (!en.test(c.variants[v].text)) continue;
          if (!c.translations?.fr?.variants[v].text.includes(fr)) off.push(`${c.id} fr ${v}: ${fr}`);
          if (!c.translations?.ar?.variants[v].text.includes(ar.replace(/^ال/, 'ل'))) off.push(`${c.id} ar ${v}: ${ar}`);
        }
      }
    }
    expect(off).toEqual([]);
  });

  it('search finds DDR and amnesty clauses by their French and Arabic titles', () => {
    const { index } = getClauseLibrary();
    const first = (q: string) => index.search({ q }).hits[0]?.id;
    expect(first('Combattants étrangers')).toBe('ddr-foreign-combatants');
    expect(first('المقاتلون الأجانب')).toBe('ddr-foreign-combatants');
    expect(first('Exclusions de l’amnistie')).toBe('tj-amnesty-exclusions');
    expect(first('الاستثناءات من العفو')).toBe('tj-amnesty-exclusions');
    expect(first('حل الميليشيات')).toBe('ddr-pro-government-militias');
  });
});
