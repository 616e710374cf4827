'use client';

import { useId, useState } from 'react';
import { ui } from '@/components/ui/styles';
import type { AnchorInput, MentionableJson } from './comments-api';
import { CommentComposer } from './comment-composer';
import { CommentThread } from './comment-thread';
import { useComments } from './use-comments';

export interface CommentsPanelProps {
  documentId: string;
  /** Who can be @mentioned; defaults to the server's list (members who can read this document). */
  members?: MentionableJson[];
  currentUser: { id: string; name: string };
  /** The editor's current selection as Yjs relative positions + quote, or null when nothing is selected. */
  createAnchor: () => AnchorInput | null;
  /** Optional: scroll the editor to a thread's passage. */
  onShowInText?: (anchor: AnchorInput) => void;
}

/**
 * Comment threads of a document: new comment on the selected passage (or the whole document),
 * replies, mentions, resolve / reopen. Refreshes on 'comments' notices. Bodies are plain text.
 */
export function CommentsPanel({ documentId, members, currentUser, createAnchor, onShowInText }: CommentsPanelProps) {
  const headingId = useId();
  const { data, loadError, createThread, reply, setResolved } = useComments(documentId);
  const [anchor, setAnchor] = useState<AnchorInput | null>(null);
  const [showResolved, setShowResolved] = useState(false);
  const [announce, setAnnounce] = useState('');
  const mentionable = members ?? data?.mentionable ?? [];
  const threads = data?.threads ?? [];
  const open = threads.filter((t) => !t.resolvedAt);
  const shown = showResolved ? threads : open;

  const capture = (quiet: boolean) => {
    const next = createAnchor();
    if (next) setAnchor(next);
    else if (!quiet) setAnnounce('Select some text in the draft first, then choose “Quote selection”.');
  };

  return (
    <section aria-labelledby={headingId} className={ui.card}>
      <h2 id={headingId} className={ui.h2}>Comments <span className="text-sm font-normal text-muted">({open.length} open)</span></h2>
      <p role="status" aria-live="polite" className="mt-1 text-sm text-muted">{announce}</p>
      {loadError && !data && <p role="alert" className="mt-2 text-sm text-red-700">{loadError}</p>}
      {!data && !loadError && <p className="mt-2 text-sm text-muted">Loading comments…</p>}
      {data?.canComment && (
        <div className="mt-3">
          <CommentComposer
            label="New comment"
            submitLabel="Comment"
            members={mentionable}
            onFocus={() => {
              if (!anchor) capture(true);
            }}
            onSubmit={async (body, mentions) => {
              const problem = await createThread(body, mentions, anchor);
              if (!problem) {
                setAnchor(null);
                setAnnounce('Comment added.');
              }
              return problem;
            }}
          >
            <div className="flex flex-wrap items-center gap-2 text-xs text-muted">
              {anchor ? (
                <>
                  <span>
                    On: <q className="italic text-ink">{anchor.quote.length > 120 ? `${anchor.quote.slice(0, 119)}…` : anchor.quote}</q>
                  </span>
                  <button type="button" className={ui.link} onClick={() => setAnchor(null)}>Comment on the whole document instead</button>
                </>
              ) : (
                <span>On the whole document.</span>
              )}
              <button type="button" className={ui.link} onClick={() => capture(false)}>Quote selection</button>
            </div>
          </CommentComposer>
        </div>
      )}
      {threads.length > open.length && (
        <label className="mt-4 flex items-center gap-2 text-sm text-ink">
          <input type="checkbox" checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} />
          Show resolved threads ({threads.length - open.length})
        </label>
      )}
      {data && shown.length === 0 && <p className="mt-4 text-sm text-muted">No open comments.</p>}
      <ol aria-label="Comment threads" className="mt-4 space-y-3">
        {shown.map((t) => (
          <li key={t.id}>
            <CommentThread
              thread={t}
              currentUserId={currentUser.id}
              canComment={data?.canComment ?? false}
              members={mentionable}
              onReply={reply}
              onResolve={async (id, resolved) => {
                const problem = await setResolved(id, resolved);
                if (!problem) setAnnounce(resolved ? 'Thread resolved.' : 'Thread reopened.');
                return problem;
              }}
              onShowInText={onShowInText}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
