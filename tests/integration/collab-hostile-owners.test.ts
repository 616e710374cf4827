import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { CLOSE } from '@/lib/collab/protocol';
import { TEST_DRIVER } from '../support/test-db';
import { collabFixture, connectClient, isSaved, rawConnect, sessionCookie, startCollab, waitFor } from '../support/collab-harness';

/** A y-websocket frame: [messageType, (syncKind,) payload]. */
function frame(type: number, payload: Uint8Array, syncKind?: number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, type);
  if (syncKind !== undefined) encoding.writeVarUint(e, syncKind);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

type Client = ReturnType<typeof connectClient>;
const saved = (c: Client) => waitFor(() => isSaved(c.doc, c.state.saved) && c.state.durableFrames >= c.sentFrames(), 10_000, 'saved');

/** An update continuing `victim`'s clock under its client id, built from `state`, plus (optionally) an edit under the forger's own id. */
function forge(state: Uint8Array, victimId: number, text: string, ownEdit?: { clientId: number; text: string }): Uint8Array {
  const evil = new Y.Doc();
  Y.applyUpdate(evil, state);
  const before = Y.encodeStateVector(evil);
  evil.clientID = victimId; // after applying: Yjs would otherwise pick a new id
  evil.getText('t').insert(0, text);
  if (ownEdit) {
    evil.clientID = ownEdit.clientId;
    evil.getText('t').insert(evil.getText('t').length, ownEdit.text);
  }
  return Y.encodeStateAsUpdate(evil, before);
}

/**
 * A client id belongs to the user who first used it in the room — also while that user is away,
 * after the room reloads and after a server restart (the ownership is stored with the log).
 */
