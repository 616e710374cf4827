import { z } from 'zod';
import { findCheck } from './checks';
import { draftingProblems, placeholderProblems } from './drafting-conventions';
import { paxCodeProblem } from './pax-codes';
import { CLAUSE_LANGUAGES, CLAUSE_TOPICS, GENERAL_CHECKLIST, VARIANTS } from './clause-terms';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Topic-specific items use a short prefix, e.g. `ceasefire:maps`, `ma:records`, `tj:exclusions`. */
const topicItem = /^[a-z]+:[a-z0-9_]+$/;

/** Editor-ready clause text in the house conventions (lib/clauses/drafting-conventions.ts). */
const zClauseText = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .superRefine((text, ctx) => {
    for (const message of draftingProblems(text)) ctx.addIssue({ code: 'custom', message });
  });

/**
 * What a variant gives up, shown at the clause when it is inserted: every variant that weakens a
 * safeguard says so. `blocking` is for international-law problems, `warning` for the rest.
 */
const zWarningMessage = z
  .string()
  .trim()
  .min(20, 'say what the variant weakens and why it matters')
  .refine((m) => !/\{[A-Z_]+\}/.test(m), { message: 'is shown to readers as is: write it without placeholders' });

export const zVariantWarning = z.strictObject({
  severity: z.enum(['blocking', 'warning']),
  message: zWarningMessage,
});
export type VariantWarning = z.infer<typeof zVariantWarning>;

/**
 * One position of a clause. An object, not a bare string, so that later versions can carry
 * translations (e.g. `translations: { fr, ar }`) beside the English text.
 */
const zVariant = z.strictObject({
  text: zClauseText,
  warning: zVariantWarning.optional(),
});

/** Languages a clause may be translated into (the library's own text is English). */
export { CLAUSE_LANGUAGES, type ClauseLanguage } from './clause-terms';

const zTranslatedText = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .superRefine((text, ctx) => {
    for (const message of placeholderProblems(text)) ctx.addIssue({ code: 'custom', message });
  });

/** A variant in another language: its text and, when the English variant has one, its warning's message (the severity is the English one's). */
const zTranslatedVariant = z.strictObject({
  text: zTranslatedText,
  warning: z.strictObject({ message: zWarningMessage }).optional(),
});

/**
 * A clause in another language: the team's working translation, never an official text. It says
 * so (`status: "working"`), keeps every placeholder of the English variant, and is searched and
 * offered beside the English text; the English text stays the reference. Warnings and the drafting
 * note may be translated too; readers see the English ones where they are not.
 */
export const zClauseTranslation = z.strictObject({
  status: z.literal('working'),
  title: z.string().trim().min(3).max(160),
  summary: z.string().trim().min(10).max(800),
  variants: z.strictObject({ maximal: zTranslatedVariant, standard: zTranslatedVariant, fallback: zTranslatedVariant }),
  drafting_note: z.string().trim().min(10).optional(),
});
export type ClauseTranslation = z.infer<typeof zClauseTranslation>;

/** A checklist item the engine can check (lib/clauses/checks): a general element or a topic item. */
const zChecklistItem = z
  .string()
  .refine((item) => (GENERAL_CHECKLIST as readonly string[]).includes(item) || topicItem.test(item), {
    message: `must be one of ${GENERAL_CHECKLIST.join(', ')} or a topic item like "ceasefire:maps"`,
  })
  .refine((item) => !topicItem.test(item) || findCheck(item) !== undefined, {
    message: 'has no check in lib/clauses/checks/topic-checks.ts: add one, or use an existing item',
  });

/**
 * A real agreement that contains a comparable provision, cited where the provision sits (article,
 * section, chapter, protocol or annex). Cited only when known: a clause with no close precedent
 * says so in `precedent_note` rather than guessing.
 */
