/**
 * What the browser gets for lib0/logging (next.config.js resolveAlias). Yjs prints a few warnings
 * through it; the real module also brings lib0's DOM console and, through lib0/dom, lib0's schema
 * library (~2.5 kB gzipped on the editor route, tests/e2e/editor-bundle.spec.ts). Same messages,
 * without the colours. tests/unit/lib0-browser-shims.test.ts checks that it exports what the
 * packages in the browser use.
 */
export const BOLD = Symbol('bold');
export const UNBOLD = Symbol('unbold');
export const BLUE = Symbol('blue');
export const GREY = Symbol('grey');
export const GREEN = Symbol('green');
export const RED = Symbol('red');
export const PURPLE = Symbol('purple');
export const ORANGE = Symbol('orange');
export const UNCOLOR = Symbol('uncolor');

/** The words of a lib0 log call: colour markers dropped, adjacent text joined as lib0 does. */
function words(args: unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const arg of args) {
    if (typeof arg === 'symbol') continue;
    const last = out.length - 1;
    if (typeof arg === 'string' && typeof out[last] === 'string') out[last] += arg;
    else out.push(arg);
  }
  return out;
}

export const print = (...args: unknown[]) => console.log(...words(args));
export const warn = (...args: unknown[]) => console.warn(...words(args));
