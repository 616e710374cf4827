import { withSchemaDefaults } from './schema-defaults';
import type { PmNode } from './to-json';
import { isSuggestionMark, parseSuggestionId } from './suggestions';

type Mark = NonNullable<PmNode['marks']>[number];

/** Who is editing, and which of their own marks the server lets them add or remove. */
export interface GuardActor {
  userId: string;
  /** Their party's id, or null for mediators and experts. */
  partyId: string | null;
  /** May place and lift brackets of their own (matrix: bracket.place). */
  mayBracket: boolean;
}

const ownSuggestion = (mark: Mark, actor: GuardActor) =>
  isSuggestionMark(mark.type) && parseSuggestionId(mark.attrs?.id)?.userId === actor.userId;
const ownBracket = (mark: Mark, actor: GuardActor) => actor.mayBracket && mark.type === 'bracket' && mark.attrs?.userId === actor.userId;
const isOwnInsertionText = (node: PmNode, actor: GuardActor) =>
  node.text !== undefined && (node.marks ?? []).some((m) => m.type === 'insertion' && ownSuggestion(m, actor));

/**
 * The document as it stands without this user's own suggestions and brackets: their inserted text
 * and any paragraph made only of it removed, their deletion/modification/bracket marks lifted,
 * adjacent equal text merged. Everything else is kept exactly.
 */
export function withoutOwnChanges(node: PmNode, actor: GuardActor): PmNode {
  const out: PmNode = { type: node.type };
  if (node.attrs) out.attrs = node.attrs;
  const marks = (node.marks ?? []).filter((m) => !ownSuggestion(m, actor) && !ownBracket(m, actor));
  if (marks.length) out.marks = marks;
  if (node.text !== undefined) out.text = node.text;
  if (!node.content) return out;
  const children: PmNode[] = [];
  for (const child of node.content) {
    if (isOwnInsertionText(child, actor)) continue;
    if ((child.marks ?? []).some((m) => m.type === 'insertion' && ownSuggestion(m, actor))) continue; // a proposed block
    if (child.text === undefined && child.content?.length && child.content.every((c) => isOwnInsertionText(c, actor))) continue; // a proposed paragraph
    const clean = withoutOwnChanges(child, actor);
    const prev = children[children.length - 1];
    if (prev?.text !== undefined && clean.text !== undefined && JSON.stringify(prev.marks ?? []) === JSON.stringify(clean.marks ?? [])) {
      children[children.length - 1] = { ...prev, text: prev.text + clean.text };
    } else children.push(clean);
  }
  if (children.length) out.content = children;
  return out;
}

/** Brackets this user placed that claim a party other than their own. */
function foreignBrackets(node: PmNode, actor: GuardActor): number {
  const here = (node.marks ?? []).filter(
    (m) => m.type === 'bracket' && m.attrs?.userId === actor.userId && (m.attrs?.partyId ?? null) !== actor.partyId,
  ).length;
  return here + (node.content ?? []).reduce((n, c) => n + foreignBrackets(c, actor), 0);
}

export interface GuardResult {
  ok: boolean;
  reason?: string;
}

/**
 * Whether a change by a suggest-only user (formulative/power-based parties, experts) consists only
 * of their own attributed suggestions (and, where allowed, their own party's brackets): the text of
 * everyone else, including other people's suggestions and brackets, must be untouched.
 */
export function isSuggestionOnlyChange(before: PmNode, after: PmNode, actor: GuardActor, takenUids?: () => Set<string>): GuardResult {
  if (foreignBrackets(after, actor) > foreignBrackets(before, actor)) {
    return { ok: false, reason: 'A bracket can only be placed on behalf of your own party.' };
  }
  // An attribute written with its schema default (an editor completing an older block) is no change.
  const was = withoutOwnChanges(withSchemaDefaults(before), actor);
  const now = withoutOwnChanges(withSchemaDefaults(after), actor);
  if (JSON.stringify(was) === JSON.stringify(now)) return { ok: true };
  if (JSON.stringify(withoutUids(was)) === JSON.stringify(withoutUids(now)) && onlyNewUids(was, now, takenUids)) return { ok: true };
  return { ok: false, reason: 'Only suggestions are allowed for your role in this mediation style: the change would alter text directly.' };
}

/** The tree without block `uid` attributes (to compare everything else). */
function withoutUids(node: PmNode): PmNode {
  const out: PmNode = { ...node };
  if (node.attrs && 'uid' in node.attrs) {
    const { uid: _uid, ...rest } = node.attrs;
    if (Object.keys(rest).length) out.attrs = rest;
    else delete out.attrs;
  }
  if (node.content) out.content = node.content.map(withoutUids);
  return out;
}

function uidsByPath(node: PmNode, path = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof node.attrs?.uid === 'string') out.set(path, node.attrs.uid);
  node.content?.forEach((c, i) => uidsByPath(c, `${path}/${i}`, out));
  return out;
}

/**
 * For two trees equal but for uids: every existing uid stays on its block, and the only change is
 * a fresh, unique uid given to a block that had none. Keying a paragraph (so an alternative can
 * name it) is not a change of text, but moving a key would re-attach statuses and comments.
 * `taken` (when the trees are only part of the document) gives every uid in use anywhere; fresh
 * uids are added to it, so one update cannot give the same uid twice.
 */
function onlyNewUids(before: PmNode, after: PmNode, taken?: () => Set<string>): boolean {
  const was = uidsByPath(before);
  const now = uidsByPath(after);
  for (const [path, uid] of was) if (now.get(path) !== uid) return false;
  const fresh = [...now].filter(([path]) => !was.has(path));
  if (fresh.length === 0) return true;
  const seen = taken?.() ?? new Set(was.values());
  for (const [, uid] of fresh) {
    if (seen.has(uid)) return false;
    seen.add(uid);
  }
  return true;
}
