import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as dom from '@/components/ui/lib0-dom';
import * as logging from '@/components/ui/lib0-logging';

/**
 * next.config.js gives browser bundles small stand-ins for lib0/logging and lib0/dom. A package
 * upgrade that starts using more of either must fail here, not as `undefined is not a function` in
 * a reader's editor. Scans the files the browser bundles for what they take from each module.
 */
const BROWSER_FILES = [
  'yjs/dist/yjs.mjs',
  '@tiptap/y-tiptap/dist/y-tiptap.js',
  'y-websocket/src/y-websocket.js',
  'y-protocols/awareness.js',
  'y-protocols/sync.js',
  'y-indexeddb/src/y-indexeddb.js',
  '@tiptap/extension-collaboration/dist/index.js',
  '@tiptap/extension-collaboration-caret/dist/index.js',
];

/** Names a file reads from `lib0/<name>` (namespace members and named imports). */
function usedNames(source: string, module: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(new RegExp(`import\\s+\\*\\s+as\\s+(\\w+)\\s+from\\s+['"]lib0/${module}['"]`, 'g'))) {
    for (const use of source.matchAll(new RegExp(`(?<![\\w.$])${m[1]}\\.(\\w+)`, 'g'))) names.add(use[1]!); // not `view.dom.…`
  }
  for (const m of source.matchAll(new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*['"]lib0/${module}['"]`, 'g'))) {
    for (const part of m[1]!.split(',')) if (part.trim()) names.add(part.trim().split(/\s+as\s+/)[0]!);
  }
  return [...names];
}

describe('the browser stand-ins for lib0/logging and lib0/dom', () => {
  const sources = BROWSER_FILES.map((file) => fs.readFileSync(path.join('node_modules', file), 'utf8'));

  it('export everything the bundled packages use', () => {
    const missing = (module: string, shim: object) =>
      [...new Set(sources.flatMap((s) => usedNames(s, module)))].filter((name) => !(name in shim));
    expect(missing('logging', logging)).toEqual([]);
    expect(missing('dom', dom)).toEqual([]);
  });

  it('are actually in use (the scan still finds what Yjs and y-tiptap take)', () => {
    expect(sources.flatMap((s) => usedNames(s, 'logging'))).toContain('warn');
    expect(sources.flatMap((s) => usedNames(s, 'dom'))).toContain('doc');
  });
});
