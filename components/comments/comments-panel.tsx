'use client';

import { useTranslations } from 'next-intl';
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
  const t = useTranslations('comments');
  const { data, loadError, createThread, reply, setResolved } = useComments(documentId);
  const [anchor, setAnchor] = useState<AnchorInput | null>(null);
  const [showResolved, setShowResolved] = useState(false);
  const [announce, setAnnounce] = useState('');
  const mentionable = members ?? data?.mentionable ?? [];
  const threads = data?.threads ?? [];
  const open = threads.filter((th) => !th.resolvedAt);
  const shown = showResolved ? threads : open;

  const capture = (quiet: boolean) => {
    const next = createAnchor();
    if (next) setAnchor(next);
    else if (!quiet) setAnnounce(t('selectFirst'));
  };

  return (
    <section aria-labelledby={headingId} className={ui.card}>
      <h2 id={headingId} className={ui.h2}>
        {t('title')} <span className="text-sm font-normal text-muted">{t('open', { count: open.length })}</span>
      </h2>
      <p role="status" aria-live="polite" className="mt-1 text-sm text-muted">
        {announce}
      </p>
      {loadError && !data && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {loadError}
        </p>
      )}
      {!data && !loadError && <p className="mt-2 text-sm text-muted">{t('loading')}</p>}
      {data?.canComment && (
        <div className="mt-3">
          <CommentComposer
            label={t('newComment')}
            submitLabel={t('comment')}
            members={mentionable}
            onFocus={() => {
              if (!anchor) capture(true);
            }}
            onSubmit={async (body, mentions) => {
              const problem = await createThread(body, mentions, anchor);
              if (!problem) {
                setAnchor(null);
                setAnnounce(t('added'));
              }
              return problem;
            }}
          >
            <div className="flex flex-wrap items-center gap-2 text-xs text-muted">
              {anchor ? (
                <>
                  <span>
                    {t('on')}{' '}
                    <q className="italic text-ink">{anchor.quote.length > 120 ? `${anchor.quote.slice(0, 119)}…` : anchor.quote}</q>
                  </span>
                  <button type="button" className={ui.link} onClick={() => setAnchor(null)}>
                    {t('wholeInstead')}
                  </button>
                </>
              ) : (
                <span>{t('onWhole')}</span>
              )}
              <button type="button" className={ui.link} onClick={() => capture(false)}>
                {t('quoteSelection')}
              </button>
            </div>
          </CommentComposer>
        </div>
      )}
      {threads.length > open.length && (
        <label className="mt-4 flex items-center gap-2 text-sm text-ink">
          <input type="checkbox" checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} />
          {t('showResolved', { count: threads.length - open.length })}
        </label>
      )}
      {data && shown.length === 0 && <p className="mt-4 text-sm text-muted">{t('noneOpen')}</p>}
      <ol aria-label={t('threads')} className="mt-4 space-y-3">
        {shown.map((th) => (
          <li key={th.id}>
            <CommentThread
              thread={th}
              currentUserId={currentUser.id}
              canComment={data?.canComment ?? false}
              members={mentionable}
              onReply={reply}
              onResolve={async (id, resolved) => {
                const problem = await setResolved(id, resolved);
                if (!problem) setAnnounce(resolved ? t('resolvedMsg') : t('reopenedMsg'));
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
