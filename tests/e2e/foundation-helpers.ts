import { expect, type APIRequestContext } from '@playwright/test';

export const DEMO_TITLE = 'Arandia Peace Talks — Security Track';
export const CHAPTER_TITLE = 'Chapter III – Security Arrangements';

export interface DemoIds {
  negotiationId: string;
  chapterId: string;
  caucusIds: string[];
  memberId: string;
}

/** Ids of the demo negotiation as this signed-in member sees them (caucusIds: only their own). */
export async function demoIds(request: APIRequestContext): Promise<DemoIds> {
  const list = (await (await request.get('/api/negotiations')).json()) as { negotiations: { id: string; title: string }[] };
  const negotiationId = list.negotiations.find((n) => n.title === DEMO_TITLE)!.id;
  const res = await request.get(`/api/negotiations/${negotiationId}`);
  expect(res.status()).toBe(200);
  const overview = (await res.json()) as {
    documents: { id: string; title: string; kind: string }[];
    members: { id: string; name: string }[];
  };
  return {
    negotiationId,
    chapterId: overview.documents.find((d) => d.title === CHAPTER_TITLE)!.id,
    caucusIds: overview.documents.filter((d) => d.kind === 'caucus').map((d) => d.id),
    memberId: overview.members.find((m) => m.name === 'Kwame Mensah')!.id,
  };
}

export interface ApiCall {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  data?: unknown;
}

/** Every JSON API of the foundation for one negotiation, with a harmless body. */
export function apiCalls(ids: DemoIds): ApiCall[] {
  const n = `/api/negotiations/${ids.negotiationId}`;
  return [
    { method: 'GET', url: n },
    { method: 'PATCH', url: n, data: { style: 'formulative' } },
    { method: 'POST', url: `${n}/documents`, data: { title: 'Should not exist', kind: 'shared' } },
    { method: 'GET', url: `${n}/invitations` },
    { method: 'POST', url: `${n}/invitations`, data: { email: 'nobody@example.org', role: 'observer' } },
    { method: 'PATCH', url: `${n}/members/${ids.memberId}`, data: { role: 'guarantor' } },
    { method: 'DELETE', url: `${n}/members/${ids.memberId}` },
    { method: 'GET', url: `${n}/audit` },
    { method: 'GET', url: `/api/documents/${ids.chapterId}` },
  ];
}

/** Sends one call from the list above. */
export function send(request: APIRequestContext, call: ApiCall) {
  return request.fetch(call.url, { method: call.method, data: call.data, maxRedirects: 0 });
}
