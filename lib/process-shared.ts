import type { Outage } from '@/db/availability';
import type { DbHolder } from '@/db/client';
import type { ClauseLibrary } from '@/lib/clauses/library';
import type { CollabServer } from '@/lib/collab/collab-server';

/** Tells open editors that something about a document changed outside its text (lib/collab/notify.ts). */
export type NotifyHook = (documentId: string, topic: string) => void;

/**
 * Applies a server-made Yjs update to the document's loaded room — which broadcasts it and saves it
 * through its own writer — and answers true; false when no room holds the document.
 */
export type ApplyServerUpdateHook = (documentId: string, update: Uint8Array, userId: string | null) => Promise<boolean> | boolean;

/** Hears that updates of a document by these authors are committed (lib/collab/saved-hook.ts). */
export type SavedListener = (documentId: string, authors: readonly (string | null)[]) => void;

/** What the collaboration server (server.ts's module copies) and Next's route handlers share. */
export interface ProcessShared {
  /** The collaboration servers of this process (lib/collab/registry.ts). */
  collabServers: Set<CollabServer>;
  /** Installed by the collaboration server; unset in a process without one (tests, CLIs). */
  notifyDocument?: NotifyHook;
  /** Installed by the collaboration server; unset: the caller stores the update itself. */
  applyServerUpdate?: ApplyServerUpdateHook;
  savedListeners: Set<SavedListener>;
  /** The database handle, opened by server.ts or a test (db/client.ts). */
  db?: DbHolder;
  /** Set while the database is not answering (db/availability.ts). */
  dbOutage?: Outage | null;
  /** The validated clause library, read once (lib/clauses/library.ts). */
  clauseLibrary?: ClauseLibrary;
  /** console.error/warn already redact (lib/security/redact-error.ts). */
  logRedactionInstalled?: boolean;
}

const KEY = Symbol.for('pactum.processShared');

/**
 * The one place in this process where the websocket server and Next's routes meet. Next loads its
 * own copies of our modules (route handlers, RSC) beside server.ts's, so module-level state is not
 * shared between them; this object on globalThis is, and this module is the only one that names it.
 */
export function processShared(): ProcessShared {
  const g = globalThis as { [KEY]?: ProcessShared };
  return (g[KEY] ??= { collabServers: new Set(), savedListeners: new Set() });
}
