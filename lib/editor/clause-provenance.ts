import { clauseBlockLabel, type ClauseBlockAttrs } from './mediators-text';

/**
 * The provenance label shown on a clause block: "Library · cf-cantonment-sites v1 · standard", or
 * for a released Mediator's text who released it and when (lib/editor/mediators-text.ts).
 */
export function provenanceLabel(attrs: ClauseBlockAttrs): string {
  return clauseBlockLabel(attrs);
}

/** The PA-X codes stored on a clause block (a comma-separated attribute), as a list. */
export function paxCodesOf(attr: unknown): string[] {
  return typeof attr === 'string'
    ? attr
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean)
    : [];
}
