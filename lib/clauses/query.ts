import { z } from 'zod';
import { CLAUSE_TOPICS } from './clause-terms';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .optional()
    .transform((v) => (v ? v : undefined));

/** Query string of GET /api/clauses: full-text `q`, filters, a result limit and `facets=1`. */
export const zClauseQuery = z.strictObject({
  q: optionalText(200),
  topic: z.enum(CLAUSE_TOPICS).optional(),
  pax: z
    .string()
    .regex(/^[A-Z][A-Za-z]{0,20}$/, 'must be a PA-X code such as CeProv')
    .optional(),
  tag: optionalText(60),
  limit: z.coerce.number().int().min(1).max(200).default(30),
  facets: z.enum(['0', '1']).optional(),
});
export type ClauseQueryInput = z.infer<typeof zClauseQuery>;

/** A clause id in a URL. */
export const zClauseId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a clause id')
  .max(120);

/** Reads URL search params into a plain object (the last value of a repeated key wins). */
export function searchParamsObject(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams.entries());
}
