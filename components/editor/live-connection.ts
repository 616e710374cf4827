import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { CLOSE } from '@/lib/collab/protocol';

/** One open copy of a live document: its Yjs doc, the socket provider, and how to close both. */
export interface LiveParts {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Closes the socket and the doc; `dropLocalCopy` also deletes this device's stored copy. */
  close(dropLocalCopy: boolean): Promise<void>;
}

export interface LiveConnection {
  readonly current: LiveParts;
  stop(): void;
}

/**
 * Keeps a live document working after the server refuses an edit (close 4422). The refused change
 * exists only in this copy, and every later edit of this copy would depend on it, so the copy is
 * dropped (with its stored local copy) and a fresh one is opened and synced from the server's text:
 * `onChange` hands the new parts and the server's reason to the page, which swaps the editor and
 * shows a short notice. No reload, no frozen editor.
 * No React and no browser globals here: the integration suite runs it against the real server.
 */
export function keepLive(open: () => LiveParts, onChange: (parts: LiveParts, refusal: string | null) => void): LiveConnection {
  let stopped = false;
  let current = open();
  // Refusals in the last minute: the first reopens at once, repeated ones back off (up to 10 s)
  // so a client that keeps making a refused edit cannot hammer the server.
  let refusedAt: number[] = [];
  const watch = (parts: LiveParts) => {
    parts.provider.on('closed', (event: { code: number; reason: string }) => {
      if (event.code !== CLOSE.editRefused || stopped || parts !== current) return;
      const now = Date.now();
      refusedAt = [...refusedAt.filter((t) => now - t < 60_000), now];
      const wait = refusedAt.length <= 1 ? 0 : Math.min(10_000, 1000 * 2 ** (refusedAt.length - 2));
      void parts
        .close(true)
        .then(() => new Promise((resolve) => setTimeout(resolve, wait)))
        .then(() => {
          if (stopped) return;
          current = open();
          watch(current);
          onChange(current, event.reason || 'The server did not accept your last change.');
        });
    });
  };
  watch(current);
  onChange(current, null);
  return {
    get current() {
      return current;
    },
    stop() {
      stopped = true;
      void current.close(false);
    },
  };
}
