import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { documents, negotiations, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { getStylePanels } from '@/lib/styles/get-style-panels';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';
import { storeBlocks } from '../support/uid-blocks';

let db: Db;
let close: () => Promise<void>;
const ids: Record<string, string> = {};
const docs: Record<string, string> = {};
const setStyle = (style: 'facilitative' | 'formulative' | 'power_based') =>
  db.update(negotiations).set({ style }).where(eq(negotiations.title, 'Arandia Peace Talks — Security Track'));

beforeAll(async () => {
  ({ db, close } = await openTestDatabase({ seeded: true }));
  await seedDemo(db);
  for (const u of await db.select().from(users)) ids[u.email.split('@')[0]!] = u.id;
  for (const d of await db.select().from(documents)) docs[d.title] = d.id;
  await storeBlocks(db, docs['Chapter III – Security Arrangements']!, [
    { uid: 'c1', text: 'One.' },
    { uid: 'c2', text: 'Two.' },
  ]);
});
afterAll(async () => close?.());

describe(`style-aware panel data on ${TEST_DRIVER}`, () => {
  const chapter = () => docs['Chapter III – Security Arrangements']!;

  it('gives the facilitative view an agenda with clause counts and no commitments', async () => {
    await setStyle('facilitative');
    const data = await getStylePanels(db, ids.mediator!, chapter());
    expect(data.process?.agenda.map((a) => [a.title, a.clauseCount, a.isCurrent])).toEqual([
      ['Chapter III – Security Arrangements', 2, true],
      ['Annex A – Ceasefire Modalities', 0, false],
    ]);
    expect(data.process?.canOffer).toBe(true);
    expect(data.commitments).toBeNull();
    expect(data.capabilities.find((c) => c.action === 'shared.edit')?.decision).toBe('deny');
    expect((await getStylePanels(db, ids['gov.lead']!, chapter())).process?.canOffer).toBe(false);
  });

  it('gives power-based mediation commitments and the ledger, with the form only for allowed roles', async () => {
    await setStyle('power_based');
    const mediator = await getStylePanels(db, ids.mediator!, chapter());
    expect(mediator.process).toBeNull();
    expect(mediator.commitments?.canAdd).toContain('deadline');
    expect(mediator.ledger?.parties).toHaveLength(2);
    expect((await getStylePanels(db, ids.guarantor!, chapter())).commitments?.canAdd).toEqual(['pledge']);
    expect((await getStylePanels(db, ids.observer!, chapter())).commitments?.canAdd).toEqual([]);
  });

  it('offers release on the mediation team’s notes to the lead mediator only, and nothing of the kind in a caucus', async () => {
    const notes = docs['Mediation team notes']!;
    expect((await getStylePanels(db, ids.mediator!, notes)).release?.targets.map((t) => t.title)).toEqual([
      'Chapter III – Security Arrangements',
      'Annex A – Ceasefire Modalities',
    ]);
    expect((await getStylePanels(db, ids.expert!, notes)).release).toBeNull();
    const caucus = await getStylePanels(db, ids['gov.lead']!, docs['GOV caucus notes']!);
    expect([caucus.release, caucus.process, caucus.commitments, caucus.ledger]).toEqual([null, null, null, null]);
    await expect(getStylePanels(db, ids['apm.lead']!, docs['GOV caucus notes']!)).rejects.toMatchObject({ status: 404 });
  });
});
