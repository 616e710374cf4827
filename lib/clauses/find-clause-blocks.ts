import { CLAUSE_BLOCK } from '@/lib/editor/node-names';
import type { PmNode } from '@/lib/editor/to-json';

/** Every clauseBlock in a document, in document order (nested ones included). */
export function findClauseBlocks(doc: PmNode): PmNode[] {
  const found: PmNode[] = [];
  const walk = (node: PmNode) => {
    if (node.type === CLAUSE_BLOCK) found.push(node);
    node.content?.forEach(walk);
  };
  walk(doc);
  return found;
}
