import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

/** A server under test in its own process, with its CPU time and memory read from /proc. */
export interface ServerProcess {
  child: ChildProcess;
  info: Record<string, unknown> & { port: number };
  cpuMs(): number;
  rssMb(): number;
  stop(): Promise<void>;
}

const TICK_MS = 10; // USER_HZ = 100 on Linux

/** Starts a server process and waits for its JSON "ready" line (or a plain "running at" line). */
export function startServer(args: string[], env: Record<string, string>, readyPort?: number): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  // Nanosecond CPU time of every thread (schedstat), not clock ticks: a 2 s window of (a) costs
  // ~80 ms, which 10 ms ticks would round by a tenth. Falls back to ticks where schedstat is absent.
  const cpuMs = () => {
    try {
      let ns = 0;
      for (const tid of fs.readdirSync(`/proc/${child.pid}/task`)) {
        try {
          ns += Number(fs.readFileSync(`/proc/${child.pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
        } catch {
          // the thread ended between listing and reading
        }
      }
      return ns / 1e6; // a thread that ended takes its time with it; Node's threads live as long as the process
    } catch {
      const stat = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
    }
  };
  const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  const stop = async () => {
    if (child.exitCode !== null) return;
    // SIGTERM first: a server started with --cpu-prof writes its profile on a clean exit.
    child.kill('SIGTERM');
    const exited = await Promise.race([
      new Promise((r) => child.once('exit', () => r(true))),
      new Promise((r) => setTimeout(() => r(false), 3000)),
    ]);
    if (exited) return;
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
  };
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{"ready"'));
      if (line) return resolve({ child, info: JSON.parse(line), cpuMs, rssMb, stop });
      if (readyPort && out.includes('running at')) resolve({ child, info: { port: readyPort }, cpuMs, rssMb, stop });
    });
    child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${args.join(' ')}`)));
  });
}
