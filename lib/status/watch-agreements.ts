import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documents, type DocumentRow } from '@/db/schema';
import { notifyDocument } from '@/lib/collab/notify';
import { onDocumentSaved } from '@/lib/collab/saved-hook';
import { checkAlignment } from '@/lib/languages/check-alignment';
import { listClauseStatuses } from './list-clause-statuses';
import { notifyNegotiation } from './notify-negotiation';
import { reconcileAgreements } from './reconcile-agreements';

interface Watched {
  timer: NodeJS.Timeout | null;
  running: boolean;
  again: boolean;
  lastRun: number;
  authors: (string | null)[];
}

/** Remembered signatures per document (bounded): what the board and the package last showed. */
const MAX_REMEMBERED = 500;

/**
 * Follows every saved change of shared documents' text: reopens agreements whose clause changed
 * (lib/status/reconcile-agreements.ts: audit event, notices to the parties, live pages told), and
 * tells open pages when the status board or the package moved (new clause, label, brackets …),
 * so the board follows the text, not only status events. The first save after a quiet spell is
 * checked at once; later ones at most every `intervalMs` per document.
 * @returns a function that stops watching.
 */
export function watchAgreements(db: () => Db, opts: { intervalMs?: number } = {}): () => void {
  const intervalMs = opts.intervalMs ?? 400;
  const watched = new Map<string, Watched>();
  const boardSig = new Map<string, string>();
  const packageSig = new Map<string, string>();
  const kinds = new Map<string, DocumentRow | null>();

  const remember = (map: Map<string, string>, id: string, sig: string) => {
    const before = map.get(id);
    map.delete(id);
    map.set(id, sig);
    if (map.size > MAX_REMEMBERED) map.delete(map.keys().next().value!);
    return before !== sig;
  };

  async function check(documentId: string, authors: (string | null)[]) {
    if (!kinds.has(documentId)) {
      const [row] = await db().select().from(documents).where(eq(documents.id, documentId)).limit(1);
      kinds.set(documentId, row ?? null);
      if (kinds.size > MAX_REMEMBERED) kinds.delete(kinds.keys().next().value!);
    }
    const document = kinds.get(documentId);
    if (!document || document.kind !== 'shared') return;
    const read = await listClauseStatuses(db(), document);
    // Language versions: a changed provision puts its counterparts out of step; every open page of theirs hears it.
    const aligned = await checkAlignment(db(), document);
    for (const id of new Set(aligned.map((c) => c.documentId))) notifyDocument(id, 'status');
    if (aligned.length > 0) await notifyNegotiation(db(), document.negotiationId, 'package');
    const reopened = await reconcileAgreements(db(), {
      document,
      blocks: read.blocks,
      positions: read.positions,
      parties: read.parties,
      authors,
    });
    if (reopened.length > 0) return; // reconcileAgreements told the pages itself
    const board = JSON.stringify(read.clauses.map((c) => [c.clauseKey, c.label, c.status, c.textHash]));
    const pkg = JSON.stringify(read.clauses.map((c) => [c.clauseKey, c.status]));
    if (remember(boardSig, documentId, board)) notifyDocument(documentId, 'status');
    if (remember(packageSig, documentId, pkg)) await notifyNegotiation(db(), document.negotiationId, 'package');
  }

  function run(documentId: string) {
    const w = watched.get(documentId)!;
    w.timer = null;
    w.running = true;
    const authors = w.authors.splice(0);
    check(documentId, authors)
      .catch((err) => console.error(`[status] checking agreements of ${documentId} failed`, err))
      .finally(() => {
        w.running = false;
        w.lastRun = performance.now();
        if (w.again) {
          w.again = false;
          schedule(documentId);
        }
      });
  }

  function schedule(documentId: string) {
    const w = watched.get(documentId)!;
    if (w.running) return void (w.again = true);
    if (w.timer) return;
    const wait = Math.max(0, w.lastRun + intervalMs - performance.now());
    w.timer = setTimeout(() => run(documentId), wait);
  }

  /** Forgets documents that are quiet (their next save is checked at once anyway). */
  const prune = () => {
    const now = performance.now();
    for (const [id, w] of watched) if (!w.timer && !w.running && now - w.lastRun > intervalMs) watched.delete(id);
  };

  const stop = onDocumentSaved((documentId, authors) => {
    if (!watched.has(documentId) && watched.size >= MAX_REMEMBERED) prune();
    const w = watched.get(documentId) ?? { timer: null, running: false, again: false, lastRun: -Infinity, authors: [] };
    watched.set(documentId, w);
    w.authors.push(...authors);
    schedule(documentId);
  });
  return () => {
    stop();
    for (const w of watched.values()) if (w.timer) clearTimeout(w.timer);
    watched.clear();
  };
}
