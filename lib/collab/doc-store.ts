import { and, asc, eq, gt, inArray, isNotNull, isNull, max, sql } from 'drizzle-orm';
import * as Y from 'yjs';
import { driverOf, type Db } from '@/db/client';
import { docClientOwners, docSnapshots, docUpdates } from '@/db/schema';
import type { DbOrTx } from '@/lib/audit/record-event';

/** One stored update and who sent it. */
export interface PendingUpdate {
  update: Uint8Array;
  userId: string | null;
}

/** Where rooms read and write their Yjs state (the update log plus a compacted snapshot). */
export interface DocStore {
  /** Snapshot first, then the tail of the log in order. @throws on database errors. */
  load(documentId: string): Promise<Uint8Array[]>;
  /** Like load, with the id of the newest log row it covers (0 for none). @throws on database errors. */
  loadState(documentId: string): Promise<{ parts: Uint8Array[]; lastId: number }>;
  /** The newest log row id of each of these documents (documents without rows are absent). */
  latestIds(documentIds: string[]): Promise<Map<string, number>>;
  /** Log rows of a document after `afterId`, in order (what another instance committed meanwhile). */
  readSince(documentId: string, afterId: number): Promise<{ id: number; update: Uint8Array }[]>;
  /** Appends one document's updates in one transaction; resolves after commit. @throws on database errors. */
  append(documentId: string, updates: PendingUpdate[]): Promise<void>;
  /**
   * Appends the updates of several documents, and their new client-id claims (first claim wins),
   * in one transaction. @throws on database errors.
   */
  appendMany(batches: { documentId: string; updates: PendingUpdate[]; claims?: ClientClaim[] }[]): Promise<void>;
  /** Folds the log into the snapshot, from the database alone (safe with several instances). */
  compact(documentId: string): Promise<void>;
  /** Like load, naming each part: a log row's id, or 'snapshot'; `fromScratch` skips the snapshot (every row). */
  loadRows?(documentId: string, fromScratch?: boolean): Promise<StoredPart[]>;
  /** Marks rows that cannot be loaded (kept, never applied again); drops an unreadable snapshot. */
  quarantine?(documentId: string, updateIds: number[], dropSnapshot: boolean): Promise<void>;
  /**
   * Who first used each Yjs client id (lib/collab/client-owners.ts), claimed after `afterSeq`
   * (without it, all — derived once from the log for a document from before claims were stored);
   * `lastSeq` is where the next call continues. @throws on database errors.
   */
  clientOwners?(documentId: string, afterSeq?: number): Promise<{ owners: ClientClaim[]; lastSeq: number }>;
}

/** A Yjs client id and the user who first used it in a document. */
export type ClientClaim = [clientId: number, userId: string];

/** One stored part of a document: the snapshot or a log row. */
export interface StoredPart {
  id: number | 'snapshot';
  update: Uint8Array;
}

/** Serializes writers of one document across processes (PostgreSQL) — ids then commit in order. */
const lockDocument = (documentId: string) => sql`select pg_advisory_xact_lock(hashtextextended(${documentId}, 0))`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Advisory locks of these documents, in the given order. Ids are checked to be UUIDs. */
function lockDocumentsSql(ids: string[]): string {
  if (!ids.every((id) => UUID.test(id))) throw new Error('doc-store: ids must be UUIDs');
  return `select pg_advisory_xact_lock(hashtextextended(v.id, 0)) from (values ${ids.map((id) => `('${id}')`).join(', ')}) as v(id) order by v.id`;
}

/**
 * A literal multi-row INSERT of update rows. Safe to inline: ids are checked to be UUIDs (they come
 * from our own tables) and the update is written as bytea hex.
 */
