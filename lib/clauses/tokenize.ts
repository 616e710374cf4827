const STOP_WORDS = new Set(['a', 'an', 'and', 'any', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'into', 'is', 'it', 'its', 'of', 'on', 'or', 'the', 'to', 'with']);

/** Lower-case, accent-free form of a text, for comparing titles and queries. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Search tokens of a text: placeholders dropped, stop words removed. */
export function tokenize(text: string): string[] {
  const withoutPlaceholders = text.replace(/\{[A-Z0-9_]+\}/g, ' ');
  return normalizeText(withoutPlaceholders)
    .split(' ')
    .filter((t) => t.length > 0 && !STOP_WORDS.has(t));
}
