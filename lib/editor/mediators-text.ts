import { formatDay } from '@/lib/format/dates';

/** The `variant` of a clause block that holds a released Mediator's text (not a library clause). */
export const MEDIATORS_TEXT_VARIANT = 'released';

/** What a clause block says about itself (its attributes, as stored). */
export interface ClauseBlockAttrs {
  clauseId?: unknown;
  version?: unknown;
  variant?: unknown;
  releasedBy?: unknown;
  releasedAt?: unknown;
  replaces?: unknown;
}

/** Whether a clause block is a Mediator's text released by the mediation team (never a library clause). */
export function isMediatorsText(attrs: ClauseBlockAttrs | null | undefined): boolean {
  return attrs?.variant === MEDIATORS_TEXT_VARIANT;
}

/** The library id of a clause block, or null for a Mediator's text or a block without one. */
export function libraryClauseId(attrs: ClauseBlockAttrs | null | undefined): string | null {
  if (!attrs || isMediatorsText(attrs)) return null;
  return typeof attrs.clauseId === 'string' && attrs.clauseId ? attrs.clauseId : null;
}

/**
 * The label above a clause block, the same in the editor, the print view and the DOCX:
 * "Mediator's text v3 — released by Helena Marsh, mediation team, 7 Dec 2026 · replaces v2", or
 * for a library clause "Library · cf-cantonment-sites v1 · standard".
 */
export function clauseBlockLabel(attrs: ClauseBlockAttrs, locale?: string): string {
  const version = Number(attrs.version ?? 1) || 1;
  if (isMediatorsText(attrs)) {
    const by = typeof attrs.releasedBy === 'string' && attrs.releasedBy ? attrs.releasedBy : 'the mediation team';
    const day = formatDay(typeof attrs.releasedAt === 'string' ? attrs.releasedAt : null, locale);
    const replaces = Number(attrs.replaces ?? 0);
    return `Mediator's text v${version} — released by ${by}, mediation team${day ? `, ${day}` : ''}${replaces > 0 ? ` · replaces v${replaces}` : ''}`;
  }
  return `Library · ${String(attrs.clauseId ?? '')} v${version} · ${String(attrs.variant ?? '')}`;
}