function insertUpdatesSql(rows: { documentId: string; update: Uint8Array; userId: string | null }[]): string | null {
  if (rows.length === 0) return null;
  const values = rows.map((r) => {
    if (!UUID.test(r.documentId) || (r.userId !== null && !UUID.test(r.userId))) throw new Error('doc-store: ids must be UUIDs');
    return `('${r.documentId}', '\\x${Buffer.from(r.update.buffer, r.update.byteOffset, r.update.byteLength).toString('hex')}', ${r.userId ? `'${r.userId}'` : 'null'})`;
  });
  return `insert into doc_updates (document_id, "update", user_id) values ${values.join(', ')}`;
}

/** A literal INSERT of client-id claims; the first claim of an id wins (ids checked as for updates). */
function insertClaimsSql(claims: { documentId: string; clientId: number; userId: string }[]): string | null {
  if (claims.length === 0) return null;
  const values = claims.map((c) => {
    if (!UUID.test(c.documentId) || !UUID.test(c.userId) || !Number.isSafeInteger(c.clientId) || c.clientId < 0)
      throw new Error('doc-store: bad client claim');
    return `('${c.documentId}', ${c.clientId}, '${c.userId}')`;
  });
  return `insert into doc_client_owners (document_id, client_id, user_id) values ${values.join(', ')} on conflict do nothing`;
}

