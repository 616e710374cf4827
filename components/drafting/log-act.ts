import { clientErrorText } from '@/components/ui/client-error-text';
import type { DraftingAct } from '@/lib/drafting/record-drafting-act';

/** Sends a drafting act to the audit trail; returns the server's error message (in the reader's language), if any. */
export async function logAct(documentId: string, act: DraftingAct['act'], details: DraftingAct['details'] = {}): Promise<string | null> {
  const res = await fetch(`/api/documents/${documentId}/acts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ act, details }),
  });
  if (res.ok) return null;
  return ((await res.json().catch(() => ({}))) as { error?: string }).error ?? clientErrorText().actNotRecorded;
}
