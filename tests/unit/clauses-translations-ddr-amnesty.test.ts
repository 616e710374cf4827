import { describe, expect, it } from 'vitest';
import { validateLibrary } from '@/lib/clauses/validate-library';
import { firstHit, glossaryMisses, type GlossaryEntry } from '../support/clause-glossary';

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
const GLOSSARY: GlossaryEntry[] = [
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
    const off = glossaryMisses(translated, GLOSSARY, (ar) => ar.replace(/^ال/, 'ل'));
    expect(off).toEqual([]);
  });

  it('search finds DDR and amnesty clauses by their French and Arabic titles', () => {
    const expected: [query: string, id: string][] = [
      ['Combattants étrangers', 'ddr-foreign-combatants'],
      ['المقاتلون الأجانب', 'ddr-foreign-combatants'],
      ['Exclusions de l’amnistie', 'tj-amnesty-exclusions'],
      ['الاستثناءات من العفو', 'tj-amnesty-exclusions'],
      ['حل الميليشيات', 'ddr-pro-government-militias'],
    ];
    expect(expected.map(([q]) => [q, firstHit(q)])).toEqual(expected);
  });
});
