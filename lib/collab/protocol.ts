import * as encoding from 'lib0/encoding';

/**
 * Wire protocol of /collab/<documentId> (y-websocket framing: a varuint message type first).
 * 0 and 1 are the standard y-protocols sync and awareness messages, 3 asks for awareness.
 * Server → client only, Pactum's own:
 *  - SAVED (100): varUint8Array(state vector) — every edit covered by this state vector is
 *    committed to the database. The client compares it with its own state vector for
 *    "Saving…" / "Saved".
 *  - NOTICE (102): varString(topic) — comments, status, attachments, versions or audit of this
 *    document changed; open panels refetch (lib/collab/notify.ts).
 *  - ACCESS (101): varString('write' | 'suggest' | 'read') — what the server accepts from this
 *    socket; 'suggest' and 'read' are read-only on the socket for now.
 */
export const MESSAGE = {
  sync: 0,
  awareness: 1,
  queryAwareness: 3,
  saved: 100,
  access: 101,
  notice: 102,
} as const;

/**
 * Close codes. Authorization happens before the socket joins a room; refused connections are
 * accepted and closed at once with one of these codes (a browser cannot read an HTTP status of
 * a refused upgrade), so no document data is ever sent to them.
 *  - REAUTHORIZE: membership, role or style changed; reconnect (the server re-checks).
 *  - 4422 an edit this socket may not make (a suggest-only user changing text directly); final:
 *    the client drops its local copy and reloads the saved text.
 *  - 4401 no valid session, 4403 foreign Origin, 4404 unknown or not-allowed document (the
 *    same answer for "does not exist" and "not yours", so existence never leaks).
 *  - 4400 the document id is not a lower-case UUID (one document, one room).
 *  - 4530 too many sockets for this user or address; 4531 a frame whose new structs are all
 *    under Yjs client ids other users first used in the document, present or not (retryable:
 *    after a crash an honest client resends other users' unsaved edits; lib/collab/foreign-ids.ts).
 *  - 4529 message rate exceeded, or reconnecting too fast (4500–4599: "try again later", the client reconnects;
 *    4400–4499 are final for y-websocket's default shouldReconnect). 1002 malformed frame, 1009 frame over maxPayload (set by ws),
 *    1011 the document could not be loaded or saved.
 */
export const CLOSE = {
  reauthorize: 4001,
  unauthenticated: 4401,
  forbiddenOrigin: 4403,
  notFound: 4404,
  badDocumentId: 4400,
  editRefused: 4422,
  rateLimited: 4529,
  tooManySockets: 4530,
  foreignClientId: 4531,
  protocolError: 1002,
  tooBig: 1009,
  serverError: 1011,
  goingAway: 1001,
} as const;

/** Codes after which the client must not retry on its own (it needs a new session or page). */
export const FATAL_CLOSE_CODES: readonly number[] = [CLOSE.unauthenticated, CLOSE.forbiddenOrigin, CLOSE.notFound, CLOSE.badDocumentId];

/**
 * Encodes a SAVED message: the persisted state vector and, for the socket it is sent to, how many
 * of its document-update frames (sync step 2 / update) are durable. A state vector cannot show a
 * deletion (deleting moves no clock), the frame count can. The SAVED sent on join omits the count.
 */
export function encodeSaved(stateVector: Uint8Array, durableFrames?: number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE.saved);
  encoding.writeVarUint8Array(e, stateVector);
  if (durableFrames !== undefined) encoding.writeVarUint(e, durableFrames);
  return encoding.toUint8Array(e);
}

/** Whether a client → server frame carries document content (sync step 2 or update): what SAVED counts. */
export function isDocumentFrame(data: Uint8Array): boolean {
  return data.length > 1 && data[0] === MESSAGE.sync && (data[1] === 1 || data[1] === 2);
}

/**
 * One y-websocket frame: varUint(type), for sync messages varUint(syncKind), then
 * varUint8Array(payload) — e.g. `encodeFrame(MESSAGE.sync, update, 2)` for an update,
 * `encodeFrame(MESSAGE.awareness, awarenessUpdate)` for presence.
 */
export function encodeFrame(type: number, payload: Uint8Array, syncKind?: number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, type);
  if (syncKind !== undefined) encoding.writeVarUint(e, syncKind);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** Encodes an ACCESS message. */
export function encodeAccess(access: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE.access);
  encoding.writeVarString(e, access);
  return encoding.toUint8Array(e);
}

/** Encodes a NOTICE message: `topic` of this document changed outside the text. */
export function encodeNotice(topic: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE.notice);
  encoding.writeVarString(e, topic);
  return encoding.toUint8Array(e);
}
