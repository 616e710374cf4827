import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { negotiations } from '@/db/schema';
import { addAttachment } from '@/lib/commitments/add-attachment';
import { getLedger } from '@/lib/commitments/get-ledger';
import { withdrawAttachment } from '@/lib/commitments/withdraw-attachment';
import { seedAndIndex } from '../support/demo-index';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';
import { storeBlocks } from '../support/uid-blocks';

let db: Db;
let close: () => Promise<void>;
const ids: Record<string, string> = {};
const docs: Record<string, string> = {};
const party: Record<string, string> = {};
let negotiationId: string;

beforeAll(async () => {
  ({ db, close } = await openTestDatabase());
  await seedAndIndex(db, { ids, docs, party });
  const [talks] = await db
    .update(negotiations)
    .set({ style: 'power_based' })
    .where(eq(negotiations.title, 'Arandia Peace Talks — Security Track'))
    .returning();
  negotiationId = talks!.id;
  await storeBlocks(db, docs['Chapter III – Security Arrangements']!, [
    { uid: 'h1', type: 'heading', text: 'Disengagement' },
    { uid: 'c1', type: 'clauseBlock', title: 'Cantonment sites', text: 'Forces assemble in agreed sites.' },
  ]);
  await storeBlocks(db, docs['Annex A – Ceasefire Modalities']!, [{ uid: 'a1', text: 'Joint monitoring starts on day one.' }]);
});
afterAll(async () => close?.());

describe(`per-party ledger on ${TEST_DRIVER}`, () => {
  it('shows what each party gains and concedes, with clause labels, leaving withdrawn ones out', async () => {
    const chapter = docs['Chapter III – Security Arrangements']!;
    const annex = docs['Annex A – Ceasefire Modalities']!;
    const dueAt = new Date(Date.now() + 5 * 86_400_000).toISOString();
    const add = (who: string, doc: string, body: Record<string, unknown>) => addAttachment(db, ids[who]!, doc, body);
    await add('mediator', chapter, { clauseKey: 'c1', kind: 'incentive', text: 'Reintegration fund for GOV units.', partyId: party.GOV });
    await add('mediator', chapter, { clauseKey: 'h1', kind: 'deadline', text: 'Withdraw within 30 days.', partyId: party.GOV, dueAt });
    await add('mediator', annex, { clauseKey: 'a1', kind: 'condition', text: 'APM hands over maps first.', partyId: party.APM });
    await add('mediator', annex, { clauseKey: 'a1', kind: 'guarantee', text: 'Third-party security guarantee.', partyId: party.APM });
    await add('guarantor', chapter, { clauseKey: 'c1', kind: 'pledge', text: 'Funding for cantonment logistics.', partyId: party.APM });
    await add('mediator', chapter, { clauseKey: 'c1', kind: 'incentive', text: 'Shared development fund.' });
    const gone = await add('guarantor', annex, { clauseKey: 'a1', kind: 'pledge', text: 'Withdrawn pledge.', partyId: party.GOV });
    await withdrawAttachment(db, ids.guarantor!, gone.id);

    const ledger = await getLedger(db, ids.observer!, negotiationId);
    const [gov, apm] = ledger.parties;
    expect(gov!.party.shortName).toBe('GOV');
    expect(gov!.gains.map((e) => [e.kind, e.clauseLabel, e.documentTitle])).toEqual([
      ['incentive', 'Cantonment sites', 'Chapter III – Security Arrangements'],
    ]);
    expect(gov!.concedes.map((e) => [e.kind, e.clauseLabel, e.dueAt])).toEqual([['deadline', 'Disengagement', dueAt]]);
    expect(apm!.gains.map((e) => [e.kind, e.clauseLabel])).toEqual([
      ['guarantee', 'Paragraph 1'],
      ['pledge', 'Cantonment sites'],
    ]);
    expect(apm!.concedes.map((e) => [e.kind, e.text])).toEqual([['condition', 'APM hands over maps first.']]);
    expect(ledger.general.map((e) => e.text)).toEqual(['Shared development fund.']);
    expect(JSON.stringify(ledger)).not.toContain('Withdrawn pledge.');
  });

  it('is readable by every member and hidden from outsiders', async () => {
    for (const who of ['gov.lead', 'apm.member', 'guarantor', 'expert'])
      expect((await getLedger(db, ids[who]!, negotiationId)).parties).toHaveLength(2);
    await expect(getLedger(db, ids.outsider!, negotiationId)).rejects.toMatchObject({ status: 404 });
  });
});
