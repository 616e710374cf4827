import { HttpError } from '@/lib/access/errors';
import { nodeText, type PmNode } from '@/lib/editor/to-json';

/** What is released: the paragraphs of text, and the source blocks they came from. */
export interface ReleaseSelection {
  paragraphs: string[];
  blockUids: string[];
}

const MAX_PARAGRAPHS = 500;

/**
 * The text to release from the mediation team's document: every top-level block, or the blocks
 * from `fromUid` to `toUid` (inclusive, by their `uid`). Structure is flattened to plain
 * paragraphs; nothing but this text crosses to the shared draft.
 * @throws HttpError 404 for an unknown uid, 400 when the selection holds no text.
 */
export function selectRelease(doc: PmNode, range: { fromUid?: string | null; toUid?: string | null }): ReleaseSelection {
  const blocks = doc.content ?? [];
  let from = 0;
  let to = blocks.length - 1;
  if (range.fromUid || range.toUid) {
    const indexOf = (uid: string) => {
      const i = blocks.findIndex((b) => b.attrs?.uid === uid);
      if (i < 0)
        throw new HttpError(404, 'The selected passage is not in the saved notes. Wait a moment for your edits to save, then try again.');
      return i;
    };
    from = indexOf((range.fromUid ?? range.toUid)!);
    to = indexOf((range.toUid ?? range.fromUid)!);
    if (to < from) [from, to] = [to, from];
  }
  const chosen = blocks.slice(from, to + 1);
  const paragraphs = chosen.flatMap((b) =>
    nodeText(b)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  );
  if (paragraphs.length === 0) throw new HttpError(400, 'There is no text to release in the selection.');
  if (paragraphs.length > MAX_PARAGRAPHS) throw new HttpError(413, `Release at most ${MAX_PARAGRAPHS} paragraphs at a time.`);
  return { paragraphs, blockUids: chosen.flatMap((b) => (typeof b.attrs?.uid === 'string' ? [b.attrs.uid] : [])) };
}