describe(`collaboration against a hostile member: client ids while their owner is away (${TEST_DRIVER})`, { timeout: 60_000 }, () => {
  const t = collabFixture();
  const url = (id: string) => `${t.srv.url}/${id}`;

  async function expectRefused(victimId: number, text: string, ownEdit?: { clientId: number; text: string }) {
    const check = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.mediator));
    await waitFor(() => check.provider.synced, 10_000, 'reference sync');
    const before = check.text();
    const { ws, closed } = await rawConnect(url(t.ids.chapter.id), await sessionCookie(t.ids.users.apmLead));
    ws.send(frame(0, forge(Y.encodeStateAsUpdate(check.doc), victimId, text, ownEdit), 2));
    const stillOpen = new Promise<{ code: number; reason: string }>((r) =>
      setTimeout(() => r({ code: 0, reason: 'still open' }), ownEdit ? 1000 : 5000),
    );
    const { code, reason } = await Promise.race([closed, stillOpen]);
    if (ownEdit) {
      // An honest-looking resend (its own edit built on the other's text) keeps its socket: only its own part is applied.
      expect(code).toBe(0);
    } else {
      expect(code).toBe(CLOSE.foreignClientId);
      expect(reason).toMatch(/another person/);
    }
    ws.close();
    await new Promise((r) => setTimeout(r, 300));
    expect(check.text()).not.toContain(text);
    const fresh = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.observer));
    await waitFor(() => fresh.provider.synced, 10_000, 'fresh sync');
    expect(fresh.text()).not.toContain(text);
    expect(fresh.text().startsWith(before)).toBe(true);
    if (ownEdit) expect(fresh.text()).toContain(ownEdit.text); // the sender's own part of the frame is kept
    check.destroy();
    fresh.destroy();
  }

  /** GOV comes back (a new socket, same Yjs client id) and keeps writing under it. */
  async function govReturns(victimId: number, text: string) {
    const gov = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.govLead));
    await waitFor(() => gov.provider.synced, 10_000, 'GOV sync');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(gov.doc));
    gov.destroy();
    doc.clientID = victimId;
    const back = await rawConnect(url(t.ids.chapter.id), await sessionCookie(t.ids.users.govLead));
    const sv = Y.encodeStateVector(doc);
    doc.getText('t').insert(doc.getText('t').length, text);
    back.ws.send(frame(0, Y.encodeStateAsUpdate(doc, sv), 2));
    const check = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.mediator));
    await waitFor(() => check.provider.synced && check.text().endsWith(text), 10_000, 'GOV’s edit under its own id');
    expect(back.ws.readyState).toBe(back.ws.OPEN);
    back.ws.close();
    check.destroy();
  }

  it('refuses structs under an absent user’s client id, while that user and everyone else keep working', async () => {
    const gov = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.govLead));
    await waitFor(() => gov.provider.synced, 10_000, 'GOV sync');
    gov.doc.getText('t').insert(0, 'GOV acknowledged.');
    await saved(gov);
    const govId = gov.doc.clientID;
    gov.destroy(); // GOV is away
    await waitFor(() => t.srv.collab.roomCount() === 0, 10_000, 'room unloaded');

    await expectRefused(govId, 'APM wrote this as GOV. ');
    // Also when the forged structs come with an honest edit of the sender's own.
    const apm = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.apmLead));
    await waitFor(() => apm.provider.synced, 10_000, 'APM sync');
    apm.doc.getText('t').insert(apm.text().length, ' APM own.');
    await saved(apm);
    apm.destroy();
    await expectRefused(govId, 'Again as GOV. ', { clientId: 0x5eed_0001, text: ' APM more.' });

    await govReturns(govId, ' GOV is back.');
  });

  it('honest clients holding each other’s unsaved edits (after a crash) converge without a refusal', async () => {
    const gov = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.govLead));
    const apm = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.apmLead));
    await waitFor(() => gov.provider.synced && apm.provider.synced, 10_000, 'both synced');
    const t0 = gov.doc.getText('t');
    t0.insert(t0.length, ' [gov0]');
    await saved(gov);
    await waitFor(() => apm.text() === gov.text(), 10_000, 'apm has gov0');
    apm.doc.getText('t').insert(apm.text().length, ' [apm0]');
    await saved(apm); // both ids are now claimed and stored
    await waitFor(() => gov.text() === apm.text(), 10_000, 'level');
    // What the server had fanned out but not stored when it died: each appended to the other's text.
    gov.provider.disconnect();
    apm.provider.disconnect();
    const exchange = () => {
      Y.applyUpdate(apm.doc, Y.encodeStateAsUpdate(gov.doc));
      Y.applyUpdate(gov.doc, Y.encodeStateAsUpdate(apm.doc));
    };
    for (let i = 1; i <= 3; i++) {
      gov.doc.getText('t').insert(gov.text().length, ` [gov${i}]`);
      exchange();
      apm.doc.getText('t').insert(apm.text().length, ` [apm${i}]`);
      exchange();
    }
    const expected = gov.text();
    const closesBefore = gov.state.closes.length + apm.state.closes.length;
    gov.provider.connect();
    apm.provider.connect();
    await waitFor(() => isSaved(gov.doc, gov.state.saved) && isSaved(apm.doc, apm.state.saved), 15_000, 'both resends stored');
    const fresh = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.observer));
    await waitFor(
      () => fresh.provider.synced && fresh.text() === expected,
      10_000,
      () => `fresh client equals the clients: ${fresh.text()} vs ${expected}`,
    );
    expect(gov.state.closes.length + apm.state.closes.length - closesBefore).toBe(0);
    [gov, apm, fresh].forEach((c) => c.destroy());
  });

  it('the ownership survives a server restart (it is stored, not only held in memory)', async () => {
    const gov = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.govLead));
    await waitFor(() => gov.provider.synced, 10_000, 'GOV sync');
    gov.doc.getText('t').insert(gov.text().length, ' Before restart.');
    await saved(gov);
    const govId = gov.doc.clientID;
    gov.destroy();

    await t.srv.close();
    t.srv = await startCollab(t.db);
    await expectRefused(govId, 'Forged after restart. ');
    await govReturns(govId, ' After restart.');
  });
});
