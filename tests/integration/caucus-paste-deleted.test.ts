import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { toDocx } from '@/lib/export/to-docx';
import { stateToJson } from '@/lib/editor/to-json';
import { loadStoredState } from '@/lib/versions/load-stored-state';
import { createVersion, getVersionState } from '@/lib/versions/versions';
import { openTestDatabase, TEST_DRIVER } from '../support/test-db';
import { connectClient, isSaved, rawConnect, seedIds, sessionCookie, startCollab, useCollabEnv, waitFor } from '../support/collab-harness';
import { unzipText } from '../support/unzip-text';

const MARKER = 'CAUCUS-PASTE-7f3a9c';
const firstText = (doc: Y.Doc) => ((doc.getXmlFragment('default').get(0) as Y.XmlElement | undefined)?.get(0) as Y.XmlText | undefined) ?? null;

describe(`a caucus note pasted into the shared draft and deleted again leaves no trace (${TEST_DRIVER})`, () => {
  let db: Db;
  let closeDb: () => Promise<void>;
  let ids: Awaited<ReturnType<typeof seedIds>>;
  let srv: Awaited<ReturnType<typeof startCollab>>;

  beforeAll(async () => {
    useCollabEnv();
    ({ db, close: closeDb } = await openTestDatabase());
    ids = await seedIds(db);
    srv = await startCollab(db, { compactEvery: 10_000 }); // the slip stays in the update log's tail
  });
  afterAll(async () => {
    await srv?.close();
    await closeDb?.();
  });

  it('is absent from what a later reader receives, from versions and from the export', async () => {
    const gov = connectClient(srv.url, ids.chapter.id, await sessionCookie(ids.users.govLead));
    await waitFor(() => gov.provider.synced && gov.state.access === 'write', 10_000, 'GOV sync');
    gov.doc.transact(() => {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText('The parties shall withdraw heavy weapons.')]);
      gov.doc.getXmlFragment('default').insert(0, [p]);
    });
    await waitFor(() => isSaved(gov.doc, gov.state.saved), 10_000, 'text saved');
    firstText(gov.doc)!.insert(4, `${MARKER} `); // pasted by mistake …
    await waitFor(() => isSaved(gov.doc, gov.state.saved), 10_000, 'paste saved');
    firstText(gov.doc)!.delete(4, MARKER.length + 1); // … and removed again
    // A deletion does not move the state vector (SAVED cannot show it): wait for the text itself.
    const storedText = async () => JSON.stringify(stateToJson(await loadStoredState(db, ids.chapter.id)));
    for (let i = 0; i < 100 && (await storedText()).includes(MARKER); i++) await new Promise((r) => setTimeout(r, 50));
    expect(await storedText()).not.toContain(MARKER);

    // While the room is live (log not compacted yet): the stored state, a version, the export.
    const state = await loadStoredState(db, ids.chapter.id);
    expect(Buffer.from(state).includes('heavy weapons')).toBe(true);
    expect(Buffer.from(state).includes(MARKER)).toBe(false);
    const version = await createVersion(db, { document: ids.chapter, name: 'After the slip', userId: ids.users.mediator });
    expect(Buffer.from((await getVersionState(db, ids.chapter.id, version.id)).state).includes(MARKER)).toBe(false);
    const docx = await toDocx(stateToJson(state), { negotiationTitle: 'Arandia', documentTitle: ids.chapter.title, label: 'Current draft', parties: [] });
    expect(unzipText(docx)).toContain('heavy weapons');
    expect(unzipText(docx)).not.toContain(MARKER);
    gov.destroy();
    await waitFor(() => srv.collab.roomCount() === 0, 10_000, 'room unload (compaction)');

    // A reader joining afterwards: every byte the server sends it.
    const { ws, closed } = await rawConnect(`${srv.url}/${ids.chapter.id}`, await sessionCookie(ids.users.apmLead));
    const received: Buffer[] = [];
    ws.on('message', (data: Buffer) => received.push(Buffer.from(data)));
    const e = new Uint8Array([0, 0, 1, 0]); // SyncStep1 with an empty state vector
    ws.send(e);
    await waitFor(() => Buffer.concat(received).includes('heavy weapons'), 10_000, 'the shared text reaches the reader');
    ws.close();
    await closed;
    expect(Buffer.concat(received).includes(MARKER)).toBe(false);

  });
});