/** The PostgreSQL / PGlite store. Rows are never deleted: they are the attribution record. */
export function createDocStore(db: Db): DocStore {
  const embedded = driverOf(db) === 'pglite';
  /** Log rows after `afterId` (0: all), in order, without quarantined ones. */
  const readTail = (documentId: string, afterId: number, q: DbOrTx = db) =>
    q
      .select({ id: docUpdates.id, update: docUpdates.update })
      .from(docUpdates)
      .where(and(eq(docUpdates.documentId, documentId), gt(docUpdates.id, afterId), isNull(docUpdates.quarantinedAt)))
      .orderBy(asc(docUpdates.id));
  /** The snapshot, if any, and the loadable log rows after it, in order (`q`: a transaction). */
  async function readAll(documentId: string, q: DbOrTx = db) {
    const [snap] = await q.select().from(docSnapshots).where(eq(docSnapshots.documentId, documentId)).limit(1);
    return { snap, tail: await readTail(documentId, snap?.upToUpdateId ?? 0, q) };
  }

  /** First writer of each client id in the attributed log (linear in the log: only for documents from before doc_client_owners). */
  async function ownersFromLog(documentId: string): Promise<ClientClaim[]> {
    const rows = await db
      .select({ userId: docUpdates.userId, update: docUpdates.update })
      .from(docUpdates)
      .where(and(eq(docUpdates.documentId, documentId), isNotNull(docUpdates.userId), isNull(docUpdates.quarantinedAt)))
      .orderBy(asc(docUpdates.id));
    const out = new Map<number, string>();
    for (const r of rows) {
      try {
        const meta = Y.parseUpdateMeta(r.update);
        for (const [client, to] of meta.to) if (to > (meta.from.get(client) ?? 0) && !out.has(client)) out.set(client, r.userId!);
      } catch {
        // an unreadable row is quarantined when the room loads; it owns nothing
      }
    }
    return [...out];
  }

  return {
    async load(documentId) {
      return (await this.loadState(documentId)).parts;
    },

    async loadState(documentId) {
      const { snap, tail } = await readAll(documentId);
      const lastId = tail.length > 0 ? tail[tail.length - 1]!.id : (snap?.upToUpdateId ?? 0);
      return { parts: [...(snap ? [snap.state] : []), ...tail.map((r) => r.update)], lastId };
    },

    async latestIds(documentIds) {
      if (documentIds.length === 0) return new Map();
      const rows = await db
        .select({ documentId: docUpdates.documentId, id: max(docUpdates.id) })
        .from(docUpdates)
        .where(inArray(docUpdates.documentId, documentIds))
        .groupBy(docUpdates.documentId);
      return new Map(rows.map((r) => [r.documentId, Number(r.id ?? 0)]));
    },

    readSince(documentId, afterId) {
      return readTail(documentId, afterId);
    },

    async loadRows(documentId, fromScratch = false) {
      if (fromScratch) return readTail(documentId, 0);
      const { snap, tail } = await readAll(documentId);
      return [...(snap ? [{ id: 'snapshot' as const, update: snap.state }] : []), ...tail];
    },

    async quarantine(documentId, updateIds, dropSnapshot) {
      await db.transaction(async (tx) => {
        await tx.execute(lockDocument(documentId));
        if (updateIds.length)
          await tx
            .update(docUpdates)
            .set({ quarantinedAt: new Date() })
            .where(and(eq(docUpdates.documentId, documentId), inArray(docUpdates.id, updateIds)));
        if (dropSnapshot) await tx.delete(docSnapshots).where(eq(docSnapshots.documentId, documentId));
      });
    },

    async clientOwners(documentId, afterSeq) {
      const rows = await db
        .select({ clientId: docClientOwners.clientId, userId: docClientOwners.userId, seq: docClientOwners.seq })
        .from(docClientOwners)
        .where(and(eq(docClientOwners.documentId, documentId), gt(docClientOwners.seq, afterSeq ?? 0)))
        .orderBy(asc(docClientOwners.seq));
      if (rows.length > 0 || afterSeq !== undefined) {
        return { owners: rows.map((r) => [r.clientId, r.userId]), lastSeq: rows.length ? rows[rows.length - 1]!.seq : (afterSeq ?? 0) };
      }
      // A document written before claims were stored: derive them from the attributed log once and store them.
      const legacy = await ownersFromLog(documentId);
      if (legacy.length === 0) return { owners: [], lastSeq: 0 };
      await db.$client.query(insertClaimsSql(legacy.map(([clientId, userId]) => ({ documentId, clientId, userId })))!);
      return this.clientOwners!(documentId);
    },

    append(documentId, updates) {
      return this.appendMany([{ documentId, updates }]);
    },

    async appendMany(batches) {
      const rows = batches.flatMap((b) => b.updates.map((u) => ({ documentId: b.documentId, update: u.update, userId: u.userId })));
      const claims = batches.flatMap((b) => (b.claims ?? []).map(([clientId, userId]) => ({ documentId: b.documentId, clientId, userId })));
      if (rows.length === 0 && claims.length === 0) return;
      // One simple-protocol message (one round trip, no parse/bind/describe/execute/sync), which
      // the server runs as one implicit transaction: an error rolls all of it back and leaves the
      // connection clean. PGlite has one owner process and one session, so ids already commit in
      // order and the multi-row INSERT is enough. PostgreSQL also takes the per-document locks,
      // in one fixed order (so two instances never deadlock), so ids commit in order across
      // instances; the xact locks last until the statement's end.
      const insert = [insertUpdatesSql(rows), insertClaimsSql(claims)].filter((q) => q !== null).join('; ');
      await db.$client.query(embedded ? insert : `${lockDocumentsSql([...new Set(batches.map((b) => b.documentId))].sort())}; ${insert}`);
    },

    async compact(documentId) {
      await db.transaction(async (tx) => {
        await tx.execute(lockDocument(documentId));
        const { snap, tail } = await readAll(documentId, tx);
        if (tail.length === 0) return;
        // A fresh doc (with garbage collection) drops deleted text, unlike a plain merge.
        const doc = new Y.Doc();
        Y.transact(doc, () => {
          if (snap) Y.applyUpdate(doc, snap.state);
          for (const row of tail) Y.applyUpdate(doc, row.update);
        });
        const state = Y.encodeStateAsUpdate(doc);
        doc.destroy();
        const lastId = tail[tail.length - 1]!.id;
        await tx
          .insert(docSnapshots)
          .values({ documentId, state, upToUpdateId: lastId })
          .onConflictDoUpdate({ target: docSnapshots.documentId, set: { state, upToUpdateId: lastId, updatedAt: new Date() } });
      });
    },
  };
}
