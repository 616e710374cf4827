/**
 * Suggestion (track-changes) conventions shared by the browser plugin, the server guard, review
 * and export. Marks are those of @handlewithcare/prosemirror-suggest-changes (`insertion`,
 * `deletion`, `modification`); their `id` carries the author so attribution survives Yjs sync:
 * `s:<userId>:<partyId or "none">:<serial>`.
 */
export const SUGGESTION_MARKS = ['insertion', 'deletion', 'modification'] as const;
export type SuggestionMark = (typeof SUGGESTION_MARKS)[number];

export interface SuggestionAuthor {
  userId: string;
  partyId: string | null;
}

export function suggestionId(author: SuggestionAuthor, serial: number | string): string {
  return `s:${author.userId}:${author.partyId ?? 'none'}:${serial}`;
}

/** The author encoded in a suggestion id, or null for ids not made by Pactum. */
export function parseSuggestionId(id: unknown): (SuggestionAuthor & { serial: string }) | null {
  if (typeof id !== 'string') return null;
  const m = /^s:([0-9a-f-]{36}):([0-9a-f-]{36}|none):([\w-]{1,40})$/i.exec(id);
  return m ? { userId: m[1]!, partyId: m[2] === 'none' ? null : m[2]!, serial: m[3]! } : null;
}

export const isSuggestionMark = (type: string): type is SuggestionMark => (SUGGESTION_MARKS as readonly string[]).includes(type);
