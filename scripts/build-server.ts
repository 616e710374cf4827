/**
 * Bundles the Pactum process (server.ts and our modules; packages stay in node_modules) into
 * dist/server.mjs, so production runs plain JavaScript. Under `node --import tsx` every process
 * also kept tsx's loader thread (a second V8 isolate that garbage-collects on its own) and an
 * esbuild child pinging once a second, for its whole life. db/open.ts finds the migrations and the
 * embedded database's worker (plain JavaScript) beside its module, so they are copied next to the bundle.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Bundles `entry` to `outfile` and puts the migrations beside it. */
export async function bundleServer(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    packages: 'external', // '@/…' imports are ours (tsconfig paths) and are bundled
    platform: 'node',
    format: 'esm',
    target: 'node24',
    sourcemap: true,
    logLevel: 'warning',
  });
  fs.cpSync('db/migrations', path.join(path.dirname(outfile), 'migrations'), { recursive: true });
  fs.copyFileSync('db/pglite-worker.mjs', path.join(path.dirname(outfile), 'pglite-worker.mjs'));
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  await bundleServer('server.ts', 'dist/server.mjs');
  // The short-lived process that creates a fresh embedded database; db/prepare-embedded.ts finds it beside the bundle.
  await bundleServer('db/prepare-embedded-cli.ts', 'dist/prepare-embedded-cli.mjs');
}
