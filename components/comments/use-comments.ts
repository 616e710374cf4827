'use client';

import { useCallback } from 'react';
import { useLiveJson } from '@/components/editor/use-live-json';
import { clientErrorText } from '@/components/ui/client-error-text';
import { fetchJson } from '@/components/ui/fetch-json';
import { commentsUrl, commentUrl, type AnchorInput, type CommentsJson } from './comments-api';

/** Loads a document's comment threads, refetches on 'comments' notices, and posts changes (each resolves to an error or null). */
export function useComments(documentId: string) {
  const { data, loadError, refetch } = useLiveJson<CommentsJson>(commentsUrl(documentId), 'comments');

  const after = useCallback(
    async (res: { ok: boolean; error?: string; fields?: Record<string, string> }) => {
      if (!res.ok) return Object.values(res.fields ?? {})[0] ?? res.error ?? clientErrorText().generic;
      await refetch();
      return null;
    },
    [refetch],
  );

  const createThread = useCallback(
    async (body: string, mentions: string[], anchor: AnchorInput | null) =>
      after(await fetchJson(commentsUrl(documentId), 'POST', { body, mentions, anchor })),
    [after, documentId],
  );
  const reply = useCallback(
    async (commentId: string, body: string, mentions: string[]) =>
      after(await fetchJson(`${commentUrl(commentId)}/replies`, 'POST', { body, mentions })),
    [after],
  );
  const setResolved = useCallback(
    async (commentId: string, resolved: boolean) => after(await fetchJson(commentUrl(commentId), 'PATCH', { resolved })),
    [after],
  );

  return { data, loadError, createThread, reply, setResolved };
}
