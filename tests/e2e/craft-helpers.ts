import type { APIRequestContext } from '@playwright/test';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { BASE_URL } from '../../playwright.config';
import { MESSAGE } from '../../lib/collab/protocol';

/**
 * Writes top-level blocks with `uid` attributes into a document over the collaboration socket, as
 * the editor would. `saved()` resolves once the server's SAVED covers everything written (so the
 * writer may close without losing it).
 */
export async function writeBlocks(request: APIRequestContext, documentId: string, blocks: { uid: string; text: string }[]) {
  const cookie = (await request.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const Socket = class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie, origin: new URL(BASE_URL).origin } });
    }
  };
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${BASE_URL.replace('http', 'ws')}/collab`, documentId, doc, {
    WebSocketPolyfill: Socket as never,
    disableBc: true,
  });
  // Pactum's own messages (ACCESS, NOTICE): not needed here, but unknown types are logged as errors.
  for (const type of Object.values(MESSAGE)) provider.messageHandlers[type] ??= () => {};
  let savedVector = new Map<number, number>();
  provider.messageHandlers[MESSAGE.saved] = (_encoder, decoder) =>
    void (savedVector = Y.decodeStateVector(decoding.readVarUint8Array(decoder)));
  const isSaved = () =>
    [...Y.decodeStateVector(Y.encodeStateVector(doc))].every(([client, clock]) => (savedVector.get(client) ?? 0) >= clock);
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  const fragment = doc.getXmlFragment('default');
  doc.transact(() => {
    for (const b of blocks) {
      const p = new Y.XmlElement('paragraph');
      p.setAttribute('uid', b.uid);
      p.insert(0, [new Y.XmlText(b.text)]);
      fragment.push([p]);
    }
  });
  const saved = async () => {
    const deadline = Date.now() + 15_000;
    while (!isSaved()) {
      if (Date.now() > deadline) throw new Error(`the server did not acknowledge the blocks written to ${documentId} within 15 s`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return { doc, saved, close: () => (provider.destroy(), doc.destroy()) };
}

/** The demo negotiation and its Chapter III, looked up over HTTP. */
export async function demoChapter(request: APIRequestContext): Promise<{ talksId: string; chapterId: string }> {
  const { negotiations } = await (await request.get('/api/negotiations')).json();
  const talks = negotiations.find((n: { title: string }) => n.title.startsWith('Arandia'));
  const overview = await (await request.get(`/api/negotiations/${talks.id}`)).json();
  const chapter = overview.documents.find((d: { title: string }) => d.title.startsWith('Chapter III'));
  return { talksId: talks.id, chapterId: chapter.id };
}
