import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { Db } from '@/db/client';
import { auditEvents, documents, memberships, parties, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { AccessError, HttpError } from '@/lib/access/errors';
import { listDocumentsFor, listNegotiationsFor, requireNegotiation } from '@/lib/access/scope';
import { createDocument } from '@/lib/negotiations/create-document';
import { createNegotiation } from '@/lib/negotiations/create-negotiation';
import { getNegotiationOverview } from '@/lib/negotiations/get-overview';
import { PARTY_PALETTE } from '@/lib/negotiations/labels';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';

let db: Db;
let close: () => Promise<void>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ({ db, close } = await openTestDatabase({ seeded: true }));
  await seedDemo(db);
  for (const u of await db.select().from(users)) ids[u.email] = u.id;
});
afterAll(async () => close?.());

const input = {
  title: 'Lakeside Talks',
  description: 'A test process.',
  parties: [
    { name: 'Government of Lakeside', shortName: 'gol' },
    { name: 'Lakeside Front', shortName: 'LF' },
    { name: 'Highland Council', shortName: 'HC' },
  ],
};

describe(`creating negotiations on ${TEST_DRIVER}`, () => {
  it('creates parties, documents and the convener membership in one go, with an audit event', async () => {
    const userId = ids['guarantor@pactum.test']!;
    const negotiation = await createNegotiation(db, userId, input);
    expect(negotiation.style).toBe('facilitative');

    const partyRows = await db.select().from(parties).where(eq(parties.negotiationId, negotiation.id));
    expect(partyRows.map((p) => p.shortName).sort()).toEqual(['GOL', 'HC', 'LF']);
    expect(partyRows.map((p) => p.color).sort()).toEqual([...PARTY_PALETTE.slice(0, 3)].sort());

    const [member] = await db.select().from(memberships).where(eq(memberships.negotiationId, negotiation.id));
    expect(member).toMatchObject({ userId, role: 'lead_mediator', isConvener: true, partyId: null });

    const docs = await db.select().from(documents).where(eq(documents.negotiationId, negotiation.id));
    expect(docs.filter((d) => d.kind === 'shared').map((d) => d.title)).toEqual(['Chapter III – Security Arrangements']);
    expect(docs.filter((d) => d.kind === 'caucus')).toHaveLength(3);
    expect(docs.filter((d) => d.kind === 'mediator_private').map((d) => d.title)).toEqual(['Mediation team notes']);

    const events = await db.select().from(auditEvents).where(eq(auditEvents.negotiationId, negotiation.id));
    expect(events.map((e) => e.action)).toEqual(['negotiation.create']);

    expect((await listNegotiationsFor(db, userId)).map((r) => r.negotiation.id)).toContain(negotiation.id);
    // The lead mediator sees the shared chapter and the mediation notes, not the parties' caucuses.
    const visible = await listDocumentsFor(db, await requireNegotiation(db, userId, negotiation.id));
    expect(visible.map((d) => d.kind).sort()).toEqual(['mediator_private', 'shared']);

    const overview = await getNegotiationOverview(db, userId, negotiation.id);
    expect(overview.me.permissions['members.manage']).toBe(true);
    expect(overview.me.permissions['style.change']).toBe(true);
  });

  it('opens in the chosen mediation style, and names it in the audit event', async () => {
    const userId = ids['guarantor@pactum.test']!;
    const negotiation = await createNegotiation(db, userId, { ...input, title: 'Lakeside Talks (formulative)', style: 'formulative' });
    expect(negotiation.style).toBe('formulative');
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.negotiationId, negotiation.id));
    expect(event!.details).toMatchObject({ style: 'formulative' });
    const overview = await getNegotiationOverview(db, userId, negotiation.id);
    expect(overview.negotiation.style).toBe('formulative');
  });

  it('refuses an unknown mediation style, writing nothing', async () => {
    const before = (await db.select().from(parties)).length;
    const bad = createNegotiation(db, ids['guarantor@pactum.test']!, { ...input, style: 'coercive' as never });
    await expect(bad).rejects.toSatisfy((e: unknown) => e instanceof ZodError && e.issues.some((i) => i.path.join('.') === 'style'));
    expect((await db.select().from(parties)).length).toBe(before);
  });

  it("stores each party's role and the chosen day zero, and refuses a second government", async () => {
    const userId = ids['guarantor@pactum.test']!;
    const roles = [
      { name: 'Lakeside Front', shortName: 'LF2', role: 'armed_movement' as const },
      { name: 'Government of Lakeside', shortName: 'GOL2', role: 'government' as const },
      { name: 'Republic of Upland', shortName: 'RU', role: 'third_state' as const },
    ];
    const negotiation = await createNegotiation(db, userId, {
      ...input,
      title: 'Lakeside Talks (roles)',
      parties: roles,
      dayZero: 'entry_into_force',
    });
    expect(negotiation.dayZero).toBe('entry_into_force');
    const overview = await getNegotiationOverview(db, userId, negotiation.id);
    expect(overview.parties.map((p) => [p.shortName, p.role])).toEqual([
      ['LF2', 'armed_movement'],
      ['GOL2', 'government'],
      ['RU', 'third_state'],
    ]);
    // Parties entered without a role are other signatories; the demo's first two keep government and movement.
    const plain = await createNegotiation(db, userId, { ...input, title: 'Lakeside Talks (no roles)' });
    expect((await getNegotiationOverview(db, userId, plain.id)).parties.map((p) => p.role)).toEqual([
      'other_signatory',
      'other_signatory',
      'other_signatory',
    ]);
    const twoGovernments = createNegotiation(db, userId, {
      ...input,
      parties: [
        { name: 'Gov A', shortName: 'GA', role: 'government' },
        { name: 'Gov B', shortName: 'GB', role: 'government' },
      ],
    });
    await expect(twoGovernments).rejects.toSatisfy(
      (e: unknown) => e instanceof ZodError && e.issues.some((i) => i.path.join('.') === 'parties.1.role'),
    );
  });

  it('refuses fewer than two parties and duplicate short names, writing nothing', async () => {
    const before = (await db.select().from(parties)).length;
    await expect(createNegotiation(db, ids['observer@pactum.test']!, { ...input, parties: [input.parties[0]!] })).rejects.toBeInstanceOf(
      ZodError,
    );
    const dup = createNegotiation(db, ids['observer@pactum.test']!, {
      ...input,
      parties: [
        { name: 'One', shortName: 'AB' },
        { name: 'Two', shortName: 'ab' },
      ],
    });
    await expect(dup).rejects.toSatisfy(
      (e: unknown) => e instanceof ZodError && e.issues.some((i) => i.path.join('.') === 'parties.1.shortName'),
    );
    expect((await db.select().from(parties)).length).toBe(before);
  });

  it('lets only the convener add documents, and only with a party of this negotiation', async () => {
    const convener = ids['mediator@pactum.test']!;
    const [talks] = await listNegotiationsFor(db, convener);
    const negotiationId = talks!.negotiation.id;
    const doc = await createDocument(db, convener, negotiationId, { title: 'Annex B – Verification', kind: 'shared' });
    expect(doc.kind).toBe('shared');
    await expect(
      createDocument(db, ids['expert@pactum.test']!, negotiationId, { title: 'Another annex', kind: 'shared' }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      createDocument(db, ids['outsider@pactum.test']!, negotiationId, { title: 'Another annex', kind: 'shared' }),
    ).rejects.toBeInstanceOf(AccessError);
    const foreignParty = (await db.select().from(parties).where(eq(parties.shortName, 'LF')))[0]!.id;
    await expect(
      createDocument(db, convener, negotiationId, { title: 'Caucus', kind: 'caucus', partyId: foreignParty }),
    ).rejects.toBeInstanceOf(HttpError);
  });
});
