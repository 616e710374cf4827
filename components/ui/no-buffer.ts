/**
 * What the browser gets for Node's `buffer` (next.config.js resolveAlias). lib0, under Yjs, names
 * the global `Buffer` in code paths that only run on Node; the bundler answered that with a 7 kB
 * (gzipped) Buffer polyfill in the editor. Nothing in the browser uses it.
 */
export const Buffer = undefined;
