import type { Db } from '@/db/client';
import { stateToJson, type PmNode } from '@/lib/editor/to-json';
import { loadStoredState } from './load-stored-state';
import { getVersionState } from './versions';

/** "current" (the stored draft) or a version id of this document → its ProseMirror JSON and label. */
export async function resolveText(db: Db, documentId: string, ref: string): Promise<{ json: PmNode; label: string }> {
  if (ref === 'current') return { json: stateToJson(await loadStoredState(db, documentId)), label: 'Current draft' };
  const version = await getVersionState(db, documentId, ref);
  return { json: stateToJson(version.state), label: `Version ${version.number} — ${version.name}` };
}
