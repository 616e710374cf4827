import { and, eq } from 'drizzle-orm';
import { ZodError } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditEvents, negotiationFloor, negotiations, parties } from '@/db/schema';
import { HttpError } from '@/lib/access/errors';
import { listEvents } from '@/lib/audit/list-events';
import { getFloor } from '@/lib/floor/get-floor';
import { giveFloor, zGiveFloor } from '@/lib/floor/give-floor';
import { takeBackFloor } from '@/lib/floor/take-back-floor';
import { getStylePanels } from '@/lib/styles/get-style-panels';
import { seedAndIndex } from '../support/demo-index';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';
import { processShared } from '@/lib/process-shared';

let db: Db;
let close: () => Promise<void>;
let talksId: string;
let otherId: string;
const ids: Record<string, string> = {};
const docs: Record<string, string> = {};
const party: Record<string, string> = {};
const notices: [string, string][] = [];

/** 'ok', or the HTTP status the route answers (ZodError → 400, as lib/http/respond maps it). */
async function outcome(run: () => Promise<unknown>): Promise<number | 'ok'> {
  try {
    await run();
    return 'ok';
  } catch (err) {
    if (err instanceof HttpError) return err.status;
    if (err instanceof ZodError) return 400;
    throw err;
  }
}

/** What the PUT route does: parse the body with zGiveFloor, then giveFloor. */
const put = (who: string, body: unknown, negotiationId = talksId) =>
  outcome(() => giveFloor(db, ids[who]!, negotiationId, zGiveFloor.parse(body)));
const setStyle = (style: 'facilitative' | 'formulative' | 'power_based') =>
  db.update(negotiations).set({ style }).where(eq(negotiations.id, talksId));

beforeAll(async () => {
  ({ db, close } = await openTestDatabase());
  await seedAndIndex(db, { ids, docs, party });
  talksId = (await db.select().from(negotiations).where(eq(negotiations.title, 'Arandia Peace Talks — Security Track')))[0]!.id;
  otherId = (await db.select().from(negotiations).where(eq(negotiations.title, 'Coastal Fisheries Dialogue')))[0]!.id;
  processShared().notifyDocument = (id, topic) => void notices.push([id, topic]);
});
afterAll(async () => {
  delete processShared().notifyDocument;
  await close?.();
});

