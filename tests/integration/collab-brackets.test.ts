import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { parties } from '@/db/schema';
import { CLOSE } from '@/lib/collab/protocol';
import { unsafeLoadStoredState } from '@/lib/versions/load-stored-state';
import { stateToJson, type PmNode } from '@/lib/editor/to-json';
import { TEST_DRIVER } from '../support/test-db';
import { collabFixture, connectClient, firstText, isSaved, sessionCookie, waitFor } from '../support/collab-harness';

/** Characters of the stored document bracketed for each party short name. */
function storedBrackets(json: PmNode): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (n: PmNode) => {
    for (const m of n.marks ?? [])
      if (m.type === 'bracket' && n.text) out[String(m.attrs?.partyShort)] = (out[String(m.attrs?.partyShort)] ?? 0) + n.text.length;
    n.content?.forEach(walk);
  };
  walk(json);
  return out;
}

describe(`collaboration: who may remove a bracket, enforced on the socket (${TEST_DRIVER})`, () => {
  const t = collabFixture(); // the demo negotiation is facilitative: both delegations hold the pen

  it('refuses APM cleaning GOV’s bracket (4422, nothing stored) and lets GOV’s lead clean it', async () => {
    const [govParty] = await t.db.select().from(parties).where(eq(parties.shortName, 'GOV')).limit(1);
    const gov = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.govLead));
    await waitFor(() => gov.provider.synced && gov.state.access === 'write', 10_000, 'GOV sync');
    gov.doc.transact(() => {
      const p = new Y.XmlElement('paragraph');
      const text = new Y.XmlText('Forces withdraw within 30 days.');
      p.insert(0, [text]);
      gov.doc.getXmlFragment('default').insert(0, [p]);
      text.format(23, 7, { bracket: { partyId: govParty!.id, partyShort: 'GOV', userId: t.ids.users.govLead } });
    });
    await waitFor(() => isSaved(gov.doc, gov.state.saved), 10_000, 'GOV bracket saved');

    const apm = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.apmLead));
    await waitFor(() => apm.provider.synced && firstText(apm.doc)?.toString().includes('30 days') === true, 10_000, 'APM sync');
    firstText(apm.doc)!.insert(0, 'All ');
    await waitFor(() => isSaved(apm.doc, apm.state.saved), 10_000, 'APM typing is a plain edit and is saved');
    firstText(apm.doc)!.format(27, 7, { bracket: null }); // "30 days" shifted by "All "
    await waitFor(() => apm.state.closes.some((c) => c.code === CLOSE.editRefused), 10_000, 'refusal');
    expect(apm.state.closes.find((c) => c.code === CLOSE.editRefused)?.reason).toMatch(/GOV/);
    await new Promise((r) => setTimeout(r, 300));
    expect(storedBrackets(stateToJson(await unsafeLoadStoredState(t.db, t.ids.chapter.id)))).toEqual({ GOV: 7 });
    apm.destroy();

    firstText(gov.doc)!.format(27, 7, { bracket: null });
    await waitFor(() => isSaved(gov.doc, gov.state.saved), 10_000, 'GOV cleaning saved');
    expect(gov.state.closes).toEqual([]);
    expect(storedBrackets(stateToJson(await unsafeLoadStoredState(t.db, t.ids.chapter.id)))).toEqual({});
    gov.destroy();
  });
});
