import { eq } from 'drizzle-orm';
import { ZodError } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditEvents, negotiations } from '@/db/schema';
import { HttpError } from '@/lib/access/errors';
import { addAttachment } from '@/lib/commitments/add-attachment';
import { listAttachments } from '@/lib/commitments/list-attachments';
import { withdrawAttachment } from '@/lib/commitments/withdraw-attachment';
import { seedAndIndex } from '../support/demo-index';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';
import { storeBlocks } from '../support/uid-blocks';
import { processShared } from '@/lib/process-shared';

let db: Db;
let close: () => Promise<void>;
const ids: Record<string, string> = {};
const docs: Record<string, string> = {};
const party: Record<string, string> = {};
const notices: [string, string][] = [];
const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** 'ok', or the HTTP status (400 for invalid input) and message of the failure. */
async function outcome(p: Promise<unknown>): Promise<{ status: number | 'ok'; message?: string }> {
  try {
    await p;
    return { status: 'ok' };
  } catch (err) {
    if (err instanceof HttpError) return { status: err.status, message: err.message };
    if (err instanceof ZodError) return { status: 400, message: err.issues.map((i) => i.message).join(' ') };
    throw err;
  }
}

const setStyle = (style: 'facilitative' | 'formulative' | 'power_based') =>
  db.update(negotiations).set({ style }).where(eq(negotiations.title, 'Arandia Peace Talks — Security Track'));

beforeAll(async () => {
  ({ db, close } = await openTestDatabase());
  await seedAndIndex(db, { ids, docs, party });
  await storeBlocks(db, docs['Chapter III – Security Arrangements']!, [
    { uid: 'c1', type: 'clauseBlock', title: 'Cantonment sites', text: 'Forces assemble in agreed sites.' },
    { uid: 'c2', text: 'Heavy weapons are stored in verified depots.' },
  ]);
  processShared().notifyDocument = (id, topic) => void notices.push([id, topic]);
});
afterAll(async () => {
  delete processShared().notifyDocument;
  await close?.();
});

