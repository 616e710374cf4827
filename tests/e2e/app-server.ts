import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SERVER_MALLOC_ENV } from '../support/server-env';

/**
 * The built app (dist/server.mjs, `npm run build`) for one Playwright worker: a fresh embedded
 * database seeded with the demo negotiation, on its own port. Its output goes to
 * .data/e2e-<port>/server.log (printed here if it fails to start).
 */
/**
 * How long an app may take to answer /api/health. It needs some 20–30 CPU-seconds (Next, initdb,
 * migrations, seed): 15 s on a quiet 2-core machine, many minutes at a load average of 25.
 */
export const SERVER_START_TIMEOUT_MS = Number(process.env.E2E_SERVER_TIMEOUT_MS ?? 600_000);

export async function startAppServer(port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const url = `http://localhost:${port}`;
  const dataDir = path.resolve(`.data/e2e-${port}`);
  if (!fs.existsSync('dist/server.mjs')) throw new Error('dist/server.mjs is missing: run `npm run build` before the e2e suite');
  const taken = await fetch(`${url}/api/health`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${port} is already taken (another app answers there): stop it or set E2E_PORT`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const log = path.join(dataDir, 'server.log');
  const out = fs.openSync(log, 'a');
  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', 'dist/server.mjs'], {
    stdio: ['ignore', out, out],
    env: {
      ...SERVER_MALLOC_ENV,
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      PGLITE_DIR: path.join(dataDir, 'pglite'),
      PACTUM_DATA_DIR: dataDir,
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: 'e2e-secret-not-for-production',
      DATABASE_URL: '',
      REDIS_URL: '',
    },
  });
  fs.closeSync(out);
  // A worker that is killed (Ctrl-C, a crashed runner) takes its app with it.
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exited = code;
      resolve();
    }),
  );
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  for (;;) {
    if (exited !== undefined)
      throw new Error(`the app on port ${port} exited (${exited}) before it answered:\n${fs.readFileSync(log, 'utf8').slice(-4000)}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(
        `the app on port ${port} did not answer /api/health within ${SERVER_START_TIMEOUT_MS / 1000} s (E2E_SERVER_TIMEOUT_MS):\n${fs.readFileSync(log, 'utf8').slice(-4000)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    stop: async () => {
      process.off('exit', orphanGuard);
      if (exited !== undefined) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exit;
      clearTimeout(killer);
    },
  };
}
