import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { documents, negotiations, parties, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { AccessError, HttpError } from '@/lib/access/errors';
import { listDocumentsFor, listNegotiationsFor, requireDocument, requireNegotiation } from '@/lib/access/scope';
import { listEvents } from '@/lib/audit/list-events';
import { getInsertPermission } from '@/lib/clauses/get-insert-permission';
import { createThread } from '@/lib/comments/create-thread';
import { listComments } from '@/lib/comments/list-comments';
import { addAttachment } from '@/lib/commitments/add-attachment';
import { getLedger } from '@/lib/commitments/get-ledger';
import { listAttachments } from '@/lib/commitments/list-attachments';
import { toDocx } from '@/lib/export/to-docx';
import { listInvitations } from '@/lib/invitations/list-invitations';
import { getDocumentView } from '@/lib/negotiations/get-document-view';
import { getNegotiationOverview } from '@/lib/negotiations/get-overview';
import { listMyNegotiations } from '@/lib/negotiations/list-my-negotiations';
import { openBilateralChannel } from '@/lib/shuttle/open-bilateral-channel';
import { releaseText } from '@/lib/shuttle/release-text';
import { getStatusBoard } from '@/lib/status/get-status-board';
import { loadStoredState } from '@/lib/versions/load-stored-state';
import { redline } from '@/lib/versions/redline';
import { resolveText } from '@/lib/versions/resolve-text';
import { createVersion, getVersionState, listVersions } from '@/lib/versions/versions';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';
import { storeBlocks } from '../support/uid-blocks';
import { unzipText } from '../support/unzip-text';

let db: Db;
let close: () => Promise<void>;
const ids: Record<string, string> = {};
const docs: Record<string, string> = {};
const MARKER = 'ZQX-GOV-CAUCUS-9b41e7';
const OTHER_ACCOUNTS = ['apm.lead', 'apm.member', 'mediator', 'expert', 'guarantor', 'observer', 'outsider'];
/** GOV's bilateral channel with the mediation team: private to both, hidden from everyone else. */
const BILATERAL_MARKER = 'ZQX-GOV-BILATERAL-5c02d9';
const BILATERAL_INSIDERS = ['gov.lead', 'gov.member', 'mediator', 'expert'];
const BILATERAL_OUTSIDERS = ['apm.lead', 'apm.member', 'guarantor', 'observer', 'outsider'];
let govChannel = '';
let apmChannel = '';

/** The value, or what refused it: a 403/404 is an answer too (and its message is checked). */
async function probe<T>(p: Promise<T>): Promise<T | { refused: number; message: string }> {
  try {
    return await p;
  } catch (err) {
    if (err instanceof AccessError || err instanceof HttpError) return { refused: err.status, message: err.message };
    throw err;
  }
}

/** JSON with binary (Yjs states, DOCX archives) turned into searchable text. */
function serialize(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v instanceof Uint8Array) return Buffer.from(v).subarray(0, 2).toString() === 'PK' ? unzipText(v) : Buffer.from(v).toString('utf8');
    if (v && typeof v === 'object' && (v as { type?: string }).type === 'Buffer')
      return Buffer.from((v as { data: number[] }).data).toString('utf8');
    return v;
  });
}

/** Everything a user can read through the lib read functions and scoped queries. */
async function everythingVisibleTo(userId: string): Promise<unknown[]> {
  const seen: unknown[] = [await listNegotiationsFor(db, userId), await listMyNegotiations(db, userId)];
  for (const { negotiation } of await listNegotiationsFor(db, userId)) {
    const scope = await requireNegotiation(db, userId, negotiation.id);
    const partyRows = await db.select().from(parties).where(eq(parties.negotiationId, negotiation.id)).orderBy(asc(parties.position));
    seen.push(await getNegotiationOverview(db, userId, negotiation.id), await probe(listEvents(db, userId, negotiation.id, 200)));
    seen.push(await probe(listInvitations(db, userId, negotiation.id)), await getLedger(db, userId, negotiation.id));
    for (const doc of await listDocumentsFor(db, scope)) {
      const docScope = await requireDocument(db, userId, doc.id);
      seen.push(docScope, await getDocumentView(db, userId, doc.id));
      seen.push(
        await listAttachments(db, userId, doc.id),
        await listComments(db, userId, doc.id),
        await getStatusBoard(db, userId, doc.id),
      );
      seen.push(await getInsertPermission(db, userId, doc.id), await loadStoredState(db, docScope));
      const current = await resolveText(db, docScope, 'current');
      seen.push(
        current,
        await probe(
          toDocx(current.json, { negotiationTitle: negotiation.title, documentTitle: doc.title, label: current.label, parties: partyRows }),
        ),
      );
      for (const v of await listVersions(db, docScope)) {
        const old = await resolveText(db, docScope, v.id);
        seen.push(v, old, redline(old.json, current.json), await getVersionState(db, docScope, v.id));
      }
    }
  }
  return seen;
}

