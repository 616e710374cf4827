import { and, eq } from 'drizzle-orm';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { auditEvents, docUpdates, memberships, notifications, parties } from '@/db/schema';
import { CLOSE, encodeFrame as frame } from '@/lib/collab/protocol';
import { unsafeLoadStoredState } from '@/lib/versions/load-stored-state';
import { stateToJson } from '@/lib/editor/to-json';
import { TEST_DRIVER } from '../support/test-db';
import {
  collabFixture,
  connectClient,
  firstText,
  isSaved,
  rawConnect,
  sessionCookie,
  startCollab,
  waitFor,
} from '../support/collab-harness';

type Client = ReturnType<typeof connectClient>;
/** The first paragraph's words, without marks. */
const plain = (doc: Y.Doc) => (firstText(doc)?.toDelta() as { insert: string }[] | undefined)?.map((d) => d.insert).join('') ?? '';
const saved = (c: Client) => waitFor(() => isSaved(c.doc, c.state.saved) && c.state.durableFrames >= c.sentFrames(), 10_000, 'saved');
const refused = (c: Client) => waitFor(() => c.state.closes.some((x) => x.code === CLOSE.editRefused), 10_000, 'refusal (4422)');
const storedText = async (t: { db: Parameters<typeof unsafeLoadStoredState>[0] }, id: string) =>
  JSON.stringify(stateToJson(await unsafeLoadStoredState(t.db, id)));

