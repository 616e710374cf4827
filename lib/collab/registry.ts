import { processShared } from '@/lib/process-shared';
import type { CollabServer } from './collab-server';

const servers = () => processShared().collabServers;

/** Makes a server reachable from Next route handlers (Next loads its own copies of modules). */
export function registerCollabServer(server: CollabServer): void {
  const shared = processShared();
  shared.collabServers.add(server);
  // lib/shuttle/apply-server-update.ts calls this (its own copy under Next) to reach live rooms.
  shared.applyServerUpdate = applyServerUpdateToRooms;
  // lib/collab/notify.ts calls this to tell open editors that comments, statuses, ... changed.
  shared.notifyDocument = (documentId, topic) => {
    for (const s of servers()) s.notify(documentId, topic);
  };
}

/** Applies a server-made update through the first server holding the document's room. */
async function applyServerUpdateToRooms(documentId: string, update: Uint8Array, userId: string | null): Promise<boolean> {
  for (const server of servers()) if (await server.applyServerUpdate(documentId, update, userId)) return true;
  return false;
}

export function unregisterCollabServer(server: CollabServer): void {
  servers().delete(server);
}

/**
 * Re-checks every open collaboration socket of a negotiation against lib/access and closes
 * those no longer allowed, or whose access level changed, with close code 4001 (the client
 * reconnects and is authorized again). Call after membership, role or mediation-style changes.
 * Other instances are told through Redis when REDIS_URL is set. Never throws; returns how many
 * sockets this process closed.
 */
export async function reauthorizeNegotiation(negotiationId: string): Promise<number> {
  let closed = 0;
  for (const server of servers()) closed += await server.reauthorize(negotiationId).catch(() => 0);
  return closed;
}

/**
 * Re-checks the sessions of every open collaboration socket now, on this instance and (through
 * Redis) the others, closing those whose session ended with 4401. Call after revoking sessions
 * (lib/sessions/revoke-sessions.ts). Never throws; returns how many sockets this process closed.
 */
export async function recheckCollabSessions(): Promise<number> {
  let closed = 0;
  for (const server of servers()) closed += await server.recheckSessions().catch(() => 0);
  return closed;
}
