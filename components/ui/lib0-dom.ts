/**
 * What the browser gets for lib0/dom (next.config.js resolveAlias): @tiptap/y-tiptap reads only
 * `doc` from it, and the real module's element checks bring lib0's schema library (~2 kB gzipped on
 * the editor route, tests/e2e/editor-bundle.spec.ts). tests/unit/lib0-browser-shims.test.ts checks
 * that it exports what the packages in the browser use.
 */
export const doc: Document | undefined = typeof document === 'undefined' ? undefined : document;