describe(`the floor on ${TEST_DRIVER}`, () => {
  const chapter = () => docs['Chapter III – Security Arrangements']!;
  const annex = () => docs['Annex A – Ceasefire Modalities']!;

  it('starts with nobody holding it; every member may read it, only the lead mediator may give it', async () => {
    for (const who of ['mediator', 'expert', 'gov.lead', 'apm.member', 'guarantor', 'observer']) {
      const view = await getFloor(db, ids[who]!, talksId);
      expect(view.floor).toBeNull();
      expect(view.canGive, who).toBe(who === 'mediator');
      expect(view.agenda.map((a) => a.title)).toEqual(['Chapter III – Security Arrangements', 'Annex A – Ceasefire Modalities']);
      expect(view.parties.map((p) => p.shortName)).toEqual(['GOV', 'APM']);
    }
    expect(await outcome(() => getFloor(db, ids.outsider!, talksId))).toBe(404);
  });

  it('the lead mediator gives the floor to a delegation, then to the mediation team; each change is audited and announced', async () => {
    notices.length = 0;
    expect(await put('mediator', { holder: 'party', partyId: party.GOV, documentId: chapter() })).toBe('ok');
    const seen = await getFloor(db, ids.observer!, talksId);
    expect(seen.floor).toMatchObject({
      holder: { kind: 'party', partyId: party.GOV, shortName: 'GOV', name: 'Government of Arandia' },
      agendaItem: { id: chapter(), title: 'Chapter III – Security Arrangements' },
      givenBy: 'Helena Marsh',
    });
    // Every open shared draft hears about it; caucus and mediator notes do not.
    expect(new Set(notices.map(([id]) => id))).toEqual(new Set([chapter(), annex()]));
    expect(notices.every(([, topic]) => topic === 'floor')).toBe(true);

    expect(await put('mediator', { holder: 'mediation', documentId: annex() })).toBe('ok');
    expect((await getFloor(db, ids['apm.lead']!, talksId)).floor).toMatchObject({
      holder: { kind: 'mediation' },
      agendaItem: { title: 'Annex A – Ceasefire Modalities' },
    });
    // Giving the same floor again changes nothing and records nothing.
    expect(await put('mediator', { holder: 'mediation', documentId: annex() })).toBe('ok');
    const events = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.negotiationId, talksId), eq(auditEvents.action, 'floor.give')));
    expect(events.map((e) => e.details.holder)).toEqual(['party', 'mediation']);
    const activity = await listEvents(db, ids['gov.lead']!, talksId, 5, { action: 'floor' });
    expect(activity.map((e) => e.summary)).toEqual([
      'gave the floor to the mediation team on “Annex A – Ceasefire Modalities”',
      'gave the floor to GOV on “Chapter III – Security Arrangements”',
    ]);
  });

  it('refuses everyone else: 403 for members, 404 for non-members and unknown negotiations', async () => {
    const body = { holder: 'party', partyId: party.APM, documentId: chapter() };
    for (const who of ['expert', 'gov.lead', 'gov.member', 'apm.lead', 'guarantor', 'observer']) {
      expect(await put(who, body), who).toBe(403);
      expect(await outcome(() => takeBackFloor(db, ids[who]!, talksId)), who).toBe(403);
    }
    expect(await put('outsider', body)).toBe(404);
    expect(await outcome(() => takeBackFloor(db, ids.outsider!, talksId))).toBe(404);
    expect(await put('mediator', body, '00000000-0000-4000-8000-000000000000')).toBe(404);
    expect(await put('mediator', body, 'not-a-uuid')).toBe(404);
    // The mediator of the Arandia talks has no say in another negotiation.
    expect(await put('mediator', body, otherId)).toBe(404);
    expect((await getFloor(db, ids.observer!, talksId)).floor?.holder).toEqual({ kind: 'mediation' });
  });

  it('answers 400 for bodies that do not name a delegation of this negotiation and one of its shared drafts', async () => {
    const [fisheriesParty] = await db.select().from(parties).where(eq(parties.negotiationId, otherId));
    const bad: unknown[] = [
      {},
      { holder: 'GOV', documentId: chapter() },
      { holder: 'party', documentId: chapter() },
      { holder: 'party', partyId: 'GOV', documentId: chapter() },
      { holder: 'mediation' },
      { holder: 'mediation', documentId: chapter(), partyId: party.GOV },
      { holder: 'mediation', documentId: docs['GOV caucus notes'] },
      { holder: 'mediation', documentId: docs['Mediation team notes'] },
      { holder: 'mediation', documentId: docs['Draft framework on fishing zones'] },
      { holder: 'mediation', documentId: '00000000-0000-4000-8000-000000000000' },
      ...(fisheriesParty ? [{ holder: 'party', partyId: fisheriesParty.id, documentId: chapter() }] : []),
    ];
    for (const body of bad) expect(await put('mediator', body), JSON.stringify(body)).toBe(400);
    expect((await getFloor(db, ids.mediator!, talksId)).floor?.agendaItem.id).toBe(annex());
  });

  it('taking the floor back clears it (once, audited); the floor is the chair’s in every style', async () => {
    notices.length = 0;
    expect((await takeBackFloor(db, ids.mediator!, talksId)).floor).toBeNull();
    expect(notices.length).toBe(2);
    expect((await takeBackFloor(db, ids.mediator!, talksId)).floor).toBeNull();
    expect(notices.length).toBe(2);
    expect(await db.select().from(negotiationFloor)).toEqual([]);
    expect((await db.select().from(auditEvents).where(eq(auditEvents.action, 'floor.take_back'))).length).toBe(1);

    await setStyle('power_based');
    try {
      expect(await put('mediator', { holder: 'party', partyId: party.APM, documentId: chapter() })).toBe('ok');
      expect(await put('gov.lead', { holder: 'party', partyId: party.GOV, documentId: chapter() })).toBe(403);
    } finally {
      await setStyle('facilitative');
    }
  });

  it('shows the floor beside shared drafts only, never in a caucus', async () => {
    expect((await getStylePanels(db, ids['gov.lead']!, chapter())).floor?.floor?.holder).toMatchObject({ kind: 'party', shortName: 'APM' });
    expect((await getStylePanels(db, ids['gov.lead']!, docs['GOV caucus notes']!)).floor).toBeNull();
    expect((await getStylePanels(db, ids.mediator!, docs['Mediation team notes']!)).floor).toBeNull();
  });
});
