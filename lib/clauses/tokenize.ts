const STOP_WORDS = new Set([
  // English
  'a',
  'an',
  'and',
  'any',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'in',
  'into',
  'is',
  'it',
  'its',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  // French (accents already folded)
  'au',
  'aux',
  'ce',
  'ces',
  'd',
  'dans',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'ou',
  'par',
  'pour',
  'qui',
  'que',
  'sur',
  'un',
  'une',
  // Arabic (after normalisation below)
  'في',
  'من',
  'الي',
  'علي',
  'عن',
  'او',
  'ان',
  'التي',
  'الذي',
  'هذا',
  'هذه',
  'ذلك',
  'مع',
]);

// Arabic-Indic and Eastern Arabic-Indic digits, read as 0-9.
const DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const digitValue = (d: string) => String((d.charCodeAt(0) - (d >= '\u06F0' ? 0x06f0 : 0x0660)) % 10);

/**
 * Lower-case, accent-free form of a text in any script, for comparing titles and queries:
 * diacritics (French accents, Arabic harakat, shadda, madda, hamza carriers) dropped, tatweel
 * removed, Arabic letter variants folded (أإآٱ→ا, ى→ي, ة→ه), Arabic digits as 0-9, and anything
 * that is not a letter or digit a space. "Sécurité" → "securite"; "وَقْفُ إطلاقِ النّـار" → "وقف اطلاق النار".
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '')
    .replace(/[\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .replace(DIGITS, digitValue)
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Arabic proclitics fused to a word: the article and the particles that take it (wa-, bi-, ka-, fa-, li-).
const ARABIC_ARTICLE = /^(?:وال|بال|كال|فال|لل|ال)(?=[\u0621-\u064A]{2,})/;

/** One token's search form: Arabic words lose a fused article ("والنار", "بالنار" → "نار"). */
function stem(token: string): string {
  return token.replace(ARABIC_ARTICLE, '');
}

/** Search tokens of a text in any script: placeholders dropped, stop words removed, Arabic articles stripped. */
export function tokenize(text: string): string[] {
  const withoutPlaceholders = text.replace(/\{[A-Z0-9_]+\}/g, ' ');
  return normalizeText(withoutPlaceholders)
    .split(' ')
    .filter((t) => t.length > 0 && !STOP_WORDS.has(t))
    .map(stem);
}