beforeAll(async () => {
  ({ db, close } = await openTestDatabase({ seeded: true }));
  await seedDemo(db);
  for (const u of await db.select().from(users)) ids[u.email.split('@')[0]!] = u.id;
  for (const d of await db.select().from(documents)) docs[d.title] = d.id;
  await db.update(negotiations).set({ style: 'power_based' }).where(eq(negotiations.title, 'Arandia Peace Talks — Security Track'));
  const govCaucus = docs['GOV caucus notes']!;
  const chapter = docs['Chapter III – Security Arrangements']!;
  // The secret lives in GOV's caucus text, in a caucus version's name and in a caucus comment.
  await storeBlocks(db, govCaucus, [{ uid: 'g1', text: `Fallback position ${MARKER}` }], ids['gov.lead']);
  const [caucusRow] = await db.select().from(documents).where(eq(documents.id, govCaucus));
  await createVersion(db, { document: caucusRow!, name: `Before talks ${MARKER}`, userId: ids['gov.lead']! });
  await createThread(db, ids['gov.lead']!, govCaucus, { body: `Keep ${MARKER} to ourselves`, anchor: null, mentions: [] });
  // Ordinary activity around it: shared text, a release, a commitment.
  await storeBlocks(db, chapter, [{ uid: 'c1', text: 'Forces withdraw to barracks.' }], ids.mediator);
  await storeBlocks(db, docs['Mediation team notes']!, [{ uid: 'm1', text: 'Proposed buffer zone of 10 km.' }], ids.mediator);
  await releaseText(db, ids.mediator!, docs['Mediation team notes']!, { targetDocumentId: chapter });
  await addAttachment(db, ids.mediator!, chapter, { clauseKey: 'c1', kind: 'condition', text: 'Verified by monitors.' });

  // Shuttle: GOV's bilateral channel holds a second secret (text, version name, comment); only its
  // formula paragraph is released, into APM's channel and into the shared draft.
  const negotiationId = caucusRow!.negotiationId;
  const partyRows = await db.select().from(parties).where(eq(parties.negotiationId, negotiationId));
  const partyOf = (short: string) => partyRows.find((p) => p.shortName === short)!.id;
  govChannel = (await openBilateralChannel(db, ids.mediator!, negotiationId, { partyId: partyOf('GOV') })).document.id;
  apmChannel = (await openBilateralChannel(db, ids.mediator!, negotiationId, { partyId: partyOf('APM') })).document.id;
  await storeBlocks(
    db,
    govChannel,
    [
      { uid: 'b1', text: 'Formula: joint monitoring commission.' },
      { uid: 'b2', text: `GOV could live with ${BILATERAL_MARKER}` },
    ],
    ids['gov.lead'],
  );
  const [channelRow] = await db.select().from(documents).where(eq(documents.id, govChannel));
  await createVersion(db, { document: channelRow!, name: `Channel ${BILATERAL_MARKER}`, userId: ids.mediator! });
  await createThread(db, ids['gov.lead']!, govChannel, { body: `Between us: ${BILATERAL_MARKER}`, anchor: null, mentions: [] });
  await releaseText(db, ids.mediator!, govChannel, { targetDocumentId: apmChannel, fromUid: 'b1', toUid: 'b1' });
  await releaseText(db, ids.mediator!, govChannel, { targetDocumentId: chapter, fromUid: 'b1', toUid: 'b1' });
});
afterAll(async () => close?.());

