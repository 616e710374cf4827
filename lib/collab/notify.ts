import { processShared } from '@/lib/process-shared';

/**
 * Announces that something about a document changed outside the Yjs text (comments, clause
 * statuses, attachments, versions), so open editors refetch it. Topics: 'comments', 'status',
 * 'attachments', 'versions', 'audit'. Safe to call from route handlers; never throws.
 * Wired to the collaboration server's rooms (message NOTICE) by the lead.
 */
export function notifyDocument(documentId: string, topic: string): void {
  try {
    processShared().notifyDocument?.(documentId, topic);
  } catch {
    /* notices are best effort: clients also refetch on reconnect */
  }
}
