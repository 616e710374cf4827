'use client';

import { useCallback } from 'react';
import { useLiveJson } from '@/components/editor/use-live-json';
import { fetchJson } from '@/components/ui/fetch-json';
import { statusUrl, type BoardJson, type StatusAction } from './status-api';

/**
 * Loads a document's status board and keeps it live: 'status' notices (a status change, or the
 * server noticing the text moved) refetch it. Sends changes.
 */
export function useStatusBoard(documentId: string) {
  const { data: board, setData: setBoard, loadError, refetch } = useLiveJson<BoardJson>(statusUrl(documentId), 'status');

  /** Sends one change; resolves to an error message, or null when it worked. */
  const send = useCallback(
    async (change: StatusAction): Promise<string | null> => {
      const res = await fetchJson<{ board: BoardJson; version: { name: string } }>(statusUrl(documentId), 'POST', change);
      if (!res.ok) {
        if (res.status === 409) void refetch(); // the text moved on: show the new wording
        return res.error;
      }
      setBoard(res.data.board);
      return null;
    },
    [documentId, setBoard, refetch],
  );

  return { board, loadError, send, refetch };
}
