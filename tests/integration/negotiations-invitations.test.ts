import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { invitations, negotiations, parties, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { requireNegotiation } from '@/lib/access/scope';
import { findUserByCredentials } from '@/lib/auth/find-user';
import { acceptInvitation } from '@/lib/invitations/accept-invitation';
import { createInvitation } from '@/lib/invitations/create-invitation';
import { describeInvitation } from '@/lib/invitations/find-invitation';
import { listInvitations } from '@/lib/invitations/list-invitations';
import { hashInvitationToken } from '@/lib/invitations/token';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';

let db: Db;
let close: () => Promise<void>;
let talksId: string;
let govId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ({ db, close } = await openTestDatabase({ seeded: true }));
  await seedDemo(db);
  for (const u of await db.select().from(users)) ids[u.email] = u.id;
  talksId = (await db.select().from(negotiations).where(eq(negotiations.title, 'Arandia Peace Talks — Security Track')))[0]!.id;
  govId = (await db.select().from(parties).where(eq(parties.shortName, 'GOV')))[0]!.id;
});
afterAll(async () => close?.());

const invite = (email: string, role: 'delegation_member' | 'observer' = 'observer') =>
  createInvitation(db, ids['mediator@pactum.test']!, talksId, { email, role, partyId: role === 'observer' ? null : govId });

describe(`invitations on ${TEST_DRIVER}`, () => {
  it('stores only the SHA-256 of the token and expires after 14 days', async () => {
    const created = await invite('new.person@example.org', 'delegation_member');
    const [row] = await db.select().from(invitations).where(eq(invitations.id, created.id));
    expect(row!.tokenHash).toBe(hashInvitationToken(created.token));
    expect(row!.tokenHash).not.toContain(created.token);
    const days = (row!.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
    expect((await listInvitations(db, ids['mediator@pactum.test']!, talksId)).map((i) => i.email)).toContain('new.person@example.org');
  });

  it('is only for people who manage members', async () => {
    await expect(
      createInvitation(db, ids['gov.lead@pactum.test']!, talksId, { email: 'y@example.org', role: 'observer', partyId: null }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      createInvitation(db, ids['outsider@pactum.test']!, talksId, { email: 'y@example.org', role: 'observer', partyId: null }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(invite('observer@pactum.test')).rejects.toMatchObject({ status: 409 });
  });

  it('lets a new person set a name and password, then join with the invited role', async () => {
    const { token } = await invite('fresh@example.org', 'delegation_member');
    expect((await describeInvitation(db, token)).account).toBe('none');
    await expect(acceptInvitation(db, token, { signedInUserId: null, name: 'Fresh Person', password: 'short' })).rejects.toMatchObject({
      name: 'ZodError',
    });
    const result = await acceptInvitation(db, token, { signedInUserId: null, name: 'Fresh Person', password: 'a-long-enough-password' });
    const user = await findUserByCredentials(db, 'fresh@example.org', 'a-long-enough-password');
    expect(user?.name).toBe('Fresh Person');
    const scope = await requireNegotiation(db, user!.id, result.negotiationId);
    expect(scope.actor).toMatchObject({ role: 'delegation_member', partyId: govId });
    // Used once: the same link is refused afterwards.
    await expect(acceptInvitation(db, token, { signedInUserId: user!.id })).rejects.toMatchObject({ status: 410 });
    expect((await describeInvitation(db, token)).status).toBe('accepted');
  });

  it('asks an existing account holder to sign in as the invited email', async () => {
    const outsider = ids['outsider@pactum.test']!;
    const { token } = await invite('outsider@pactum.test');
    expect((await describeInvitation(db, token)).account).toBe('ready');
    await expect(acceptInvitation(db, token, { signedInUserId: null, name: 'Hijack', password: 'another-password' })).rejects.toMatchObject(
      { status: 401 },
    );
    await expect(acceptInvitation(db, token, { signedInUserId: ids['observer@pactum.test']! })).rejects.toMatchObject({ status: 403 });
    await acceptInvitation(db, token, { signedInUserId: outsider });
    expect((await requireNegotiation(db, outsider, talksId)).actor.role).toBe('observer');
    // The password was not touched.
    expect(await findUserByCredentials(db, 'outsider@pactum.test', 'pactum-demo-2026')).not.toBeNull();
  });

  it('refuses expired and unknown tokens', async () => {
    const { id, token } = await invite('late@example.org');
    await db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, id));
    await expect(
      acceptInvitation(db, token, { signedInUserId: null, name: 'Late Person', password: 'a-long-enough-password' }),
    ).rejects.toMatchObject({ status: 410 });
    expect((await db.select().from(users).where(eq(users.email, 'late@example.org'))).length).toBe(0);
    await expect(describeInvitation(db, 'x'.repeat(43))).rejects.toMatchObject({ status: 404 });
    await expect(describeInvitation(db, '../etc')).rejects.toMatchObject({ status: 404 });
  });
});
