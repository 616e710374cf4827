import { z } from 'zod';
import type { Db } from '@/db/client';
import { documents, memberships, negotiations, parties, type Negotiation } from '@/db/schema';
import { DAY_ZERO_EVENTS, SIGNATORY_ROLES } from '@/lib/negotiations/terms';
import { recordEvent } from '@/lib/audit/record-event';
import { zChangeStyle } from './change-style';
import { PARTY_PALETTE } from './labels';

export const zPartyInput = z.object({
  name: z.string().trim().min(2, 'Give the party a name (at least 2 characters).').max(120, 'Keep the name under 120 characters.'),
  shortName: z
    .string()
    .trim()
    .min(2, 'Use 2 to 8 characters.')
    .max(8, 'Use 2 to 8 characters.')
    .regex(/^[\p{L}\p{N}-]+$/u, 'Letters, digits and hyphens only.'),
  /** Fills the clause library's role placeholders ({GOVERNMENT}, {MOVEMENT}, {PARTY_C}, {THIRD_STATE}). */
  role: z.enum(SIGNATORY_ROLES, 'Choose government, armed movement, other signatory or third state.').default('other_signatory'),
});

export const zCreateNegotiation = z
  .object({
    title: z
      .string()
      .trim()
      .min(3, 'Give the negotiation a title (at least 3 characters).')
      .max(160, 'Keep the title under 160 characters.'),
    description: z.string().trim().max(2000, 'Keep the description under 2,000 characters.').default(''),
    parties: z.array(zPartyInput).min(2, 'A negotiation needs at least 2 parties.').max(6, 'At most 6 parties.'),
    style: zChangeStyle.shape.style.default('facilitative'),
    dayZero: z.enum(DAY_ZERO_EVENTS, 'Choose whether deadlines run from signature or from entry into force.').default('signature'),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.parties.forEach((p, i) => {
      const key = p.shortName.toUpperCase();
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: ['parties', i, 'shortName'], message: 'Each party needs a different short name.' });
      seen.add(key);
    });
    const governments = value.parties.map((p, i) => [p.role, i] as const).filter(([role]) => role === 'government');
    for (const [, i] of governments.slice(1)) {
      ctx.addIssue({
        code: 'custom',
        path: ['parties', i, 'role'],
        message: 'Only one party can be the government; a second state at the table is a third state.',
      });
    }
  });
export type CreateNegotiationInput = z.input<typeof zCreateNegotiation>;

export const SHARED_CHAPTER_TITLE = 'Chapter III – Security Arrangements';
export const MEDIATION_NOTES_TITLE = 'Mediation team notes';

/**
 * Creates a negotiation with its parties, the shared chapter, one caucus per party and the
 * mediation team's notes, all in one transaction, in the chosen mediation style (facilitative when
 * none is given). The creator becomes lead mediator and convener.
 * @throws ZodError when the input is not valid.
 */
export async function createNegotiation(db: Db, userId: string, input: CreateNegotiationInput): Promise<Negotiation> {
  const data = zCreateNegotiation.parse(input);
  return db.transaction(async (tx) => {
    const [negotiation] = await tx
      .insert(negotiations)
      .values({ title: data.title, description: data.description, style: data.style, dayZero: data.dayZero, createdBy: userId })
      .returning();
    const id = negotiation!.id;
    const partyRows = await tx
      .insert(parties)
      .values(
        data.parties.map((p, i) => ({
          negotiationId: id,
          name: p.name,
          shortName: p.shortName.toUpperCase(),
          role: p.role,
          color: PARTY_PALETTE[i % PARTY_PALETTE.length]!,
          position: i,
        })),
      )
      .returning();
    await tx.insert(memberships).values({ negotiationId: id, userId, role: 'lead_mediator', isConvener: true });
    await tx.insert(documents).values([
      { negotiationId: id, kind: 'shared', title: SHARED_CHAPTER_TITLE, position: 0 },
      ...partyRows.map((p, i) => ({
        negotiationId: id,
        kind: 'caucus' as const,
        partyId: p.id,
        title: `${p.shortName} caucus notes`,
        position: 10 + i,
      })),
      { negotiationId: id, kind: 'mediator_private', title: MEDIATION_NOTES_TITLE, position: 10 + partyRows.length },
    ]);
    await recordEvent(tx, {
      negotiationId: id,
      actorId: userId,
      action: 'negotiation.create',
      targetType: 'negotiation',
      targetId: id,
      details: { title: data.title, style: data.style, dayZero: data.dayZero },
    });
    return negotiation!;
  });
}
