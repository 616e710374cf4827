import { forbidden } from './errors';
import { decide, type Action } from './policy';
import type { DocumentScope } from './scope';

/**
 * Requires that the actor may do `action` directly on the scoped document.
 * @throws AccessError 403 otherwise.
 */
export function requireDocumentPermission(scope: DocumentScope, action: Action): void {
  if (decide(scope.actor, action, { style: scope.negotiation.style, document: scope.document }) !== 'allow') throw forbidden();
}
