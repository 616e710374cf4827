/**
 * The embedded database on its own thread: a PGlite instance that speaks the PostgreSQL wire
 * protocol on a Unix socket, so the app reaches it with node-postgres exactly as it reaches a real
 * PostgreSQL. PGlite runs every statement synchronously inside WASM; on the app's thread each
 * commit stalled the event loop (and every live edit waiting behind it) for about a millisecond.
 *
 * Plain JavaScript so it runs unchanged beside the bundle, under tsx and under vitest.
 * workerData: { dataDir: string | undefined (undefined = in memory), socketPath: string,
 * snapshot: string | undefined (a file written by 'dump' to start from instead of an empty database) }.
 * Posts { ready: true } once listening, or { error } if the database cannot be opened; on the
 * message 'close' it stops serving, closes PGlite cleanly and posts { closed: true }; on
 * { dump: file } it writes the data folder as a tar file there and posts { dumped: file } (or { error });
 * the caller dumps while no statement or transaction is under way (tests/support/test-db-setup.ts).
 *
 * One connection is served at a time (PGlite has one session: two clients would share one
 * transaction); a second waits until the first ends. The app's pool therefore holds one.
 * (@electric-sql/pglite-socket does this too, but pins PGlite 0.5.15 exactly and pulls seven
 * extension packages in as required peers; this is the part of it we need.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

const { dataDir, socketPath, snapshot } = workerData;

/** Length of the first complete message in `buf`, or 0 if it is not all there yet. */
function messageLength(buf, untyped) {
  if (untyped) return buf.length >= 4 && buf.length >= buf.readInt32BE(0) ? buf.readInt32BE(0) : 0;
  if (buf.length < 5) return 0;
  const n = 1 + buf.readInt32BE(1);
  return buf.length >= n ? n : 0;
}

let db;
try {
  // Starting from a snapshot skips initdb and the migrations: about 2 s instead of 10–15 s under load.
  // shared_buffers 16MB instead of PostgreSQL's 128MB: the WASM heap never shrinks, and one
  // process's small database does not need it (measured: about 120 MiB less RSS; README, memory).
  const startParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];
  db = await PGlite.create(dataDir, snapshot ? { loadDataDir: new Blob([readFileSync(snapshot)]), startParams } : { startParams });
} catch (err) {
  parentPort.postMessage({ error: err instanceof Error ? `${err.message}` : String(err) });
  process.exit(1);
}

/** Connections take turns: each one's session ends (rolled back if left open) before the next. */
let turn = Promise.resolve();

function serve(socket) {
  let buf = Buffer.alloc(0);
  let started = false;
  /** The running drain of `buf`, if any; 'close' awaits it before ending the session. */
  let pumping = null;
  let done;
  const finished = new Promise((resolve) => (done = resolve));
  const myTurn = turn;
  turn = finished;

  const pump = () => (pumping ??= drain());

  async function drain() {
    try {
      await myTurn;
      for (;;) {
        // Until the session starts, a client sends only untyped messages (SSLRequest, GSSENCRequest,
        // StartupMessage: length first, no type byte), which may arrive split like any other.
        const untyped = !started;
        const n = messageLength(buf, untyped);
        if (n === 0) break;
        const message = buf.subarray(0, n);
        buf = buf.subarray(n);
        if (untyped && message.readInt32BE(4) !== 196608) {
          socket.write('N'); // no TLS or GSS on a private socket: the client goes on in the clear
          continue;
        }
        if (untyped) started = true;
        if (!untyped && message[0] === 0x58) {
          socket.end(); // Terminate
          return;
        }
        // syncToFs: false skips PGlite's per-message flush, which only IndexedDB/OPFS storage
        // implements; for Node's file system (written through as Postgres writes) and memory://
        // it is a no-op call, so this changes no durability (tests/integration/collab-crash.test.ts
        // kills the server with -9 and checks that every acknowledged edit survives).
        const reply = await db.execProtocolRaw(new Uint8Array(message.buffer, message.byteOffset, message.byteLength), { syncToFs: false });
        if (reply.length && socket.writable) socket.write(reply);
      }
    } catch (err) {
      console.error('[db] embedded database: a message failed', err);
      socket.destroy();
    } finally {
      pumping = null;
    }
  }

  socket.on('data', (chunk) => {
    buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
    void pump();
  });
  socket.on('error', () => {}); // the client went away; 'close' follows
  socket.on('close', async () => {
    try {
      await pumping;
      if (started && db.isInTransaction()) await db.exec('rollback');
    } catch (err) {
      console.error('[db] embedded database: could not roll back a closed session', err);
    }
    done();
  });
}

const server = net.createServer(serve);
server.on('error', (err) => parentPort.postMessage({ error: err.message }));
server.listen(socketPath, () => parentPort.postMessage({ ready: true }));

parentPort.on('message', async (message) => {
  if (typeof message === 'object' && message?.dump) {
    try {
      const tar = await db.dumpDataDir('none');
      writeFileSync(message.dump, new Uint8Array(await tar.arrayBuffer()));
      parentPort.postMessage({ dumped: message.dump });
    } catch (err) {
      parentPort.postMessage({ error: err instanceof Error ? err.message : String(err) });
    }
    return;
  }
  if (message !== 'close') return;
  await new Promise((resolve) => server.close(resolve));
  await turn;
  await db.close();
  parentPort.postMessage({ closed: true });
  parentPort.close();
});