describe(`power-based attachments on ${TEST_DRIVER}`, () => {
  const chapter = () => docs['Chapter III – Security Arrangements']!;
  const deadline = () => ({
    clauseKey: 'c1',
    kind: 'deadline',
    text: 'Clear the brackets on site lists.',
    partyId: party.GOV,
    dueAt: future(3),
  });

  it('refuses new attachments outside power-based mediation, explaining the style', async () => {
    for (const style of ['facilitative', 'formulative'] as const) {
      await setStyle(style);
      const r = await outcome(addAttachment(db, ids.mediator!, chapter(), deadline()));
      expect(r.status).toBe(403);
      expect(r.message).toMatch(/power-based/);
    }
  });

  it('lets the lead mediator set a deadline under power-based mediation, audited and announced', async () => {
    await setStyle('power_based');
    notices.length = 0;
    const row = await addAttachment(db, ids.mediator!, chapter(), deadline());
    expect(row).toMatchObject({ kind: 'deadline', clauseKey: 'c1', partyId: party.GOV, createdBy: ids.mediator });
    expect(notices).toEqual([[chapter(), 'attachments']]);
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, 'attachment.add'));
    expect(event).toMatchObject({ targetId: row.id, actorId: ids.mediator, details: { kind: 'deadline', clauseKey: 'c1' } });
  });

  it('validates the clause, the party, the text and the due date', async () => {
    const bad = async (patch: Record<string, unknown>) => outcome(addAttachment(db, ids.mediator!, chapter(), { ...deadline(), ...patch }));
    expect(await bad({ clauseKey: 'nope' })).toMatchObject({ status: 404, message: expect.stringMatching(/not in the saved draft/) });
    expect(await bad({ partyId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ status: 400 });
    expect(await bad({ dueAt: new Date(Date.now() - 60_000).toISOString() })).toMatchObject({
      status: 400,
      message: expect.stringMatching(/future/),
    });
    expect(await bad({ dueAt: null })).toMatchObject({ status: 400, message: expect.stringMatching(/needs a date/) });
    expect(await bad({ text: 'x'.repeat(1001) })).toMatchObject({ status: 400 });
    expect(await bad({ text: '   ' })).toMatchObject({ status: 400 });
    expect(await bad({ text: 'bell\u0007' })).toMatchObject({ status: 400, message: expect.stringMatching(/plain text/) });
    expect(await bad({ kind: 'threat' })).toMatchObject({ status: 400 });
  });

  it('lets a guarantor attach pledges only, and no party, observer or outsider anything', async () => {
    const pledge = { clauseKey: 'c2', kind: 'pledge', text: 'Monitors funded for two years.', partyId: party.APM };
    expect((await addAttachment(db, ids.guarantor!, chapter(), pledge)).kind).toBe('pledge');
    expect(await outcome(addAttachment(db, ids.guarantor!, chapter(), deadline()))).toMatchObject({
      status: 403,
      message: expect.stringMatching(/lead mediator/),
    });
    expect((await addAttachment(db, ids.mediator!, chapter(), { ...pledge, text: 'Mediator pledge.' })).kind).toBe('pledge');
    for (const who of ['gov.lead', 'apm.member', 'expert', 'observer']) {
      expect((await outcome(addAttachment(db, ids[who]!, chapter(), pledge))).status).toBe(403);
    }
    expect((await outcome(addAttachment(db, ids.outsider!, chapter(), pledge))).status).toBe(404);
    // Private documents carry no commitments: someone else's caucus is invisible, the mediator's own is refused.
    expect((await outcome(addAttachment(db, ids.mediator!, docs['GOV caucus notes']!, deadline()))).status).toBe(404);
    expect(await outcome(addAttachment(db, ids.mediator!, docs['Mediation team notes']!, deadline()))).toMatchObject({
      status: 403,
      message: expect.stringMatching(/shared draft/),
    });
  });

  it('lists attachments with clause labels and what each reader may do', async () => {
    const asGov = await listAttachments(db, ids['gov.lead']!, chapter());
    expect(asGov.attachments.map((a) => [a.kind, a.clauseLabel, a.party?.shortName, a.canWithdraw])).toEqual([
      ['deadline', 'Cantonment sites', 'GOV', false],
      ['pledge', 'Paragraph 1', 'APM', false],
      ['pledge', 'Paragraph 1', 'APM', false],
    ]);
    expect(asGov.canAdd).toEqual([]);
    expect(asGov.readOnlyReason).toMatch(/lead mediator/);
    expect(asGov.readOnly).toEqual({ code: 'role' });
    expect(asGov.clauses.map((c) => c.key)).toEqual(['c1', 'c2']);
    const asGuarantor = await listAttachments(db, ids.guarantor!, chapter());
    expect(asGuarantor.canAdd).toEqual(['pledge']);
    expect(asGuarantor.attachments.map((a) => a.canWithdraw)).toEqual([false, true, false]);
    const asMediator = await listAttachments(db, ids.mediator!, chapter());
    expect(asMediator.canAdd).toEqual(['deadline', 'incentive', 'guarantee', 'condition', 'pledge']);
    expect(asMediator.attachments.every((a) => a.canWithdraw)).toBe(true);
    expect((await outcome(listAttachments(db, ids.outsider!, chapter()))).status).toBe(404);
  });

  it('lets only the creator or the lead mediator withdraw, and only under power-based mediation', async () => {
    const [dl, guarantorPledge, mediatorPledge] = (await listAttachments(db, ids.mediator!, chapter())).attachments;
    expect((await outcome(withdrawAttachment(db, ids['gov.lead']!, dl!.id))).status).toBe(403);
    expect((await outcome(withdrawAttachment(db, ids.guarantor!, dl!.id))).status).toBe(403);
    expect((await outcome(withdrawAttachment(db, ids.guarantor!, mediatorPledge!.id))).status).toBe(403);
    expect((await outcome(withdrawAttachment(db, ids.outsider!, dl!.id))).status).toBe(404);
    expect((await outcome(withdrawAttachment(db, ids.mediator!, 'not-a-uuid'))).status).toBe(404);
    notices.length = 0;
    expect((await withdrawAttachment(db, ids.mediator!, guarantorPledge!.id)).withdrawnAt).toBeInstanceOf(Date);
    expect(notices).toEqual([[chapter(), 'attachments']]);
    expect((await outcome(withdrawAttachment(db, ids.guarantor!, guarantorPledge!.id))).status).toBe(409);
    const withdrawn = await db.select().from(auditEvents).where(eq(auditEvents.action, 'attachment.withdraw'));
    expect(withdrawn.map((e) => [e.actorId, e.targetId])).toEqual([[ids.mediator, guarantorPledge!.id]]);

    const own = await addAttachment(db, ids.guarantor!, chapter(), { clauseKey: 'c2', kind: 'pledge', text: 'Second pledge.' });
    await setStyle('formulative');
    expect(await outcome(withdrawAttachment(db, ids.guarantor!, own.id))).toMatchObject({
      status: 403,
      message: expect.stringMatching(/read-only/),
    });
    expect((await outcome(withdrawAttachment(db, ids.mediator!, dl!.id))).status).toBe(403);
    const readOnly = await listAttachments(db, ids.mediator!, chapter());
    expect(readOnly.attachments).toHaveLength(4);
    expect(readOnly.attachments.some((a) => a.canWithdraw)).toBe(false);
    expect(readOnly.canAdd).toEqual([]);
    expect(readOnly.readOnlyReason).toMatch(/power-based/);
    expect(readOnly.readOnly).toEqual({ code: 'style', style: 'formulative' });
    await setStyle('power_based');
    expect((await withdrawAttachment(db, ids.guarantor!, own.id)).withdrawnAt).not.toBeNull();
  });
});
