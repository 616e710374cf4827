import type { useTranslations } from 'next-intl';
import { CLOSE } from '@/lib/collab/protocol';

type SaveT = ReturnType<typeof useTranslations<'save'>>;

const EXPLAINED = [
  CLOSE.forbiddenOrigin,
  CLOSE.notFound,
  CLOSE.badDocumentId,
  CLOSE.rateLimited,
  CLOSE.tooManySockets,
  CLOSE.tooBig,
  CLOSE.serverError,
] as const;

/**
 * Why the collaboration server closed the document, in the reader's language. The close code is the
 * stable part (lib/collab/protocol.ts); the server's English reason is never shown as such.
 */
export function describeClose(t: SaveT, code: number): string {
  if (code === CLOSE.unauthenticated) return t('sessionEnded');
  const known = EXPLAINED.find((c) => c === code);
  return known ? t(`close_${known}`) : t('closed');
}

// The refusals lib/collab and lib/editor send with close code 4422, by their stable opening words.
const REFUSALS: [RegExp, Parameters<SaveT>[0]][] = [
  [/^A bracket can only be placed on behalf of your own party/, 'refusedOwnParty'],
  [/^An alternative can only be proposed for your own party/, 'refusedAltOwnParty'],
  [/^Only suggestions are allowed/, 'refusedSuggestOnly'],
  [/^This change depends on edits/, 'refusedStale'],
  [/^This deletion is too large/, 'refusedTooLarge'],
  [/bracket or the words inside it/, 'refusedBracketOwner'],
  [/^Only the .* may change .*alternative/, 'refusedAltOwner'],
  [/^Only the mediator may collapse alternatives/, 'refusedCollapse'],
];

/** A refused edit's reason in the reader's language (a generic sentence for one we do not know). */
export function describeRefusal(t: SaveT, reason: string): string {
  const key = REFUSALS.find(([re]) => re.test(reason))?.[1];
  return key ? t(key) : t('refusedGeneric');
}
