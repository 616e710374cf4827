/**
 * What the suggest-only check costs on a small suggestion, by document size, against the former
 * whole-document copy: `npx tsx scripts/bench-suggest-guard.ts [paragraphs...]` (default 200 5000).
 */
import * as Y from 'yjs';
import { checkSuggestionUpdate, checkSuggestionUpdateByCopy } from '@/lib/collab/suggest-guard';
import { suggestionId } from '@/lib/editor/suggestions';
import { EDITOR_FIELD } from '@/lib/editor/to-json';

const actor = { userId: '11111111-1111-4111-8111-111111111111', partyId: '22222222-2222-4222-8222-222222222222', mayBracket: false };

function bench(paragraphs: number, check: typeof checkSuggestionUpdate): number {
  const server = new Y.Doc();
  server.transact(() => {
    const fragment = server.getXmlFragment(EDITOR_FIELD);
    for (let i = 0; i < paragraphs; i++) {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText(`Clause ${i}: the parties agree that forces withdraw within 30 days of signature.`)]);
      fragment.push([p]);
    }
  });
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const before = Y.encodeStateVector(client);
  const text = (client.getXmlFragment(EDITOR_FIELD).get(Math.floor(paragraphs / 2)) as Y.XmlElement).get(0) as Y.XmlText;
  text.insert(10, ' calendar', { insertion: { id: suggestionId(actor, 1) } });
  const update = Y.encodeStateAsUpdate(client, before);
  for (let i = 0; i < 5; i++) check(server, update, actor); // warm-up
  const runs = 30;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) if (!check(server, update, actor).ok) throw new Error('refused');
  return (performance.now() - t0) / runs;
}

const sizes = process.argv.slice(2).map(Number);
for (const n of sizes.length ? sizes : [200, 5000]) {
  const blocks = bench(n, checkSuggestionUpdate).toFixed(2);
  console.log(`${n} paragraphs: ${blocks} ms per check (whole-document copy: ${bench(n, checkSuggestionUpdateByCopy).toFixed(2)} ms)`);
}