export const zPrecedent = z.strictObject({
  agreement: z.string().trim().min(10, "give the agreement's name"),
  year: z.number().int().min(1945).max(2100),
  reference: z.string().trim().min(3, 'say where in the agreement: article, section, chapter, protocol or annex'),
  note: z.string().trim().min(10).optional(),
});
export type Precedent = z.infer<typeof zPrecedent>;

/** An instrument of international law or policy the clause applies (a treaty, a resolution, a standard): not a peace agreement. */
export const zReference = z.strictObject({
  instrument: z.string().trim().min(10),
  year: z.number().int().min(1945).max(2100),
  reference: z.string().trim().min(2).optional(),
});

/** One clause-library file. Unknown fields are rejected so a typo cannot hide a missing field. */
export const zClause = z
  .strictObject({
    id: z.string().regex(kebab, 'must be kebab-case'),
    version: z.number().int().min(1),
    topic: z.enum(CLAUSE_TOPICS),
    subtopic: z.string().regex(kebab, 'must be kebab-case'),
    title: z.string().trim().min(3).max(120),
    summary: z.string().trim().min(10).max(600),
    strength: z.enum(['shall', 'should', 'may']),
    /** maximal = most demanding, standard = the usual balanced text, fallback = the minimum acceptable. */
    variants: z.strictObject({ maximal: zVariant, standard: zVariant, fallback: zVariant }),
    drafting_note: z.string().trim().min(10),
    checklist: z
      .array(zChecklistItem)
      .min(1)
      .refine((items) => new Set(items).size === items.length, { message: 'lists a checklist item twice' }),
    tags: z
      .array(
        z
          .string()
          .trim()
          .min(2)
          .refine((t) => t === t.toLowerCase(), { message: 'must be lowercase' }),
      )
      .min(1),
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
    /** Bodies and defined terms this clause establishes, e.g. "Joint Implementation Commission". */
    defines: z.array(z.string().trim().min(3)),
    /** Clauses whose bodies or terms this clause relies on; a draft without them gets a warning. */
    requires: z.array(z.string().regex(kebab, 'must be a clause id')),
    /** Clauses covering the same ground differently: a draft should hold one of them, not both. */
    alternatives: z.array(z.string().regex(kebab, 'must be a clause id')),
    /** Peace agreements with a comparable provision, cited accurately. */
    precedents: z.array(zPrecedent),
    /** Treaties, resolutions and standards the text draws on. */
    references: z.array(zReference),
    /** Required when there is no precedent: "No close precedent: …", saying why. */
    precedent_note: z.string().trim().optional(),
    /** Working translations by language; see zClauseTranslation. */
    translations: z.strictObject({ fr: zClauseTranslation.optional(), ar: zClauseTranslation.optional() }).optional(),
  })
  .superRefine((clause, ctx) => {
    const placeholdersOf = (text: string) => [...new Set(text.match(/\{[A-Z][A-Z0-9_]*\}/g) ?? [])].sort().join(' ');
    for (const lang of CLAUSE_LANGUAGES) {
      const translation = clause.translations?.[lang];
      if (!translation) continue;
      for (const variant of VARIANTS) {
        const english = placeholdersOf(clause.variants[variant].text);
        const translated = placeholdersOf(translation.variants[variant].text);
        if (english !== translated) {
          ctx.addIssue({
            code: 'custom',
            path: ['translations', lang, 'variants', variant, 'text'],
            message: `must keep the English text's placeholders (${english || 'none'}), has ${translated || 'none'}`,
          });
        }
        if (translation.variants[variant].warning && !clause.variants[variant].warning) {
          const path = ['translations', lang, 'variants', variant, 'warning'];
          ctx.addIssue({ code: 'custom', path, message: 'translates a warning the English variant does not have' });
        }
      }
    }
    if (clause.precedents.length === 0 && !/^No close precedent\b/.test(clause.precedent_note ?? '')) {
      ctx.addIssue({
        code: 'custom',
        path: ['precedents'],
        message: 'cite at least one agreement, or explain in precedent_note starting "No close precedent"',
      });
    }
  });
export type Clause = z.infer<typeof zClause>;
