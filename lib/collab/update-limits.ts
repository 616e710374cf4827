import * as Y from 'yjs';
import { CLOSE } from './protocol';

/**
 * What one document may hold, so that everything accepted can be stored and loaded again (lib0's
 * reader recurses: a value nested a few thousand deep encodes, is stored, and then overflows the
 * stack on every later load) and no joiner has to download megabytes of attributes.
 */
export interface UpdateLimits {
  /** Nesting of a JSON value (attribute, mark, map entry) — objects and arrays inside each other. */
  valueDepth: number;
  /** Nesting of shared types (elements inside elements); the editor's deepest lists stay far below. */
  typeDepth: number;
  /** Characters of one JSON value (an attribute, a mark's attrs, an embed), or bytes of a binary. */
  valueChars: number;
  /** Characters of one inserted run of text. */
  stringChars: number;
  /** Structs (runs of text, elements, attributes) in one update. */
  structs: number;
  /** Bytes of the whole document (its encoded state, as a joiner downloads it). */
  documentBytes: number;
}

export const DEFAULT_LIMITS: UpdateLimits = {
  valueDepth: 16,
  typeDepth: 48,
  valueChars: 32 * 1024,
  stringChars: 256 * 1024,
  structs: 50_000,
  documentBytes: 8 * 1024 * 1024,
};

/** An update refused with a retryable close code (1009 size, 1002 shape, 4531 another user's client id); nothing of it reaches the room. */
export class LimitExceeded extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** Depth of a JSON value, without recursion (the value may be nested thousands deep); stops at `cap + 1`. */
export function valueDepth(value: unknown, cap: number): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d > max) max = d;
    if (max > cap) return max;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

function checkValue(v: unknown, limits: UpdateLimits): void {
  if (valueDepth(v, limits.valueDepth) > limits.valueDepth)
    throw new LimitExceeded(CLOSE.protocolError, `A value is nested more than ${limits.valueDepth} deep.`);
  if (v instanceof Uint8Array) {
    if (v.length > limits.valueChars) throw new LimitExceeded(CLOSE.tooBig, `A binary value is over ${limits.valueChars} bytes.`);
    return;
  }
  const json = JSON.stringify(v) ?? '';
  if (json.length > limits.valueChars)
    throw new LimitExceeded(CLOSE.tooBig, `An attribute or value is over ${limits.valueChars} characters.`);
}

/** Nesting depth of the shared type an item lives in (1 = a root type), walking up at most `cap` levels. */
function typeDepthOf(parent: Y.AbstractType<unknown> | null, cap: number): number {
  let depth = 1;
  for (let t = parent; t?._item && depth <= cap; t = t._item.parent as Y.AbstractType<unknown> | null) depth++;
  return depth;
}

/**
 * Checks a decoded client update against the limits before it is applied. Cost: linear in the
 * update (parents are looked up, and walked up at most `typeDepth` levels).
 * @throws LimitExceeded
 */
export function checkUpdateLimits(doc: Y.Doc, decoded: ReturnType<typeof Y.decodeUpdate>, limits: UpdateLimits): void {
  if (decoded.structs.length > limits.structs)
    throw new LimitExceeded(CLOSE.tooBig, `An update may carry at most ${limits.structs} structs.`);
  const depthOfNew = new Map<string, number>(); // "client:clock" of a type item created in this update → its depth
  const key = (id: Y.ID) => `${id.client}:${id.clock}`;
  for (const s of decoded.structs) {
    if (!(s instanceof Y.Item)) continue;
    const c = s.content;
    if (c instanceof Y.ContentString) {
      if (c.str.length > limits.stringChars)
        throw new LimitExceeded(CLOSE.tooBig, `A run of text is over ${limits.stringChars} characters.`);
    } else if (c instanceof Y.ContentAny || c instanceof Y.ContentJSON) {
      for (const v of c.arr) checkValue(v, limits);
    } else if (c instanceof Y.ContentFormat) {
      if (c.key.length > 256) throw new LimitExceeded(CLOSE.tooBig, 'A format key is too long.');
      checkValue(c.value, limits);
    } else if (c instanceof Y.ContentEmbed) {
      checkValue(c.embed, limits);
    } else if (c instanceof Y.ContentBinary) {
      checkValue(c.content, limits);
    } else if (c instanceof Y.ContentDoc) {
      throw new LimitExceeded(CLOSE.protocolError, 'Subdocuments are not accepted.');
    }
    if (typeof s.parentSub === 'string' && s.parentSub.length > 256)
      throw new LimitExceeded(CLOSE.tooBig, 'An attribute name is too long.');
    if (!(c instanceof Y.ContentType)) continue;
    const name = (c.type as { nodeName?: string }).nodeName;
    if (typeof name === 'string' && name.length > 256) throw new LimitExceeded(CLOSE.tooBig, 'An element name is too long.');
    let depth = 2; // a child of a root type
    if (s.parent instanceof Y.ID) {
      const known = depthOfNew.get(key(s.parent));
      if (known !== undefined) depth = known + 1;
      else {
        const parentItem = Y.getItem(doc.store, s.parent) as Y.Item | undefined;
        const parentType = parentItem?.content instanceof Y.ContentType ? (parentItem.content.type as Y.AbstractType<unknown>) : null;
        depth = typeDepthOf(parentType, limits.typeDepth) + 1;
      }
    } else if (s.parent instanceof Y.AbstractType) {
      depth = typeDepthOf(s.parent, limits.typeDepth) + 1;
    }
    if (depth > limits.typeDepth) throw new LimitExceeded(CLOSE.protocolError, `Elements are nested more than ${limits.typeDepth} deep.`);
    depthOfNew.set(key(s.id), depth);
  }
}
