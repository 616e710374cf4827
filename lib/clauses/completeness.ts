import { ruleFor } from './checklist-rules';
import { PLACEHOLDER_NODE, type PmNode } from './clause-to-doc';
import { PLACEHOLDER_PATTERN } from './placeholders';

/** A checklist item the text does not yet address, with the reason the heuristic gives. */
export interface ChecklistGap {
  item: string;
  label: string;
  reason: string;
}

export interface TextAssessment {
  gaps: ChecklistGap[];
  addressed: string[];
  /** Placeholder names still in the text, in order, each once. */
  placeholders: string[];
}

export interface ClauseAssessment extends TextAssessment {
  /** Position among the document's clause blocks, from 0. */
  index: number;
  clauseId: string;
  version: number;
  variant: string;
  title: string;
}

export interface DocumentAssessment {
  clauses: ClauseAssessment[];
  /** The clauses with at least one gap or unfilled placeholder. */
  withGaps: ClauseAssessment[];
}

export interface AssessOptions {
  /** Names (and short names) of the negotiation's parties: naming one counts as "who is bound". */
  partyNames?: readonly string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Checks plain clause text against a checklist. Unfilled placeholders ({N_DAYS}, {BODY} …) do
 * not count as content, so "within {N_DAYS} days" is not yet a deadline.
 */
export function assessClauseText(text: string, checklist: readonly string[], options: AssessOptions = {}): TextAssessment {
  const placeholders = [...new Set([...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1]!))];
  const content = text.replace(PLACEHOLDER_PATTERN, ' ');
  const gaps: ChecklistGap[] = [];
  const addressed: string[] = [];
  const names = (options.partyNames ?? []).filter((n) => n.trim().length > 1);
  for (const item of checklist) {
    const rule = ruleFor(item);
    let ok = rule.pattern.test(content);
    if (!ok && item === 'who_bound' && names.length > 0) ok = new RegExp(names.map(escape).join('|'), 'i').test(content);
    if (ok) addressed.push(item);
    else gaps.push({ item, label: rule.label, reason: rule.reason });
  }
  return { gaps, addressed, placeholders };
}

/** Plain text of a node, with `placeholder` nodes written back as `{NAME}`. */
export function nodeText(node: PmNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === PLACEHOLDER_NODE) return `{${String(node.attrs?.name ?? '')}}`;
  const parts = (node.content ?? []).map(nodeText);
  const isBlockContainer = (node.content ?? []).some((c) => c.type !== 'text' && c.type !== PLACEHOLDER_NODE && c.type !== 'hardBreak');
  return parts.join(isBlockContainer ? '\n' : '');
}

/** Every clauseBlock in a document, in document order (nested ones included). */
export function findClauseBlocks(doc: PmNode): PmNode[] {
  const found: PmNode[] = [];
  const walk = (node: PmNode) => {
    if (node.type === 'clauseBlock') found.push(node);
    node.content?.forEach(walk);
  };
  walk(doc);
  return found;
}

/**
 * Assesses every inserted clause of a document (ProseMirror JSON) against its library checklist.
 * `checklists` maps clause ids to checklist items; a clause whose checklist is not known yet is
 * reported with its placeholders only.
 */
export function assessDocument(doc: PmNode, checklists: Readonly<Record<string, readonly string[]>>, options: AssessOptions = {}): DocumentAssessment {
  const clauses = findClauseBlocks(doc).map((block, index) => {
    const attrs = block.attrs ?? {};
    const clauseId = String(attrs.clauseId ?? '');
    const body = (block.content ?? []).filter((c, i) => !(i === 0 && c.type === 'heading'));
    const text = body.map(nodeText).join('\n');
    return {
      index,
      clauseId,
      version: Number(attrs.version ?? 1),
      variant: String(attrs.variant ?? 'standard'),
      title: String(attrs.title ?? clauseId),
      ...assessClauseText(text, checklists[clauseId] ?? [], options),
    };
  });
  return { clauses, withGaps: clauses.filter((c) => c.gaps.length > 0 || c.placeholders.length > 0) };
}
