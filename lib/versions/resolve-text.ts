import type { Db } from '@/db/client';
import type { DocumentScope } from '@/lib/access/scope';
import { stateToJson, type PmNode } from '@/lib/editor/to-json';
import { loadStoredState } from './load-stored-state';
import { getVersionState } from './versions';

/** "current" (the stored draft) or a version id of this document → its ProseMirror JSON and label. @throws AccessError 404 for another document's version. */
export async function resolveText(db: Db, scope: DocumentScope, ref: string): Promise<{ json: PmNode; label: string }> {
  if (ref === 'current') return { json: stateToJson(await loadStoredState(db, scope)), label: 'Current draft' };
  const version = await getVersionState(db, scope, ref);
  return { json: stateToJson(version.state), label: `Version ${version.number} — ${version.name}` };
}
