/**
 * Joins a filled value to the word before it the way the language requires, since a clause's text
 * cannot know the value's first word: in French « de » and « à » contract with the value's article
 * (« de le Gouvernement » → « du Gouvernement », « à les » → « aux »); in Arabic an attached
 * « لـ » or « بـ » (written with a tatweel before the field) loses the tatweel, and « لـ » before
 * the definite article becomes « لل » (« لـالهيئة » → « للهيئة »). Returns the text with those
 * fields already filled; every other field is left for fillPlaceholders.
 */
export function joinValues(text: string, values: Partial<Record<string, string>>, lang: string): string {
  if (lang === 'fr') {
    return text.replace(/(^|[^\p{L}’'])([Dd]e|[àÀ]) \{([A-Z][A-Z0-9_]*)\}/gu, (m, before: string, prep: string, name: string) => {
      const article = values[name]?.match(/^(les?) (.*)$/s);
      if (!article) return m;
      const contracted = CONTRACTIONS[`${prep.toLowerCase()} ${article[1]}`]!;
      const cased = prep === prep.toLowerCase() ? contracted : contracted.charAt(0).toUpperCase() + contracted.slice(1);
      return `${before}${cased} ${article[2]}`;
    });
  }
  if (lang === 'ar') {
    return text.replace(/([لب])ـ\{([A-Z][A-Z0-9_]*)\}/g, (m, particle: string, name: string) => {
      const value = values[name];
      if (!value) return m;
      return particle === 'ل' && value.startsWith('ال') ? `لل${value.slice(2)}` : `${particle}${value}`;
    });
  }
  return text;
}

const CONTRACTIONS: Record<string, string> = { 'de le': 'du', 'de les': 'des', 'à le': 'au', 'à les': 'aux' };