describe(`caucus confidentiality on ${TEST_DRIVER}`, () => {
  it('is visible to its own delegation (so the probe below can see it if it leaks)', async () => {
    expect(serialize(await everythingVisibleTo(ids['gov.lead']!))).toContain(MARKER);
    const caucusText = await resolveText(db, await requireDocument(db, ids['gov.lead']!, docs['GOV caucus notes']!), 'current');
    const docx = await toDocx(caucusText.json, { negotiationTitle: 'T', documentTitle: 'GOV', label: caucusText.label, parties: [] });
    expect(unzipText(docx)).toContain(MARKER); // the DOCX check reads real document text
  });

  it.each(OTHER_ACCOUNTS)('never reaches %s through any read function or scoped query', async (who) => {
    const userId = ids[who]!;
    const seen = await everythingVisibleTo(userId);
    expect(seen.length).toBeGreaterThan(2);
    expect(serialize(seen)).not.toContain(MARKER);
    const caucus = docs['GOV caucus notes']!;
    const direct = [
      await probe(requireDocument(db, userId, caucus)),
      await probe(getDocumentView(db, userId, caucus)),
      await probe(listAttachments(db, userId, caucus)),
      await probe(listComments(db, userId, caucus)),
      await probe(getStatusBoard(db, userId, caucus)),
      await probe(getInsertPermission(db, userId, caucus)),
      await probe(releaseText(db, userId, caucus, { targetDocumentId: docs['Chapter III – Security Arrangements'] })),
    ];
    expect(direct.map((r) => (r as { refused?: number }).refused)).toEqual(direct.map(() => 404));
    expect(serialize(direct)).not.toContain(MARKER);
  });
});

describe(`bilateral channel confidentiality on ${TEST_DRIVER}`, () => {
  it.each(BILATERAL_INSIDERS)('is visible to %s (the mediation team and GOV), so the probe below can see it if it leaks', async (who) => {
    const seen = serialize(await everythingVisibleTo(ids[who]!));
    expect(seen).toContain(BILATERAL_MARKER);
    expect(seen).toContain('Formula: joint monitoring commission.');
  });

  it.each(BILATERAL_OUTSIDERS)('never reaches %s through any read function or scoped query', async (who) => {
    const userId = ids[who]!;
    const seen = await everythingVisibleTo(userId);
    expect(serialize(seen)).not.toContain(BILATERAL_MARKER);
    const direct = [
      await probe(requireDocument(db, userId, govChannel)),
      await probe(getDocumentView(db, userId, govChannel)),
      await probe(listAttachments(db, userId, govChannel)),
      await probe(listComments(db, userId, govChannel)),
      await probe(getStatusBoard(db, userId, govChannel)),
      await probe(getInsertPermission(db, userId, govChannel)),
      await probe(releaseText(db, userId, govChannel, { targetDocumentId: docs['Chapter III – Security Arrangements'] })),
    ];
    expect(direct.map((r) => (r as { refused?: number }).refused)).toEqual(direct.map(() => 404));
    expect(serialize(direct)).not.toContain(BILATERAL_MARKER);
    // Filtering the activity by the channel's id answers like an unknown id: nothing (not even "added a private document").
    const [channelRow] = await db.select().from(documents).where(eq(documents.id, govChannel));
    const filtered = await probe(listEvents(db, userId, channelRow!.negotiationId, 200, { document: govChannel }));
    if (Array.isArray(filtered)) expect(filtered).toEqual([]);
    else expect([403, 404]).toContain(filtered.refused);
  });

  it('APM sees only what was released to it: its own channel holds the formula, nothing else of GOV’s', async () => {
    const seen = serialize(await everythingVisibleTo(ids['apm.lead']!));
    expect(seen).toContain('Formula: joint monitoring commission.');
    const apmDocs = await listDocumentsFor(
      db,
      await requireNegotiation(
        db,
        ids['apm.lead']!,
        (await db.select().from(documents).where(eq(documents.id, apmChannel)))[0]!.negotiationId,
      ),
    );
    expect(apmDocs.map((d) => d.id)).toContain(apmChannel);
    expect(apmDocs.map((d) => d.id)).not.toContain(govChannel);
  });
});
