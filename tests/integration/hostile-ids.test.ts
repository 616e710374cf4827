import fs from 'node:fs';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { GET as getStatus } from '@/app/api/documents/[id]/status/route';
import { GET as compareVersions } from '@/app/api/documents/[id]/versions/compare/route';
import { proxy } from '@/proxy';
import { collabFixture, sessionCookie, TEST_ORIGIN } from '../support/collab-harness';

/** Other spellings PostgreSQL would read as the same UUID. */
const spellings = (id: string) => [
  id.toUpperCase(),
  `{${id}}`,
  ` ${id}`,
  `${id} `,
  `urn:uuid:${id}`,
  id.replaceAll('-', ''),
  `${id.slice(0, 8).toUpperCase()}${id.slice(8)}`,
];

/** Every route.ts under app/api with the names of its dynamic segments. */
function routes(): { file: string; params: string[] }[] {
  const out: { file: string; params: string[] }[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === 'route.ts')
        out.push({ file: p, params: [...path.relative('app/api', p).matchAll(/\[(\w+)\]/g)].map((m) => m[1]!) });
    }
  };
  walk(path.resolve('app/api'));
  return out;
}

describe('ids have one spelling: non-canonical UUIDs are refused by every API route and redirected by pages', () => {
  const t = collabFixture();

  it('every route with an id in its path answers 400 JSON to another spelling of it, before anything else', async () => {
    const cookie = await sessionCookie(t.ids.users.govLead);
    const id = t.ids.chapter.id;
    const dynamic = routes().filter((r) => r.params.length > 0);
    expect(dynamic.length).toBeGreaterThan(20);
    const accepted: string[] = [];
    let checked = 0;
    for (const { file, params } of dynamic) {
      const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
        const handler = mod[method] as ((req: Request, ctx: unknown) => Promise<Response>) | undefined;
        if (!handler) continue;
        for (const name of params) {
          for (const bad of spellings(id)) {
            const values = Object.fromEntries(params.map((p) => [p, p === name ? bad : id]));
            const route = path.relative('app/api', path.dirname(file));
            const url = `${TEST_ORIGIN}/api/${route.replace(/\[(\w+)\]/g, (_m, p: string) => encodeURIComponent(values[p]!))}`;
            const body = method === 'GET' || method === 'DELETE' ? undefined : '{}';
            const req = new Request(url, { method, headers: { cookie, origin: TEST_ORIGIN, 'content-type': 'application/json' }, body });
            const res = await handler(req, { params: Promise.resolve(values) });
            checked++;
            const json = (await res.json().catch(() => null)) as { error?: string; canonical?: string } | null;
            if (res.status !== 400 || !/lower-case/.test(json?.error ?? '') || json?.canonical !== id) {
              accepted.push(`${method} ${path.relative('app', file)} ${name}=${JSON.stringify(bad)} → ${res.status}`);
            }
          }
        }
      }
    }
    expect(accepted).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });

  it('an id in the query is held to the same spelling; the canonical one still works', async () => {
    const cookie = await sessionCookie(t.ids.users.govLead);
    const id = t.ids.chapter.id;
    const get = (url: string, handler: (req: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response>) =>
      handler(new Request(`${TEST_ORIGIN}${url}`, { headers: { cookie } }), { params: Promise.resolve({ id }) });
    const res = await get(
      `/api/documents/${id}/versions/compare?from=${encodeURIComponent(`{${crypto.randomUUID().toUpperCase()}}`)}`,
      compareVersions,
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/lower-case/);
    expect((await get(`/api/documents/${id}/status`, getStatus)).status).toBe(200);
  });

  it('pages under another spelling redirect (308) to the canonical address; canonical ones pass', () => {
    const id = t.ids.chapter.id;
    const neg = crypto.randomUUID();
    for (const bad of spellings(id)) {
      const res = proxy(
        new NextRequest(
          `${TEST_ORIGIN}/negotiations/${encodeURIComponent(neg.toUpperCase())}/documents/${encodeURIComponent(bad)}/print?x=1`,
        ),
      );
      expect(res.status, bad).toBe(308);
      expect(res.headers.get('location')).toBe(`${TEST_ORIGIN}/negotiations/${neg}/documents/${id}/print?x=1`);
    }
    const ok = proxy(new NextRequest(`${TEST_ORIGIN}/negotiations/${neg}/documents/${id}`));
    expect(ok.status).toBe(200);
    expect(proxy(new NextRequest(`${TEST_ORIGIN}/invite/${'A'.repeat(43)}`)).status).toBe(200);
  });
});
