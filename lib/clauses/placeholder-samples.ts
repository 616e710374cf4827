import type { ClauseLanguage } from './clause-terms';
import type { PlaceholderName } from './placeholders';

/**
 * Realistic values for the placeholders of the French and Arabic working translations, as a
 * negotiation in that language would fill them: names carry their article in French (« le
 * Gouvernement d’Arandia »), and the Arabic party names are feminine nouns (حكومة، حركة، جبهة،
 * جمهورية), which is why the translations put feminine verbs before {GOVERNMENT} and {MOVEMENT}.
 * Tests fill every translation with them and check the sentences they make.
 */
/** Numbers are written the same way in both languages (Western digits, as the English samples). */
const NUMBERS = {
  N_HOURS: '72',
  N_DAYS: '30',
  N_WEEKS: '6',
  N_MONTHS: '6',
  N_YEARS: '5',
  N: '12',
  PERCENT: '30',
  DISTANCE_KM: '5',
} as const;

export const TRANSLATED_SAMPLES: Record<ClauseLanguage, Record<PlaceholderName, string>> = {
  fr: {
    GOVERNMENT: 'le Gouvernement d’Arandia',
    MOVEMENT: 'le Mouvement populaire arandien',
    PARTY_C: 'le Front de libération du Sud',
    THIRD_STATE: 'la République de Belmar',
    DAY_ZERO: 'la signature du présent Accord',
    DATE: '1er mars 2027',
    TIME: '06 h 00',
    ...NUMBERS,
    BODY: 'le Conseil indépendant de surveillance',
    LOCATION: 'le district de Tamara',
    FUNDER: 'le Fonds des Nations Unies pour la consolidation de la paix',
    MISSION: 'la Mission de vérification des Nations Unies en Arandia',
    AUTHORITY: 'le Conseil de sécurité de l’Organisation des Nations Unies',
    LAW: 'la loi relative à la mise en œuvre de la paix',
  },
  ar: {
    GOVERNMENT: 'حكومة أرانديا',
    MOVEMENT: 'حركة شعب أرانديا',
    PARTY_C: 'جبهة تحرير الجنوب',
    THIRD_STATE: 'جمهورية بلمار',
    DAY_ZERO: 'توقيع هذا الاتفاق',
    DATE: '1 آذار/مارس 2027',
    TIME: '06:00',
    ...NUMBERS,
    BODY: 'الهيئة المستقلة للرصد',
    LOCATION: 'مقاطعة تامارا',
    FUNDER: 'صندوق الأمم المتحدة لبناء السلام',
    MISSION: 'بعثة الأمم المتحدة للتحقق في أرانديا',
    AUTHORITY: 'مجلس الأمن التابع للأمم المتحدة',
    LAW: 'قانون تنفيذ السلام',
  },
};
