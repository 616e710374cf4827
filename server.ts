import http from 'node:http';
import next from 'next';
import { getDb } from './db/client';
import { openDatabase, closeDatabase } from './db/open';
import { prepareEmbeddedDatabase } from './db/prepare-embedded';
import { runMain } from './db/run-main';
import { demoAccountLines } from './db/seed';
import { seedDemoWithDraft } from './db/seed-draft';
import { createCollabServer } from './lib/collab';
import { ensurePortFree } from './lib/env/ensure-port-free';
import { prepareRuntimeEnv } from './lib/env/runtime';
import { gateRequest, isAcceptableUpgrade } from './lib/http/gate-request';
import { installLogRedaction } from './lib/security/redact-error';
import { watchAgreements } from './lib/status/watch-agreements';

/**
 * The one Pactum process: Next.js pages and API, plus the collaboration websocket at
 * /collab/<documentId>. One process owns the embedded database (PGlite has no cross-process lock).
 */
async function main() {
  // Under `npm run dev` (node --watch-path) Node asks this process to report the modules it loads;
  // the processes and threads it starts (Next's workers, the embedded database) would inherit that
  // and post the reports to parents that do not expect them. The watched paths are given explicitly.
  delete process.env.WATCH_REPORT_DEPENDENCIES;
  const port = Number(process.env.PORT ?? 3000);
  const hostname = process.env.HOST ?? '0.0.0.0';
  const dev = process.env.NODE_ENV !== 'production';
  await ensurePortFree(port, hostname);
  prepareRuntimeEnv(port);
  installLogRedaction(); // no query parameters or document text in any log line, Next's own included

  const seeding = process.env.PACTUM_SEED !== 'off';
  // A fresh embedded database is created, migrated and seeded by a process of its own, which exits
  // with the memory that took; this one then opens it (db/prepare-embedded.ts).
  const prepared = await prepareEmbeddedDatabase(seeding ? 'demo-with-draft' : 'none');
  const db = await openDatabase();
  if (seeding && ((await seedDemoWithDraft(db)) || prepared?.seeded)) printDemoAccounts(port);

  const app = next({ dev, hostname: 'localhost', port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const collab = createCollabServer();
  // Every saved change of a shared text is checked against what the parties agreed to.
  const stopWatching = watchAgreements(getDb);

  const server = http.createServer((req, res) => {
    if (!gateRequest(req, res)) void handle(req, res);
  });
  // Idle keep-alive connections stay open longer than the clients and proxies that reuse them
  // (load balancers keep theirs ~60 s). Node's 5 s default closed a connection just as a client
  // sent on it: ECONNRESET in the e2e suite under load, a 502 behind a proxy.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  // Next adds its own upgrade listener (dev hot reload under /_next) on its first request.
  server.on('upgrade', (req, socket, head) => {
    if (!isAcceptableUpgrade(req)) return void socket.destroy(); // NUL or a bad %-escape: nothing may decode it
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (path.startsWith('/collab/')) return collab.handleUpgrade(req, socket, head);
    if (path.startsWith('/_next/')) return;
    socket.destroy(); // an upgrade nobody answers would hang forever
  });
  server.listen(port, hostname, () => console.log(`Pactum ready on http://localhost:${port} (${dev ? 'development' : 'production'})`));

  const shutdown = async () => {
    server.close();
    stopWatching(); // a change saved while closing is still caught when a board is next read
    await collab.close();
    await closeDatabase();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

function printDemoAccounts(port: number) {
  console.log(['', 'Demo data created.', ...demoAccountLines(`http://localhost:${port}/signin`), ''].join('\n'));
}

runMain(main);
