/** A text range the editor turns into Yjs relative positions (base64) plus the quoted text. */
export interface AnchorInput {
  from: string;
  to: string;
  quote: string;
}

export interface PersonJson {
  id: string;
  name: string;
}

export interface CommentJson {
  id: string;
  body: string;
  author: PersonJson | null;
  mentions: PersonJson[];
  createdAt: string;
}

export interface ThreadJson extends CommentJson {
  anchor: AnchorInput | null;
  resolvedAt: string | null;
  resolvedBy: PersonJson | null;
  replies: CommentJson[];
}

/** Someone who can be @mentioned on this document (a member who can read it). */
export interface MentionableJson {
  id: string;
  name: string;
  role?: string;
  partyShortName?: string | null;
}

/** GET /api/documents/[id]/comments */
export interface CommentsJson {
  threads: ThreadJson[];
  mentionable: MentionableJson[];
  canComment: boolean;
}

export const commentsUrl = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}/comments`;
export const commentUrl = (commentId: string) => `/api/comments/${encodeURIComponent(commentId)}`;
