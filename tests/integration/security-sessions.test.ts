import { decode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { GET as listNegotiations } from '@/app/api/negotiations/route';
import { POST as changePasswordRoute } from '@/app/api/account/password/route';
import { DELETE as signOutEverywhere } from '@/app/api/account/sessions/route';
import { DELETE as signOutEveryone } from '@/app/api/admin/sessions/route';
import { GET as documentRoute } from '@/app/api/documents/[id]/route';
import { authOptions } from '@/lib/auth/options';
import { CLOSE } from '@/lib/collab';
import { removeMember } from '@/lib/members/remove-member';
import { claimsFromToken } from '@/lib/sessions/claims';
import { memberships } from '@/db/schema';
import { collabFixture, connectClient, rawConnect, sessionCookie, TEST_ORIGIN, TEST_SECRET, waitFor } from '../support/collab-harness';

/** A route handler call as the browser would make it: cookie, same Origin, JSON body. */
function call(path: string, cookie: string, init: { method?: string; body?: unknown } = {}) {
  return new Request(`${TEST_ORIGIN}${path}`, {
    method: init.method ?? 'GET',
    headers: { cookie, origin: TEST_ORIGIN, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}
const noCtx = { params: Promise.resolve({}) };

async function claimsOf(cookie: string) {
  return claimsFromToken(await decode({ token: cookie.split('=')[1]!, secret: TEST_SECRET }))!;
}

/** An open, synced editor socket on the chapter for this cookie. */
async function openEditor(url: string, documentId: string, cookie: string) {
  const client = connectClient(url, documentId, cookie);
  await waitFor(() => client.provider.synced, 10_000, 'editor sync');
  return client;
}

/** Waits for a 4401 close and returns how long it took. */
async function closedWithin(client: ReturnType<typeof connectClient>, started: number) {
  await waitFor(() => client.state.closes.some((c) => c.code === CLOSE.unauthenticated), 5000, 'socket closed with 4401');
  return Date.now() - started;
}

describe('sessions end when they are ended: HTTP and open sockets', () => {
  const ctx = collabFixture();
  const clients: ReturnType<typeof connectClient>[] = [];
  beforeAll(() => {
    process.env.PACTUM_ADMIN_EMAILS = 'mediator@pactum.test';
  });
  afterAll(() => {
    for (const c of clients) c.destroy();
    delete process.env.PACTUM_ADMIN_EMAILS;
  });

  it('signing out (next-auth signOut event): the old cookie gets 401 and its open socket closes with 4401 at once', async () => {
    const cookie = await sessionCookie(ctx.ids.users.govLead);
    const other = await sessionCookie(ctx.ids.users.govLead); // the same person on another device
    expect((await listNegotiations(call('/api/negotiations', cookie), noCtx)).status).toBe(200);
    const editor = await openEditor(ctx.srv.url, ctx.ids.chapter.id, cookie);
    const otherEditor = await openEditor(ctx.srv.url, ctx.ids.chapter.id, other);
    clients.push(editor, otherEditor);

    const started = Date.now();
    await authOptions.events!.signOut!({
      token: (await decode({ token: cookie.split('=')[1]!, secret: TEST_SECRET }))!,
      session: null as never,
    });
    expect(await closedWithin(editor, started)).toBeLessThan(5000);
    const res = await listNegotiations(call('/api/negotiations', cookie), noCtx);
    expect(res.status).toBe(401);
    // A new socket with the old cookie is refused too.
    const again = connectClient(ctx.srv.url, ctx.ids.chapter.id, cookie);
    clients.push(again);
    await waitFor(() => again.state.closes.some((c) => c.code === CLOSE.unauthenticated), 5000, 'reconnect refused');
    // Only that session ended: the other device keeps working.
    expect((await listNegotiations(call('/api/negotiations', other), noCtx)).status).toBe(200);
    expect(otherEditor.state.closes).toEqual([]);
  });

  it('a revocation written by another process (CLI, another instance) closes the socket within the 2 s sweep', async () => {
    const cookie = await sessionCookie(ctx.ids.users.apmLead);
    const editor = await openEditor(ctx.srv.url, ctx.ids.chapter.id, cookie);
    clients.push(editor);
    const started = Date.now();
    // What `npm run auth:sign-out` does, without telling this server.
    await ctx.db.update(users).set({ sessionsValidFrom: new Date() }).where(eq(users.id, ctx.ids.users.apmLead));
    expect(await closedWithin(editor, started)).toBeLessThan(5000);
    expect((await listNegotiations(call('/api/negotiations', cookie), noCtx)).status).toBe(401);
  });

  it('a burst of reconnects reuses its authorization briefly, yet a revocation by another process closes every socket of it within 5 s', async () => {
    await new Promise((r) => setTimeout(r, 5)); // a session begun after the revocation above
    const cookie = await sessionCookie(ctx.ids.users.apmLead);
    const url = `${ctx.srv.url}/${ctx.ids.chapter.id}`;
    const warm = await rawConnect(url, cookie); // the server now holds this upgrade's answer (lib/collab/upgrade-cache.ts)
    warm.ws.close();
    const started = Date.now();
    await ctx.db.update(users).set({ sessionsValidFrom: new Date() }).where(eq(users.id, ctx.ids.users.apmLead));
    const burst: Awaited<ReturnType<typeof rawConnect>>[] = [];
    while (Date.now() - started < 1500) {
      burst.push(await rawConnect(url, cookie));
      await new Promise((r) => setTimeout(r, 100));
    }
    // Once the kept answer has lapsed (1 s), the upgrade itself is refused: closed before any document message.
    const late = await rawConnect(url, cookie);
    let messages = 0;
    late.ws.on('message', () => messages++);
    expect((await late.closed).code).toBe(CLOSE.unauthenticated);
    expect(messages).toBe(0);
    const codes = await Promise.all(burst.map((b) => b.closed.then((c) => c.code)));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(new Set(codes)).toEqual(new Set([CLOSE.unauthenticated]));
  });

  it('a password change ends every session of that person, the current one included', async () => {
    const cookie = await sessionCookie(ctx.ids.users.apmMember);
    const editor = await openEditor(ctx.srv.url, ctx.ids.chapter.id, cookie);
    clients.push(editor);
    const wrong = await changePasswordRoute(
      call('/api/account/password', cookie, {
        method: 'POST',
        body: { currentPassword: 'not-it', newPassword: 'tidal-orchard-lantern-42' },
      }),
      noCtx,
    );
    expect(wrong.status).toBe(400);
    const weak = await changePasswordRoute(
      call('/api/account/password', cookie, { method: 'POST', body: { currentPassword: 'pactum-demo-2026', newPassword: 'password1234' } }),
      noCtx,
    );
    expect(weak.status).toBe(400);
    expect(JSON.stringify(await weak.json())).toContain('newPassword');
    const started = Date.now();
    const ok = await changePasswordRoute(
      call('/api/account/password', cookie, {
        method: 'POST',
        body: { currentPassword: 'pactum-demo-2026', newPassword: 'tidal-orchard-lantern-42' },
      }),
      noCtx,
    );
    expect(ok.status).toBe(204);
    expect(await closedWithin(editor, started)).toBeLessThan(5000);
    expect((await listNegotiations(call('/api/negotiations', cookie), noCtx)).status).toBe(401);
  });

  it('"sign out on all devices" ends every session of the caller', async () => {
    const a = await sessionCookie(ctx.ids.users.govMember);
    const b = await sessionCookie(ctx.ids.users.govMember);
    const editor = await openEditor(ctx.srv.url, ctx.ids.chapter.id, b);
    clients.push(editor);
    const started = Date.now();
    expect((await signOutEverywhere(call('/api/account/sessions', a, { method: 'DELETE' }), noCtx)).status).toBe(204);
    expect(await closedWithin(editor, started)).toBeLessThan(5000);
    for (const c of [a, b]) expect((await listNegotiations(call('/api/negotiations', c), noCtx)).status).toBe(401);
  });

  it("an administrator's sign-everyone-out ends all sessions; anyone else is refused", async () => {
    const observer = await sessionCookie(ctx.ids.users.observer);
    expect((await signOutEveryone(call('/api/admin/sessions', observer, { method: 'DELETE' }), noCtx)).status).toBe(403);
    const editor = await openEditor(ctx.srv.url, ctx.ids.chapter.id, observer);
    clients.push(editor);
    const admin = await sessionCookie(ctx.ids.users.mediator);
    const started = Date.now();
    const res = await signOutEveryone(call('/api/admin/sessions', admin, { method: 'DELETE' }), noCtx);
    expect(res.status).toBe(200);
    expect((await res.json()).signedOut).toBeGreaterThan(5);
    expect(await closedWithin(editor, started)).toBeLessThan(5000);
    for (const c of [observer, admin]) expect((await listNegotiations(call('/api/negotiations', c), noCtx)).status).toBe(401);
    // A session begun afterwards works.
    expect((await listNegotiations(call('/api/negotiations', await sessionCookie(ctx.ids.users.observer)), noCtx)).status).toBe(200);
  });

  it('removal from the negotiation: the socket closes and the document answers 404 at once', async () => {
    await new Promise((r) => setTimeout(r, 5)); // sessions begun after the sign-everyone-out above
    const mediator = await sessionCookie(ctx.ids.users.mediator);
    const guarantor = await ctx.db.select().from(users).where(eq(users.email, 'guarantor@pactum.test'));
    const cookie = await sessionCookie(guarantor[0]!.id);
    const editor = await openEditor(ctx.srv.url, ctx.ids.chapter.id, cookie);
    clients.push(editor);
    const [membership] = await ctx.db.select().from(memberships).where(eq(memberships.userId, guarantor[0]!.id));
    const mediatorId = (await claimsOf(mediator)).userId;
    const started = Date.now();
    await removeMember(ctx.db, mediatorId, membership!.negotiationId, membership!.id);
    await waitFor(() => editor.state.closes.some((c) => c.code === CLOSE.notFound), 5000, 'socket refused after removal');
    expect(Date.now() - started).toBeLessThan(5000);
    const res = await documentRoute(call(`/api/documents/${ctx.ids.chapter.id}`, cookie), {
      params: Promise.resolve({ id: ctx.ids.chapter.id }),
    });
    expect(res.status).toBe(404);
  });

  it('cookies without a session id (issued before server-side sessions) are refused', async () => {
    const { encode } = await import('next-auth/jwt');
    const legacy = `next-auth.session-token=${await encode({ token: { sub: ctx.ids.users.govLead }, secret: TEST_SECRET })}`;
    expect((await listNegotiations(call('/api/negotiations', legacy), noCtx)).status).toBe(401);
  });
});
