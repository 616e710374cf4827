'use client';

import type { Editor } from '@tiptap/core';
import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { useLiveJson } from './use-live-json';
import { commentsUrl, type CommentsJson } from '@/components/comments/comments-api';
import { commentHighlightsKey, commentHighlightsPlugin, type HighlightedThread } from '@/lib/editor/comment-highlights';

/** Keeps the editor's comment highlights in step with the document's open threads. Renders nothing. */
export function CommentHighlights({ editor, documentId }: { editor: Editor; documentId: string }) {
  const t = useTranslations('comments');
  const tc = useTranslations('common');
  const { data } = useLiveJson<CommentsJson>(commentsUrl(documentId), 'comments');

  useEffect(() => {
    if (editor.isDestroyed) return;
    const plugin = commentHighlightsPlugin();
    editor.registerPlugin(plugin);
    return () => {
      if (!editor.isDestroyed) editor.unregisterPlugin(commentHighlightsKey);
    };
  }, [editor]);

  useEffect(() => {
    if (editor.isDestroyed || !data) return;
    const threads: HighlightedThread[] = data.threads.flatMap((th) =>
      th.anchor && !th.resolvedAt
        ? [
            {
              id: th.id,
              anchor: th.anchor,
              label: t('highlight', { name: th.author?.name ?? tc('formerMember'), body: th.body.slice(0, 80) }),
            },
          ]
        : [],
    );
    editor.view.dispatch(editor.state.tr.setMeta(commentHighlightsKey, threads).setMeta('addToHistory', false));
  }, [editor, data, t, tc]);

  return null;
}
