import { describe, expect, it } from 'vitest';
import { toDocx } from '@/lib/export/to-docx';
import { stateToJson } from '@/lib/editor/to-json';
import { unsafeLoadStoredState } from '@/lib/versions/load-stored-state';
import { createVersion, getVersionState } from '@/lib/versions/versions';
import { readerScope } from '../support/reader-scope';
import { TEST_DRIVER } from '../support/test-db';
import {
  collabFixture,
  connectClient,
  firstText,
  isSaved,
  rawConnect,
  sessionCookie,
  waitFor,
  writeFirstParagraph,
} from '../support/collab-harness';
import { unzipText } from '../support/unzip-text';

const MARKER = 'CAUCUS-PASTE-7f3a9c';

describe(`a caucus note pasted into the shared draft and deleted again leaves no trace (${TEST_DRIVER})`, () => {
  const t = collabFixture({ compactEvery: 10_000 }); // the slip stays in the update log's tail

  it('is absent from what a later reader receives, from versions and from the export', async () => {
    const gov = connectClient(t.srv.url, t.ids.chapter.id, await sessionCookie(t.ids.users.govLead));
    await waitFor(() => gov.provider.synced && gov.state.access === 'write', 10_000, 'GOV sync');
    await writeFirstParagraph(gov, 'The parties shall withdraw heavy weapons.');
    firstText(gov.doc)!.insert(4, `${MARKER} `); // pasted by mistake …
    await waitFor(() => isSaved(gov.doc, gov.state.saved), 10_000, 'paste saved');
    firstText(gov.doc)!.delete(4, MARKER.length + 1); // … and removed again
    // A deletion does not move the state vector (SAVED cannot show it): wait for the text itself.
    const storedText = async () => JSON.stringify(stateToJson(await unsafeLoadStoredState(t.db, t.ids.chapter.id)));
    for (let i = 0; i < 100 && (await storedText()).includes(MARKER); i++) await new Promise((r) => setTimeout(r, 50));
    expect(await storedText()).not.toContain(MARKER);

    // While the room is live (log not compacted yet): the stored state, a version, the export.
    const state = await unsafeLoadStoredState(t.db, t.ids.chapter.id);
    expect(Buffer.from(state).includes('heavy weapons')).toBe(true);
    expect(Buffer.from(state).includes(MARKER)).toBe(false);
    const version = await createVersion(t.db, { document: t.ids.chapter, name: 'After the slip', userId: t.ids.users.mediator });
    expect(Buffer.from((await getVersionState(t.db, await readerScope(t.db, t.ids.chapter.id), version.id)).state).includes(MARKER)).toBe(
      false,
    );
    const docx = await toDocx(stateToJson(state), {
      negotiationTitle: 'Arandia',
      documentTitle: t.ids.chapter.title,
      label: 'Current draft',
      parties: [],
    });
    expect(unzipText(docx)).toContain('heavy weapons');
    expect(unzipText(docx)).not.toContain(MARKER);
    gov.destroy();
    await waitFor(() => t.srv.collab.roomCount() === 0, 10_000, 'room unload (compaction)');

    // A reader joining afterwards: every byte the server sends it.
    const { ws, closed } = await rawConnect(`${t.srv.url}/${t.ids.chapter.id}`, await sessionCookie(t.ids.users.apmLead));
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
