import { ACCOUNTS, contextAs, expect, type AccountKey, type ContextMaker } from './fixtures';

/** The demo accounts' roles (db/seed.ts), to give a spec's own negotiation the same cast. */
const CAST: Partial<Record<AccountKey, { role: string; party?: 'GOV' | 'APM' }>> = {
  expert: { role: 'mediation_expert' },
  govLead: { role: 'lead_negotiator', party: 'GOV' },
  govMember: { role: 'delegation_member', party: 'GOV' },
  apmLead: { role: 'lead_negotiator', party: 'APM' },
  apmMember: { role: 'delegation_member', party: 'APM' },
  guarantor: { role: 'guarantor' },
  observer: { role: 'observer' },
};

/**
 * A negotiation of the spec's own, built over the API as a convener would: the lead mediator
 * (`mediator`) creates it with GOV and APM (which gives it Chapter III, a caucus per party and the
 * mediation team's notes), and each demo account in `members` accepts an invitation to its demo
 * role. What the spec finds there is what it made, whatever other specs of the worker did before.
 */
export async function seedNegotiation(browser: ContextMaker, label: string, members: AccountKey[]): Promise<{ id: string; title: string }> {
  const mediator = await contextAs(browser, 'mediator');
  try {
    const title = `${label} ${Date.now().toString(36)}`;
    const created = await mediator.request.post('/api/negotiations', {
      data: {
        title,
        parties: [
          { name: 'Government of Arandia', shortName: 'GOV', role: 'government' },
          { name: 'Arandian People’s Movement', shortName: 'APM', role: 'armed_movement' },
        ],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const id = ((await created.json()) as { negotiation: { id: string } }).negotiation.id;
    const { parties } = (await (await mediator.request.get(`/api/negotiations/${id}`)).json()) as {
      parties: { id: string; shortName: string }[];
    };
    for (const who of members) {
      const cast = CAST[who];
      if (!cast) throw new Error(`${who} has no demo role to be invited to`);
      const partyId = cast.party && parties.find((p) => p.shortName === cast.party)!.id;
      const invited = await mediator.request.post(`/api/negotiations/${id}/invitations`, {
        data: { email: ACCOUNTS[who], role: cast.role, ...(partyId && { partyId }) },
      });
      expect(invited.status(), `inviting ${who}: ${await invited.text()}`).toBe(201);
      const token = ((await invited.json()) as { path: string }).path.split('/').pop();
      const member = await contextAs(browser, who);
      expect((await member.request.post(`/api/invitations/${token}/accept`, { data: {} })).status(), `${who} accepts`).toBe(200);
      await member.close();
    }
    return { id, title };
  } finally {
    await mediator.close();
  }
}
