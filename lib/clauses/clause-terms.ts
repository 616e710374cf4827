import type { Clause } from './schema';

/**
 * The clause library's vocabulary without its validator: the browser uses these, and zod (the
 * schema in ./schema.ts) stays on the server.
 */

/** The topic folders of clause-library/, after the domain brief's taxonomy. */
export const CLAUSE_TOPICS = [
  'ceasefire',
  'security-guarantees',
  'ddr',
  'integration',
  'ssr',
  'related-threats',
  'salw',
  'mine-action',
  'cbm',
  'peacekeeping',
  'protection-gender',
  'transitional-justice',
  'implementation',
] as const;
export type ClauseTopic = (typeof CLAUSE_TOPICS)[number];

/** Checklist items every implementable provision should name (brief §2). */
export const GENERAL_CHECKLIST = [
  'who_bound',
  'action',
  'deadline',
  'responsible_body',
  'verification',
  'disputes',
  'funding',
  'sequencing',
  'reporting',
] as const;

/** Languages a clause may carry working translations in, beside English. */
export const CLAUSE_LANGUAGES = ['fr', 'ar'] as const;
export type ClauseLanguage = (typeof CLAUSE_LANGUAGES)[number];

export const VARIANTS = ['maximal', 'standard', 'fallback'] as const;
export type ClauseVariant = (typeof VARIANTS)[number];

/** The text of one variant. */
export function variantText(clause: Clause, variant: ClauseVariant): string {
  return clause.variants[variant].text;
}
