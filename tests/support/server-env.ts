import { execFileSync } from 'node:child_process';

/**
 * The allocator settings `npm start` and `npm run dev` run the server with (scripts/with-allocator.sh;
 * README, memory), for the tests that start the server as a process of its own: jemalloc preloaded
 * where the machine has it, else glibc's pinned mmap threshold. Read from the script itself, so the
 * two never drift; an allocator is chosen only at process start, so it cannot be set from inside.
 */
export const SERVER_MALLOC_ENV: Readonly<Record<string, string>> = Object.fromEntries(
  execFileSync('sh', ['scripts/with-allocator.sh', 'env'], {
    encoding: 'utf8',
    env: { ...process.env, LD_PRELOAD: '', MALLOC_CONF: '', MALLOC_MMAP_THRESHOLD_: '' },
  })
    .split('\n')
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const)
    .filter(([key, value]) => value !== '' && (key === 'LD_PRELOAD' || key.startsWith('MALLOC_'))),
);
