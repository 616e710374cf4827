import { describe, expect, it } from 'vitest';
import { GET as getExport } from '@/app/api/documents/[id]/export/route';
import { clauseDoc, storeDoc } from '../support/clause-doc';
import { collabFixture, sessionCookie, TEST_ORIGIN } from '../support/collab-harness';

/** The export route over HTTP: the file's headers, and the refusals with their JSON bodies. */
describe('GET /api/documents/:id/export', () => {
  const ctx = collabFixture({}, async (db, ids) => {
    await storeDoc(db, ids.chapter.id, clauseDoc([{ uid: 'c1', text: '1.1 Forces withdraw within 30 days.' }]), ids.users.mediator);
  });

  async function get(userId: string, documentId: string, query = '') {
    const req = new Request(`${TEST_ORIGIN}/api/documents/${documentId}/export${query}`, {
      headers: { cookie: await sessionCookie(userId) },
    });
    return getExport(req, { params: Promise.resolve({ id: documentId }) });
  }

  it('downloads a DOCX named after the document, never cached', async () => {
    const res = await get(ctx.ids.users.govLead, ctx.ids.chapter.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''Chapter-III`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(new Uint8Array(await res.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b])); // a zip
  });

  it('refuses a clean text of an open package with 409 and the open provisions in the body', async () => {
    const res = await get(ctx.ids.users.govLead, ctx.ids.chapter.id, '?clean=1');
    expect(res.status).toBe(409);
    const body = (await res.json()) as { error: string; open: { documentTitle: string; status: string }[] };
    expect(body.error).toMatch(/Still open/);
    expect(body.open).toEqual([expect.objectContaining({ documentTitle: ctx.ids.chapter.title, clauseKey: 'c1', status: 'proposed' })]);
  });

  it('answers 403 to an observer, 404 to an outsider and to a bilingual export with a text of another negotiation', async () => {
    expect((await get(ctx.ids.users.observer, ctx.ids.chapter.id)).status).toBe(403);
    expect((await get(ctx.ids.users.outsider, ctx.ids.chapter.id)).status).toBe(404);
    expect((await get(ctx.ids.users.govLead, ctx.ids.chapter.id, `?with=${ctx.ids.otherDoc.id}`)).status).toBe(404);
  });
});
