import type { Db } from '@/db/client';
import { nodeText, stateToJson, type PmNode } from '@/lib/editor/to-json';
import { readClauseBlocks } from '@/lib/status/clause-blocks';
import type { DocumentScope } from '@/lib/access/scope';
import { unsafeLoadStoredState } from '@/lib/versions/load-stored-state';
import { CLAUSE_BLOCK } from '@/lib/editor/node-names';
import { englishBlockLabel, type BlockLabelRef } from '@/lib/i18n/block-label';

/** A provision (lib/status/clause-blocks.ts) or an article heading that commitments can be attached to. */
export interface ClauseRef {
  /** The block's key (clause_key). */
  key: string;
  /** What a negotiator calls it: the clause title, the heading, or "Paragraph n". */
  label: string;
  /** When the label is made up ("Paragraph n", "Clause"): its key, said in the reader's language. */
  labelRef?: BlockLabelRef;
  /** The first words of its text, to recognise it. */
  excerpt: string;
  /** An article heading (a deadline may cover a whole article), not a provision. */
  heading?: boolean;
}

const excerptOf = (text: string) => (text.length > 90 ? `${text.slice(0, 87).trimEnd()}…` : text);

/**
 * What commitments can point at, in document order: every provision (the one definition in
 * lib/status/clause-blocks.ts — no empty paragraphs, alternatives folded into their paragraph)
 * and every article heading with text.
 */
export function clausesOf(doc: PmNode): ClauseRef[] {
  const provisions = new Map(readClauseBlocks(doc).map((c) => [c.key, c]));
  let paragraph = 0;
  const out: ClauseRef[] = [];
  for (const node of doc.content ?? []) {
    const key = node.attrs?.uid;
    if (typeof key !== 'string' || !key) continue;
    const text = nodeText(node).replace(/\s+/g, ' ').trim();
    if (node.type === 'heading') {
      if (text) out.push({ key, label: text.slice(0, 80), excerpt: excerptOf(text), heading: true });
      continue;
    }
    const provision = provisions.get(key);
    if (!provision) continue;
    const labelRef: BlockLabelRef | undefined =
      node.type !== CLAUSE_BLOCK ? { key: 'paragraph', n: ++paragraph } : node.attrs?.title ? undefined : { key: 'clause' };
    const label = labelRef ? englishBlockLabel(labelRef) : String(node.attrs?.title);
    out.push({ key, label, ...(labelRef ? { labelRef } : {}), excerpt: excerptOf(text) });
  }
  return out;
}

/** The clauses of a document's stored text (what the collaboration server last saved), for a reader checked by requireDocument. */
export function loadClauses(db: Db, scope: DocumentScope): Promise<ClauseRef[]> {
  return unsafeLoadClauses(db, scope.document.id);
}

/**
 * loadClauses without an access check, for reads across documents the caller already listed as
 * visible to the reader (listDocumentsFor: the ledger, the facilitative agenda). Never pass it an
 * id that came from a request.
 */
export async function unsafeLoadClauses(db: Db, documentId: string): Promise<ClauseRef[]> {
  return clausesOf(stateToJson(await unsafeLoadStoredState(db, documentId)));
}