describe(`collaboration against a hostile member: identity and ownership (${TEST_DRIVER})`, { timeout: 30_000 }, () => {
  const t = collabFixture();
  const url = (id: string) => `${t.srv.url}/${id}`;

  it('refuses an update under another user’s client id; the victim’s edits stay and everyone converges', async () => {
    const gov = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.govLead));
    await waitFor(() => gov.provider.synced, 10_000, 'GOV sync');
    gov.doc.getText('t').insert(0, 'GOV acknowledged.');
    await saved(gov);

    // APM builds an update that continues GOV's clock under GOV's client id.
    const evil = new Y.Doc();
    Y.applyUpdate(evil, Y.encodeStateAsUpdate(gov.doc));
    evil.clientID = gov.doc.clientID; // after applying: Yjs would otherwise pick a new id
    const before = Y.encodeStateVector(evil);
    evil.getText('t').delete(0, 17);
    evil.getText('t').insert(0, 'APM rewrote this.');
    const { ws, closed } = await rawConnect(url(t.ids.chapter.id), await sessionCookie(t.ids.users.apmLead));
    ws.send(frame(0, Y.encodeStateAsUpdate(evil, before), 2));
    expect((await closed).code).toBe(CLOSE.foreignClientId);

    gov.doc.getText('t').insert(gov.text().length, ' More.');
    await saved(gov);
    const check = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.mediator));
    await waitFor(() => check.provider.synced && check.text() === gov.text(), 10_000, 'fresh client equals GOV');
    expect(check.text()).toBe('GOV acknowledged. More.');

    // GOV reconnecting (a new socket, same Yjs client id) keeps writing under its own id.
    const oldId = gov.doc.clientID;
    gov.destroy();
    const again = new Y.Doc();
    Y.applyUpdate(again, Y.encodeStateAsUpdate(check.doc));
    again.clientID = oldId;
    const back = await rawConnect(url(t.ids.chapter.id), await sessionCookie(t.ids.users.govLead));
    const sv = Y.encodeStateVector(again);
    again.getText('t').insert(0, '! ');
    back.ws.send(frame(0, Y.encodeStateAsUpdate(again, sv), 2));
    await waitFor(() => check.text().startsWith('! GOV'), 10_000, 'GOV’s reconnect edit under its own id');
    expect(back.ws.readyState).toBe(back.ws.OPEN);
    back.ws.close();
    check.destroy();
  });

  it('a departed user’s awareness slot cannot be taken by someone else', async () => {
    const gov = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.govLead));
    await waitFor(() => gov.provider.synced, 10_000, 'GOV sync');
    gov.provider.awareness.setLocalStateField('cursor', null);
    const slot = gov.doc.clientID;
    const watcher = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.mediator));
    await waitFor(() => watcher.provider.awareness.getStates().has(slot), 10_000, 'GOV presence');
    gov.destroy();
    await waitFor(() => !watcher.provider.awareness.getStates().has(slot), 10_000, 'GOV presence gone');

    const doc = new Y.Doc();
    doc.clientID = slot;
    // A clock far ahead of GOV's, so the state would win if the slot were free.
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint(e, slot);
    encoding.writeVarUint(e, 1000);
    encoding.writeVarString(e, JSON.stringify({ cursor: { anchor: 1 } }));
    const { ws } = await rawConnect(url(t.ids.chapter.id), await sessionCookie(t.ids.users.apmLead));
    ws.send(frame(1, encoding.toUint8Array(e)));
    await new Promise((r) => setTimeout(r, 500));
    expect(watcher.provider.awareness.getStates().has(slot)).toBe(false);
    ws.close();
    watcher.destroy();
  });

  it('one room per document: a non-canonical spelling of the id is refused, never a second room', async () => {
    await waitFor(() => t.srv.collab.roomCount() === 0, 10_000, 'earlier rooms unloaded');
    for (const spelling of [t.ids.chapter.id.toUpperCase(), `${t.ids.chapter.id}%20`, `%20${t.ids.chapter.id}`, `{${t.ids.chapter.id}}`]) {
      const { closed } = await rawConnect(url(spelling), await sessionCookie(t.ids.users.govLead));
      const { code, reason } = await closed;
      expect(code).toBe(CLOSE.badDocumentId);
      expect(reason).toMatch(/lower-case/);
    }
    expect(t.srv.collab.roomCount()).toBe(0);
  });

  describe('brackets and alternatives belong to their party', () => {
    let govAttrs: { partyId: string; partyShort: string; userId: string };
    let gov: Client;
    const line = 'Forces withdraw within 30 days.';

    it('sets up: GOV brackets “30 days” and proposes an alternative', async () => {
      const [govParty] = await t.db.select().from(parties).where(eq(parties.shortName, 'GOV')).limit(1);
      govAttrs = { partyId: govParty!.id, partyShort: 'GOV', userId: t.ids.users.govLead };
      gov = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.govLead));
      await waitFor(() => gov.provider.synced && gov.state.access === 'write', 10_000, 'GOV sync');
      gov.doc.transact(() => {
        const p = new Y.XmlElement('paragraph');
        p.setAttribute('uid', 'p-orig');
        const text = new Y.XmlText(line);
        p.insert(0, [text]);
        const alt = new Y.XmlElement('paragraph');
        alt.setAttribute('uid', 'p-alt');
        alt.setAttribute('altOf', 'p-orig');
        alt.setAttribute('altLabel', 'Alt 2');
        alt.setAttribute('altParty', govAttrs.partyId);
        alt.setAttribute('altPartyShort', 'GOV');
        alt.insert(0, [new Y.XmlText('Forces withdraw within 60 days.')]);
        gov.doc.getXmlFragment('default').insert(0, [p, alt]);
        text.format(23, 7, { bracket: govAttrs });
      });
      await saved(gov);
    });

    const attack = async (what: string, edit: (doc: Y.Doc, text: Y.XmlText, alt: Y.XmlElement) => void) => {
      const before = await storedText(t, t.ids.chapter.id);
      const apm = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.apmLead));
      await waitFor(() => apm.provider.synced && apm.doc.getXmlFragment('default').length >= 2, 10_000, `APM sync (${what})`);
      const fragment = apm.doc.getXmlFragment('default');
      const original = fragment.toArray().find((n) => n instanceof Y.XmlElement && n.getAttribute('uid') === 'p-orig') as Y.XmlElement;
      const alt = fragment.toArray().find((n) => n instanceof Y.XmlElement && n.getAttribute('uid') === 'p-alt') as Y.XmlElement;
      apm.doc.transact(() => edit(apm.doc, original.get(0) as Y.XmlText, alt));
      await refused(apm);
      apm.destroy();
      await new Promise((r) => setTimeout(r, 300));
      expect(await storedText(t, t.ids.chapter.id), what).toBe(before);
    };

    it('refuses APM rewriting GOV’s bracketed words at the same length', () =>
      attack('same-length rewrite', (_d, text) => {
        text.delete(23, 2);
        text.insert(23, '90', { bracket: govAttrs });
      }));

    it('refuses APM moving GOV’s bracket onto other words (same length)', () =>
      attack('move', (_d, text) => {
        text.format(23, 7, { bracket: null });
        text.format(7, 7, { bracket: govAttrs });
      }));

    it('refuses APM typing inside GOV’s bracket', () =>
      attack('insert inside', (_d, text) => text.insert(26, 'working ', { bracket: govAttrs })));

    it('refuses APM rewriting GOV’s alternative', () =>
      attack('alternative rewrite', (_d, _t, alt) => {
        const text = alt.get(0) as Y.XmlText;
        text.delete(23, 2);
        text.insert(23, '90');
      }));

    it('refuses APM deleting and recreating GOV’s alternative under its label', () =>
      attack('alternative recreate', (doc, _t, alt) => {
        const fragment = doc.getXmlFragment('default');
        const at = fragment.toArray().indexOf(alt);
        fragment.delete(at, 1);
        const copy = new Y.XmlElement('paragraph');
        for (const [k, v] of Object.entries(alt.getAttributes())) copy.setAttribute(k, v as string);
        copy.insert(0, [new Y.XmlText('Forces withdraw within 90 days.')]);
        fragment.insert(at, [copy]);
      }));

    it('refuses APM claiming a new alternative under GOV’s name', () =>
      attack('alternative claimed', (doc) => {
        const copy = new Y.XmlElement('paragraph');
        copy.setAttribute('altOf', 'p-orig');
        copy.setAttribute('altLabel', 'Alt 3');
        copy.setAttribute('altParty', govAttrs.partyId);
        copy.setAttribute('altPartyShort', 'GOV');
        copy.insert(0, [new Y.XmlText('GOV accepts everything.')]);
        doc.getXmlFragment('default').push([copy]);
      }));

    it('lets APM type outside the bracket, GOV edit its own bracket, and everyone converge', async () => {
      const apm = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.apmLead));
      await waitFor(() => apm.provider.synced && firstText(apm.doc)?.toString() === firstText(gov.doc)?.toString(), 10_000, 'APM sync');
      firstText(apm.doc)!.insert(0, 'All ');
      firstText(apm.doc)!.insert(firstText(apm.doc)!.length, ' Agreed.');
      await saved(apm);
      await waitFor(() => firstText(gov.doc)!.toString().startsWith('All '), 10_000, 'GOV sees APM');
      firstText(gov.doc)!.delete(27, 2);
      firstText(gov.doc)!.insert(27, '45', { bracket: govAttrs });
      await saved(gov);
      const check = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.mediator));
      await waitFor(
        () => check.provider.synced && plain(check.doc) === 'All Forces withdraw within 45 days. Agreed.',
        10_000,
        () =>
          `converged: check ${firstText(check.doc)?.toString()} gov ${firstText(gov.doc)?.toString()} apm ${JSON.stringify(apm.state.closes)} gov ${JSON.stringify(gov.state.closes)}`,
      );
      await waitFor(() => plain(apm.doc) === plain(check.doc), 10_000, 'APM converged');
      expect(apm.state.closes.filter((c) => c.code >= 4000)).toEqual([]);
      expect(gov.state.closes.filter((c) => c.code >= 4000)).toEqual([]);
      check.destroy();
      apm.destroy();
      gov.destroy();
    });
  });

  it('refuses a 9 KB deeply nested value; after a restart the document still loads for everyone', async () => {
    const gov = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.govLead));
    await waitFor(() => gov.provider.synced, 10_000, 'GOV sync');
    const evil = new Y.Doc();
    Y.applyUpdate(evil, Y.encodeStateAsUpdate(gov.doc));
    const sv = Y.encodeStateVector(evil);
    let deep: unknown = 'x';
    for (let i = 0; i < 3000; i++) deep = { a: deep };
    evil.getMap('m').set('deep', deep);
    const update = Y.encodeStateAsUpdate(evil, sv);
    expect(update.length).toBeGreaterThan(8_000);
    const { ws, closed } = await rawConnect(url(t.ids.chapter.id), await sessionCookie(t.ids.users.apmLead));
    ws.send(frame(0, update, 2));
    expect([CLOSE.protocolError, CLOSE.tooBig]).toContain((await closed).code);
    const wide = new Y.Doc();
    Y.applyUpdate(wide, Y.encodeStateAsUpdate(gov.doc));
    const sv2 = Y.encodeStateVector(wide);
    wide.getMap('m').set('huge', { blob: 'x'.repeat(900_000) });
    const big = await rawConnect(url(t.ids.chapter.id), await sessionCookie(t.ids.users.apmLead));
    big.ws.send(frame(0, Y.encodeStateAsUpdate(wide, sv2), 2));
    expect((await big.closed).code).toBe(CLOSE.tooBig);
    gov.doc.getText('t').insert(0, 'still here ');
    await saved(gov);
    gov.destroy();
    await waitFor(
      () => t.srv.collab.roomCount() === 0,
      10_000,
      () => `room unload (${t.srv.collab.roomCount()} rooms, gov connected ${gov.provider.wsconnected})`,
    );

    await t.srv.close();
    t.srv = await startCollab(t.db);
    for (const user of [t.ids.users.govLead, t.ids.users.apmLead, t.ids.users.observer]) {
      const c = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(user));
      await waitFor(() => c.provider.synced && c.text().startsWith('still here '), 10_000, 'reload after restart');
      expect(c.doc.getMap('m').has('deep')).toBe(false);
      expect(c.state.closes).toEqual([]);
      c.destroy();
    }
  });

  it('a stored update that cannot be loaded is quarantined with an audit entry and the mediator told; the rest loads', async () => {
    const gov = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.govLead));
    await waitFor(() => gov.provider.synced, 10_000, 'GOV sync');
    gov.doc.getText('t').insert(0, 'sound ');
    await saved(gov);
    const expected = gov.text();
    // A row written before the limits existed: a value nested 6,000 deep (Yjs's reader overflows the stack).
    const poison = new Y.Doc();
    poison.getMap('m').set('deep', 'MARKER!');
    const bytes = Y.encodeStateAsUpdate(poison);
    const marker = [119, 7, ...Buffer.from('MARKER!')];
    const at = bytes.findIndex((_b, i) => marker.every((m, j) => bytes[i + j] === m));
    const nested = [...Array.from({ length: 6000 }, () => [117, 1]).flat(), 119, 1, 120];
    const row = Uint8Array.from([...bytes.slice(0, at), ...nested, ...bytes.slice(at + marker.length)]);
    expect(() => Y.applyUpdate(new Y.Doc(), row)).toThrow();
    gov.destroy();
    await waitFor(() => t.srv.collab.roomCount() === 0, 10_000, 'room unload');
    await t.db.insert(docUpdates).values({ documentId: t.ids.chapter.id, update: row, userId: t.ids.users.apmLead });

    await t.srv.close();
    t.srv = await startCollab(t.db);
    const c = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.apmLead));
    await waitFor(() => c.provider.synced && c.text() === expected, 10_000, 'sound part loaded');
    expect(c.state.closes).toEqual([]);
    const audit = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'document.quarantined'), eq(auditEvents.targetId, t.ids.chapter.id)));
    expect(audit.length).toBe(1);
    const [mediator] = await t.db.select().from(memberships).where(eq(memberships.userId, t.ids.users.mediator));
    const told = await t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, mediator!.userId), eq(notifications.kind, 'document.quarantined')));
    expect(told.length).toBe(1);
    c.destroy();
    // The next load neither trips on it again nor records it twice.
    await waitFor(() => t.srv.collab.roomCount() === 0, 10_000, 'room unload');
    const d = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.govLead));
    await waitFor(() => d.provider.synced && d.text() === expected, 10_000, 'second load');
    d.destroy();
    expect((await t.db.select().from(auditEvents).where(eq(auditEvents.action, 'document.quarantined'))).length).toBe(1);
  });
});
