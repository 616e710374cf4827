import * as Y from 'yjs';
import { z } from 'zod';

const MAX_POSITION_BYTES = 512;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** True for a base64 string that decodes (≤ 512 bytes) to a Yjs relative position and back. */
function isRelativePosition(value: string): boolean {
  if (!BASE64.test(value)) return false;
  const bytes = Buffer.from(value, 'base64');
  if (bytes.length === 0 || bytes.length > MAX_POSITION_BYTES) return false;
  try {
    const position = Y.decodeRelativePosition(new Uint8Array(bytes));
    // Garbage can decode to an empty position: require a real one that encodes back to the same bytes.
    if (!position.item && !position.type && !position.tname) return false;
    return Buffer.from(Y.encodeRelativePosition(position)).equals(bytes);
  } catch {
    return false;
  }
}

const zPosition = z.string().max(1024).refine(isRelativePosition, 'The anchor is not a valid text position. Select the text again.');

/**
 * Where a thread points: two Yjs relative positions (base64, made in the browser from the editor
 * selection) and the quoted text at the time. The server stores them; it never writes the text.
 */
export const zAnchor = z.object({
  from: zPosition,
  to: zPosition,
  quote: z.string().max(500, 'Quote at most 500 characters; select a shorter passage.'),
});
export type CommentAnchor = z.infer<typeof zAnchor>;

const zBody = z.string().trim().min(1, 'Write a comment first.').max(4000, 'Keep comments under 4,000 characters.');
const zMentions = z.array(z.uuid('Mention members from the list.')).max(20, 'Mention at most 20 people.').default([]);

/** A new thread: plain-text body, optional anchor (null: about the document as a whole), mentioned user ids. */
export const zNewThread = z.object({ body: zBody, anchor: zAnchor.nullable().default(null), mentions: zMentions });
export const zReply = z.object({ body: zBody, mentions: zMentions });
export const zResolve = z.object({ resolved: z.boolean('Say whether the thread is resolved.') });

export type NewThreadInput = z.infer<typeof zNewThread>;
export type ReplyInput = z.infer<typeof zReply>;
