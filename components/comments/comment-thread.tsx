'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useFormatDate } from '@/components/ui/format';
import { bdi } from '@/components/ui/bdi';
import { ui } from '@/components/ui/styles';
import type { AnchorInput, CommentJson, MentionableJson, ThreadJson } from './comments-api';
import { CommentComposer } from './comment-composer';

/** One comment's author, time, text (rendered as text, never HTML) and mentions. */
function CommentBody({ c, currentUserId }: { c: CommentJson; currentUserId: string }) {
  const formatDate = useFormatDate();
  const t = useTranslations('comments');
  return (
    <div>
      <p className="text-xs text-muted">
        <span className="font-medium text-ink">
          {c.author ? c.author.id === currentUserId ? t('you') : <bdi>{c.author.name}</bdi> : t('formerMember')}
        </span>
        {' · '}
        <time dateTime={new Date(c.createdAt).toISOString()}>{formatDate(c.createdAt)}</time>
      </p>
      <p dir="auto" className="mt-1 whitespace-pre-wrap break-words text-sm text-ink">
        {c.body}
      </p>
      {c.mentions.length > 0 && (
        <p className="mt-1 text-xs text-accent">{t('mentions', { names: c.mentions.map((m) => `@${m.name}`).join(', ') })}</p>
      )}
    </div>
  );
}

interface Props {
  thread: ThreadJson;
  currentUserId: string;
  canComment: boolean;
  members: MentionableJson[];
  onReply: (commentId: string, body: string, mentions: string[]) => Promise<string | null>;
  onResolve: (commentId: string, resolved: boolean) => Promise<string | null>;
  onShowInText?: (anchor: AnchorInput) => void;
}

/** A thread: quoted passage, first comment, replies, reply box and resolve / reopen. */
export function CommentThread({ thread, currentUserId, canComment, members, onReply, onResolve, onShowInText }: Props) {
  const formatDate = useFormatDate();
  const t = useTranslations('comments');
  const tc = useTranslations('common');
  const [replying, setReplying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const resolved = thread.resolvedAt !== null;
  return (
    <article
      aria-label={t('by', { name: thread.author?.name ?? tc('formerMember') })}
      className={`rounded-md border border-line p-3 ${resolved ? 'bg-gray-50' : 'bg-white'}`}
    >
      {thread.anchor && (
        <blockquote dir="auto" className="mb-2 border-s-4 border-accent bg-accent-soft/50 px-2 py-1 text-sm italic text-ink">
          {thread.anchor.quote || t('emptySelection')}
          {onShowInText && (
            <button type="button" className={`ms-2 text-xs not-italic ${ui.link}`} onClick={() => onShowInText(thread.anchor!)}>
              {t('showInText')}
            </button>
          )}
        </blockquote>
      )}
      <CommentBody c={thread} currentUserId={currentUserId} />
      {thread.replies.length > 0 && (
        <ol aria-label={t('replies')} className="mt-3 space-y-3 border-s-2 border-line ps-3">
          {thread.replies.map((r) => (
            <li key={r.id}>
              <CommentBody c={r} currentUserId={currentUserId} />
            </li>
          ))}
        </ol>
      )}
      {resolved && (
        <p className="mt-2 text-xs text-muted">
          {t.rich('resolvedBy', { name: thread.resolvedBy?.name ?? tc('formerMember'), date: formatDate(thread.resolvedAt!), bdi })}
        </p>
      )}
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
      {canComment && (
        <div className="mt-3 flex flex-wrap gap-2">
          {!resolved && (
            <button
              type="button"
              className={`${ui.buttonSecondary} px-2.5 py-1 text-xs`}
              aria-expanded={replying}
              onClick={() => setReplying((v) => !v)}
            >
              {t('reply')}
            </button>
          )}
          <button
            type="button"
            className={`${ui.buttonSecondary} px-2.5 py-1 text-xs`}
            onClick={async () => setError(await onResolve(thread.id, !resolved))}
          >
            {resolved ? t('reopen') : t('resolve')}
          </button>
        </div>
      )}
      {replying && !resolved && (
        <div className="mt-3">
          <CommentComposer
            label={t('yourReply')}
            submitLabel={t('sendReply')}
            members={members}
            onSubmit={async (body, mentions) => {
              const problem = await onReply(thread.id, body, mentions);
              if (!problem) setReplying(false);
              return problem;
            }}
          />
        </div>
      )}
    </article>
  );
}
