import { spawn, type ChildProcess } from 'node:child_process';
import { TEST_ORIGIN, TEST_SECRET } from './collab-harness';
import { SERVER_MALLOC_ENV } from './server-env';

export interface ChildReady {
  port: number;
  ids: { chapter: { id: string }; users: Record<string, string> };
}

/**
 * Starts tests/support/collab-child-server.ts with `env` (over this process's, over the allocator
 * setting `npm start` uses) and Node flags `nodeArgs` (e.g. --expose-gc, --cpu-prof); resolves when it listens.
 */
export function startCollabChild(
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<{ child: ChildProcess; ready: ChildReady; kill: () => Promise<void> }> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'tests/support/collab-child-server.ts'], {
    env: { ...SERVER_MALLOC_ENV, ...process.env, REDIS_URL: '', ...env, NEXTAUTH_SECRET: TEST_SECRET, NEXTAUTH_URL: TEST_ORIGIN },
    stdio: ['pipe', 'pipe', 'inherit'], // stdin: the child exits when this process is gone (collab-child-server.ts)
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{"ready"'));
      if (line) resolve({ child, ready: JSON.parse(line) as ChildReady, kill });
    });
    child.once('exit', (code) => reject(new Error(`collab child exited early (${code})`)));
  });
}
