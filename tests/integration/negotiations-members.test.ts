import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditEvents, memberships, negotiations, parties, users } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { can } from '@/lib/access/policy';
import { requireDocument, requireNegotiation } from '@/lib/access/scope';
import { listEvents } from '@/lib/audit/list-events';
import { changeMemberRole } from '@/lib/members/change-member-role';
import { removeMember } from '@/lib/members/remove-member';
import { changeStyle } from '@/lib/negotiations/change-style';
import { getNegotiationOverview } from '@/lib/negotiations/get-overview';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';

let db: Db;
let close: () => Promise<void>;
let talksId: string;
const ids: Record<string, string> = {};
const party: Record<string, string> = {};

beforeAll(async () => {
  ({ db, close } = await openTestDatabase({ seeded: true }));
  await seedDemo(db);
  for (const u of await db.select().from(users)) ids[u.email] = u.id;
  for (const p of await db.select().from(parties)) party[p.shortName] = p.id;
  talksId = (await db.select().from(negotiations).where(eq(negotiations.title, 'Arandia Peace Talks — Security Track')))[0]!.id;
});
afterAll(async () => close?.());

const memberId = async (email: string) =>
  (
    await db
      .select()
      .from(memberships)
      .where(and(eq(memberships.negotiationId, talksId), eq(memberships.userId, ids[email]!)))
  )[0]!.id;
const mediator = () => ids['mediator@pactum.test']!;

describe(`members and style on ${TEST_DRIVER}`, () => {
  it('changes a role (delegation roles keep a party of this negotiation) and records it', async () => {
    const target = await memberId('gov.member@pactum.test');
    const updated = await changeMemberRole(db, mediator(), talksId, target, { role: 'lead_negotiator', partyId: party.GOV! });
    expect(updated).toMatchObject({ role: 'lead_negotiator', partyId: party.GOV });
    await expect(
      changeMemberRole(db, mediator(), talksId, target, {
        role: 'lead_negotiator',
        partyId: party.FOO ?? '00000000-0000-4000-8000-000000000000',
      }),
    ).rejects.toMatchObject({ status: 400 });
    await changeMemberRole(db, mediator(), talksId, target, { role: 'observer', partyId: null });
    const { actor } = await requireNegotiation(db, ids['gov.member@pactum.test']!, talksId);
    expect(actor).toMatchObject({ role: 'observer', partyId: null });
    const events = await listEvents(db, mediator(), talksId);
    expect(events[0]!.summary).toBe('changed Ruth Abeyta’s role from Lead negotiator (GOV) to Observer');
  });

  it('refuses people without members.manage, and changes to oneself or the convener', async () => {
    const target = await memberId('apm.member@pactum.test');
    await expect(
      changeMemberRole(db, ids['apm.lead@pactum.test']!, talksId, target, { role: 'observer', partyId: null }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(removeMember(db, ids['outsider@pactum.test']!, talksId, target)).rejects.toMatchObject({ status: 404 });
    await expect(removeMember(db, mediator(), talksId, await memberId('mediator@pactum.test'))).rejects.toMatchObject({ status: 409 });
    await expect(removeMember(db, mediator(), talksId, 'not-a-uuid')).rejects.toMatchObject({ status: 404 });
  });

  it('removes a member, whose access ends at once', async () => {
    const apmMember = ids['apm.member@pactum.test']!;
    const [caucus] = (await getNegotiationOverview(db, apmMember, talksId)).documents.filter((d) => d.kind === 'caucus');
    await expect(requireDocument(db, apmMember, caucus!.id)).resolves.toBeTruthy();
    await removeMember(db, mediator(), talksId, await memberId('apm.member@pactum.test'));
    await expect(requireNegotiation(db, apmMember, talksId)).rejects.toMatchObject({ status: 404 });
    await expect(requireDocument(db, apmMember, caucus!.id)).rejects.toMatchObject({ status: 404 });
    const events = await listEvents(db, mediator(), talksId);
    expect(events[0]).toMatchObject({
      action: 'member.remove',
      actorName: 'Helena Marsh',
      summary: 'removed Leyla Noor from the negotiation',
    });
  });

  it('changes the style (permissions follow) and shows it in the activity', async () => {
    await expect(changeStyle(db, ids['gov.lead@pactum.test']!, talksId, 'formulative')).rejects.toMatchObject({ status: 403 });
    expect(await changeStyle(db, mediator(), talksId, 'formulative')).toEqual({ changed: true });
    expect(await changeStyle(db, mediator(), talksId, 'formulative')).toEqual({ changed: false });
    const scope = await requireNegotiation(db, ids['gov.lead@pactum.test']!, talksId);
    expect(scope.negotiation.style).toBe('formulative');
    expect(can(scope.actor, 'shared.edit', { style: scope.negotiation.style })).toBe(false);
    const rows = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.negotiationId, talksId), eq(auditEvents.action, 'style.change')));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.details).toEqual({ from: 'facilitative', to: 'formulative' });
    const events = await listEvents(db, ids['guarantor@pactum.test']!, talksId);
    expect(events[0]!.summary).toBe('changed the mediation style from Facilitative to Formulative');
    await expect(listEvents(db, ids['observer@pactum.test']!, talksId)).rejects.toMatchObject({ status: 403 });
  });
});
