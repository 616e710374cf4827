import { z } from 'zod';
import { paxCodeProblem } from './pax-codes';
import { isPlaceholderName, PLACEHOLDER_PATTERN } from './placeholders';

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

export const VARIANTS = ['maximal', 'standard', 'fallback'] as const;
export type ClauseVariant = (typeof VARIANTS)[number];

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Topic-specific items use a short prefix, e.g. `ceasefire:maps`, `ma:records`, `tj:exclusions`. */
const topicItem = /^[a-z]+:[a-z0-9_]+$/;

const zClauseText = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .superRefine((text, ctx) => {
    for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
      if (!isPlaceholderName(match[1]!)) ctx.addIssue({ code: 'custom', message: `unknown placeholder {${match[1]}}` });
    }
    if (/\{(?![A-Z][A-Z0-9_]*\})/.test(text)) ctx.addIssue({ code: 'custom', message: 'malformed placeholder: use {UPPER_SNAKE}' });
  });

const zChecklistItem = z
  .string()
  .refine((item) => (GENERAL_CHECKLIST as readonly string[]).includes(item) || topicItem.test(item), {
    message: `must be one of ${GENERAL_CHECKLIST.join(', ')} or a topic item like "ceasefire:maps"`,
  });

/** One clause-library file. Unknown fields are rejected so a typo cannot hide a missing field. */
export const zClause = z.strictObject({
  id: z.string().regex(kebab, 'must be kebab-case'),
  version: z.number().int().min(1),
  topic: z.enum(CLAUSE_TOPICS),
  subtopic: z.string().regex(kebab, 'must be kebab-case'),
  title: z.string().trim().min(3).max(120),
  summary: z.string().trim().min(10).max(600),
  strength: z.enum(['shall', 'should', 'may']),
  body: zClauseText,
  variants: z.strictObject({ maximal: zClauseText, fallback: zClauseText }),
  drafting_note: z.string().trim().min(10),
  checklist: z.array(zChecklistItem).min(1),
  tags: z.array(z.string().trim().min(2).refine((t) => t === t.toLowerCase(), { message: 'must be lowercase' })).min(1),
  /** Coded variables of the PA-X codebook (lib/clauses/data/pax-codebook.json); any other is rejected. */
  pax_codes: z
    .array(
      z.string().superRefine((code, ctx) => {
        const problem = paxCodeProblem(code);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    )
    .min(1, 'name at least one PA-X code (see lib/clauses/data/pax-codebook.json)')
    .refine((codes) => new Set(codes).size === codes.length, { message: 'lists a PA-X code twice' }),
  related: z.array(z.string().regex(kebab, 'must be a clause id')),
});
export type Clause = z.infer<typeof zClause>;

/** The text of one variant; `standard` is the body. */
export function variantText(clause: Clause, variant: ClauseVariant): string {
  return variant === 'standard' ? clause.body : clause.variants[variant];
}
