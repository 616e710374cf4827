/**
 * Error sentences with values spliced in ("This clause is already parked."), read back from the
 * English template they were written from and said again in another language. A template is a
 * catalogue message with plain `{name}` placeholders only (no plural or select).
 */

/** One piece of a template: literal text, or the place of a named value. */
export type TemplatePart = string | { name: string };

/**
 * A template's pieces, from the raw ICU string (tests, the collab server) or from the form Next's
 * build precompiles catalogues into (next.config.js: `"a {x}."` becomes `["a ", ["x"], "."]`).
 */
export function templateParts(message: unknown): TemplatePart[] {
  if (typeof message === 'string') {
    return message
      .split(/\{(\w+)\}/)
      .map((piece, i) => (i % 2 === 1 ? { name: piece } : piece))
      .filter((p) => p !== '');
  }
  if (!Array.isArray(message)) return [];
  return message.map((piece): TemplatePart => (Array.isArray(piece) ? { name: String(piece[0]) } : String(piece))).filter((p) => p !== '');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A matcher for the English template: the whole sentence, each value captured by name. */
export function compileMatcher(parts: TemplatePart[]): { regex: RegExp; names: string[] } | null {
  const names = parts.filter((p): p is { name: string } => typeof p !== 'string').map((p) => p.name);
  if (names.length === 0 || new Set(names).size !== names.length) return null;
  const source = parts.map((p) => (typeof p === 'string' ? escapeRegExp(p) : '([\\s\\S]+?)')).join('');
  return { regex: new RegExp(`^${source}$`), names };
}

/** The localized template with each value put in its place (values are never read as patterns). */
export function fillTemplate(parts: TemplatePart[], values: Record<string, string>): string {
  return parts.map((p) => (typeof p === 'string' ? p : (values[p.name] ?? ''))).join('');
}
