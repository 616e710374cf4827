/** Collaboration server: y-websocket protocol at /collab/<documentId> with auth, roles and persistence. */
export { createCollabServer, type CollabServer, type CollabServerOptions } from './collab-server';
export { reauthorizeNegotiation } from './registry';
export { CLOSE, MESSAGE, FATAL_CLOSE_CODES } from './protocol';
