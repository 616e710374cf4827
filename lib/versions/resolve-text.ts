import type { Db } from '@/db/client';
import type { DocumentScope } from '@/lib/access/scope';
import { stateToJson, type PmNode } from '@/lib/editor/to-json';
import { loadStoredState } from './load-stored-state';
import type { TextRef } from './redline';
import { getVersionState } from './versions';

/**
 * "current" (the stored draft) or a version id of this document → its ProseMirror JSON, its
 * English label and what it is (`textRef`). @throws AccessError 404 for another document's version.
 */
export async function resolveText(db: Db, scope: DocumentScope, ref: string): Promise<{ json: PmNode; label: string; textRef: TextRef }> {
  if (ref === 'current')
    return { json: stateToJson(await loadStoredState(db, scope)), label: 'Current draft', textRef: { kind: 'current' } };
  const version = await getVersionState(db, scope, ref);
  const textRef: TextRef = { kind: 'version', number: version.number, name: version.name };
  return { json: stateToJson(version.state), label: `Version ${version.number} — ${version.name}`, textRef };
}
