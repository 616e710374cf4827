import { describe, expect, it } from 'vitest';
import ar from '@/messages/ar.json';
import fr from '@/messages/fr.json';
import { POST as postStatus } from '@/app/api/documents/[id]/status/route';
import { clauseDoc, storeDoc } from '../support/clause-doc';
import { collabFixture, sessionCookie, TEST_ORIGIN } from '../support/collab-harness';

/** Error sentences with values in them, through the real status route, in the requester's language. */
describe('POST /api/documents/:id/status answers refusals in the requester’s language', () => {
  const ctx = collabFixture({}, async (db, ids) => {
    await storeDoc(db, ids.chapter.id, clauseDoc([{ uid: 'c1', text: '1.1 Forces withdraw within 30 days.' }]), ids.users.mediator);
  });

  async function post(userId: string, body: unknown, language?: string) {
    const headers: Record<string, string> = {
      cookie: await sessionCookie(userId),
      origin: TEST_ORIGIN,
      'content-type': 'application/json',
    };
    if (language) headers['accept-language'] = language;
    const req = new Request(`${TEST_ORIGIN}/api/documents/${ctx.ids.chapter.id}/status`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
    const res = await postStatus(req, { params: Promise.resolve({ id: ctx.ids.chapter.id }) });
    return { status: res.status, text: await res.text() };
  }

  it('says “already proposed” in English as thrown, in French and in Arabic with the status translated', async () => {
    const unchanged = { clauseKey: 'c1', action: 'set', status: 'proposed' };
    const english = await post(ctx.ids.users.mediator, unchanged);
    expect(english).toEqual({ status: 400, text: JSON.stringify({ error: 'This clause is already proposed.' }) });
    const french = await post(ctx.ids.users.mediator, unchanged, 'fr-CH,fr;q=0.9,en;q=0.5');
    expect(french.status).toBe(400);
    expect(JSON.parse(french.text)).toEqual({ error: `Cette clause a déjà le statut « ${fr.statuses.proposed} ».` });
    const arabic = await post(ctx.ids.users.mediator, unchanged, 'ar');
    expect(JSON.parse(arabic.text)).toEqual({ error: `هذا البند في حالة «${ar.statuses.proposed}» بالفعل.` });
  });

  it('puts the party’s short name into the French sentence', async () => {
    expect((await post(ctx.ids.users.govLead, { clauseKey: 'c1', action: 'ad_ref' }, 'fr')).status).toBe(200);
    const again = await post(ctx.ids.users.govLead, { clauseKey: 'c1', action: 'ad_ref' }, 'fr');
    expect(again.status).toBe(400);
    expect(JSON.parse(again.text)).toEqual({ error: 'GOV a déjà accepté cette clause ad referendum.' });
    const english = await post(ctx.ids.users.govLead, { clauseKey: 'c1', action: 'ad_ref' });
    expect(english.text).toBe(JSON.stringify({ error: 'GOV has already agreed to this clause ad ref.' }));
  });
});
