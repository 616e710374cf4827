'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import * as decoding from 'lib0/decoding';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CLOSE, isDocumentFrame, MESSAGE } from '@/lib/collab/protocol';
import { describeClose } from './describe-close';
import type { DocumentEvents } from './document-events';
import { keepLive, type LiveParts } from './live-connection';
import { localDocumentName, SIGNING_OUT_EVENT } from './local-copies';

export type Access = 'write' | 'suggest' | 'read';
export type SaveState = 'connecting' | 'saving' | 'saved' | 'offline' | 'reconnecting' | 'failed';

/** The server refused an edit of ours: it was undone here and the text reloaded from the server. */
export interface Refusal {
  reason: string;
  at: number;
}

export interface CollabSession {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

export interface CollabStatus {
  state: SaveState;
  /** What the server accepts from us now (it can change after a re-authorization). */
  access: Access;
  /** True once the server's copy has been merged in during this visit. */
  hasSynced: boolean;
  /** Set when the server refused us for good (signed out, removed, document gone). */
  failure: string | null;
  /** Edits on this device that the server has not confirmed as stored. */
  hasUnsavedEdits: boolean;
}

/** ws(s)://<host>/collab — the document id is appended by the provider. */
function collabUrl(): string {
  return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/collab`;
}

/**
 * The browser WebSocket, counting the document frames it sends; the server's SAVED says how many of
 * them are durable. Needed because a deletion moves no clock, so the state vector alone would show
 * "Saved" before a deletion reached the database.
 */
class CountingWebSocket extends WebSocket {
  sentFrames = 0;
  durableFrames = 0;
  override send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
    if (data instanceof Uint8Array && isDocumentFrame(data)) this.sentFrames++;
    super.send(data);
  }
}

/** Whether this device's own edits (its Yjs client id) are covered by the saved state vector; others' edits are their authors' concern. */
function isCovered(doc: Y.Doc, saved: Map<number, number>): boolean {
  return (saved.get(doc.clientID) ?? 0) >= Y.getState(doc.store, doc.clientID);
}

/**
 * Opens the live document: a Yjs doc kept in IndexedDB (edits survive going offline or closing
 * the tab), synced by y-websocket with /collab/<documentId>. The status is honest: "saved" only
 * when the server's SAVED message covers every edit this device holds. An edit the server refuses
 * is undone by opening a fresh copy from the server's text (live-connection.ts), with `refusal`
 * set for a short notice.
 */
export function useCollabSession(
  documentId: string,
  userId: string,
  initialAccess: Access,
): { session: CollabSession | null; status: CollabStatus; events: DocumentEvents; refusal: Refusal | null } {
  const [session, setSession] = useState<CollabSession | null>(null);
  // NOTICE messages from the server, fanned out to panels (comments, status, ...).
  const [listeners] = useState(() => new Map<string, Set<() => void>>());
  const [events] = useState<DocumentEvents>(() => ({
    live: true,
    subscribe: (topic, onChange) => {
      const set = listeners.get(topic) ?? new Set();
      set.add(onChange);
      listeners.set(topic, set);
      return () => void set.delete(onChange);
    },
  }));
  const [status, setStatus] = useState<CollabStatus>({
    state: 'connecting',
    access: initialAccess,
    hasSynced: false,
    failure: null,
    hasUnsavedEdits: false,
  });
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const t = useTranslations('save');
  const tRef = useRef(t);
  useEffect(() => {
    tRef.current = t;
  });

  useEffect(() => {
    let access = initialAccess;
    // The open copy's checks; replaced when a refused edit makes us open a fresh copy.
    let active = { isDirty: () => false, recompute: () => {} };

    const open = (): LiveParts => {
      const doc = new Y.Doc();
      const local = new IndexeddbPersistence(localDocumentName(userId, documentId), doc);
      // Connects a microtask later: React's development double mount tears the first setup down
      // synchronously, and a socket opened there would be closed before its handshake (a console
      // warning and a needless authorization round on the server).
      const provider = new WebsocketProvider(collabUrl(), documentId, doc, {
        connect: false,
        disableBc: true,
        maxBackoffTime: 5000,
        WebSocketPolyfill: CountingWebSocket as unknown as typeof WebSocket,
      });
      let disposed = false;
      queueMicrotask(() => {
        if (!disposed) provider.connect();
      });
      const socket = () => (provider.ws instanceof CountingWebSocket ? provider.ws : null);
      let saved = new Map<number, number>();
      // Edits made while disconnected (a deletion among them would not show in the state vector).
      let offlineEdits = false;
      let hasSynced = false;
      let failure: string | null = null;

      /** Edits on this device the server has not confirmed as durable (state vector and frame count). */
      const isDirty = () => {
        if (disposed) return false;
        const ws = socket();
        const framesPending = ws !== null && ws.sentFrames > ws.durableFrames;
        if (offlineEdits && provider.wsconnected && provider.synced && !framesPending) offlineEdits = false;
        return !isCovered(doc, saved) || framesPending || offlineEdits;
      };

      const recompute = () => {
        if (disposed) return;
        const dirty = isDirty();
        const online = typeof navigator === 'undefined' || navigator.onLine;
        let state: SaveState;
        if (failure) state = 'failed';
        else if (!online) state = 'offline';
        else if (!provider.wsconnected) state = dirty ? 'offline' : hasSynced ? 'reconnecting' : 'connecting';
        else if (!provider.synced && !hasSynced) state = 'connecting';
        else state = dirty ? 'saving' : 'saved';
        setStatus({ state, access, hasSynced, failure, hasUnsavedEdits: dirty });
      };

      provider.messageHandlers[MESSAGE.saved] = (_enc, decoder) => {
        saved = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
        const ws = socket();
        if (ws && decoding.hasContent(decoder)) ws.durableFrames = Math.max(ws.durableFrames, decoding.readVarUint(decoder));
        recompute();
      };
      provider.messageHandlers[MESSAGE.notice] = (_enc, decoder) => {
        listeners.get(decoding.readVarString(decoder))?.forEach((fn) => fn());
      };
      // After a reconnect, notices may have been missed: let every panel refetch.
      provider.on('sync', (isSynced: boolean) => {
        if (isSynced) listeners.forEach((set) => set.forEach((fn) => fn()));
      });
      provider.messageHandlers[MESSAGE.access] = (_enc, decoder) => {
        access = decoding.readVarString(decoder) as Access;
        recompute();
      };
      provider.on('sync', (isSynced: boolean) => {
        if (isSynced) hasSynced = true;
        recompute();
      });
      provider.on('status', recompute);
      provider.on('closed', (event: { code: number; reason: string }) => {
        if (event.code === CLOSE.editRefused) return; // keepLive drops this copy and opens a fresh one
        failure = describeClose(tRef.current, event.code);
        recompute();
      });
      doc.on('update', (_update: Uint8Array, origin: unknown) => {
        if (origin !== provider && origin !== local && !provider.wsconnected) offlineEdits = true;
        recompute();
      });
      active = { isDirty, recompute };
      return {
        doc,
        provider,
        close: async (dropLocalCopy) => {
          disposed = true;
          provider.destroy();
          // The refused change must not come back from this device's copy.
          await (dropLocalCopy ? local.clearData() : local.destroy()).catch(() => undefined);
          doc.destroy();
        },
      };
    };

    const connection = keepLive(open, (parts, refused) => {
      setSession({ doc: parts.doc, provider: parts.provider });
      if (refused) setRefusal({ reason: refused, at: Date.now() });
    });
    const recompute = () => active.recompute();
    window.addEventListener('online', recompute);
    window.addEventListener('offline', recompute);
    const warn = (e: BeforeUnloadEvent) => {
      if (!active.isDirty()) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    // Signing out deletes the local copy; close it first so the deletion is not blocked.
    const signingOut = () => {
      window.removeEventListener('beforeunload', warn);
      window.removeEventListener(SIGNING_OUT_EVENT, signingOut);
      connection.stop();
    };
    window.addEventListener(SIGNING_OUT_EVENT, signingOut);

    return () => {
      window.removeEventListener('online', recompute);
      window.removeEventListener('offline', recompute);
      window.removeEventListener('beforeunload', warn);
      window.removeEventListener(SIGNING_OUT_EVENT, signingOut);
      connection.stop();
      setSession(null);
    };
  }, [documentId, userId, initialAccess, listeners]);

  return { session, status, events, refusal };
}
