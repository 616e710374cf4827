import { isMediatorsText } from '@/lib/editor/mediators-text';
import { runChecklist, type ItemResult, type Severity } from './checks';
import { CLAUSE_BLOCK, PLACEHOLDER_FIELD } from '@/lib/editor/node-names';
import type { PmNode } from './clause-to-doc';
import { itemPath, LIBRARY_TEXT, type Finding } from './finding';
import { documentIssues } from './document-rules';
import { findClauseBlocks } from './find-clause-blocks';
import { PLACEHOLDER_PATTERN, PLACEHOLDERS, isPlaceholderName } from './placeholders';
import type { Clause } from './schema';

export type { Severity } from './checks';

/** One finding shown at a clause in the draft: the worst first. */
export interface ClauseIssue {
  severity: Severity;
  /** checklist: an item the text does not address; variant: what the chosen variant gives up; document: a rule about the whole draft; fields: placeholders left. */
  kind: 'checklist' | 'variant' | 'document' | 'fields';
  /** In English, for the command line and logs; readers see `finding` in their language. */
  message: string;
  /** The same finding as a catalogue key with values (lib/clauses/finding.ts). */
  finding: Finding;
  /** The checklist item or rule id, e.g. "tj:exclusions", "doc:amnesty-without-exclusions". */
  code: string;
}

export interface TextAssessment {
  results: ItemResult[];
  /** The checklist items not met. */
  gaps: ItemResult[];
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
  /** Plain text of the block, without its heading. */
  text: string;
  issues: ClauseIssue[];
}

export interface DocumentAssessment {
  clauses: ClauseAssessment[];
  /** The clauses with at least one issue. */
  withGaps: ClauseAssessment[];
  blockingCount: number;
}

export interface AssessOptions {
  /** Names (and short names) of the negotiation's parties: naming one counts as naming a Party. */
  partyNames?: readonly string[];
}

/**
 * Checks plain clause text against a checklist with the structural checks (lib/clauses/checks).
 * Unfilled placeholders do not count as content, so "within {N_DAYS} days" is not yet a deadline.
 */
export function assessClauseText(text: string, checklist: readonly string[], options: AssessOptions = {}): TextAssessment {
  const placeholders = [...new Set([...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1]!))];
  const results = runChecklist(text, checklist, options.partyNames ?? []);
  return { results, gaps: results.filter((r) => !r.ok), placeholders };
}

/** Plain text of a node, with `placeholder` nodes written back as `{NAME}`. */
export function nodeText(node: PmNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === PLACEHOLDER_FIELD) return `{${String(node.attrs?.name ?? '')}}`;
  const parts = (node.content ?? []).map(nodeText);
  const isBlockContainer = (node.content ?? []).some((c) => c.type !== 'text' && c.type !== PLACEHOLDER_FIELD && c.type !== 'hardBreak');
  return parts.join(isBlockContainer ? '\n' : '');
}

/** A checklist gap: the item's label and why it is not met. */
function checklistFinding(gap: ItemResult): Finding {
  const known = gap.label !== gap.item;
  return {
    key: 'checklist',
    ...(known
      ? { refs: { label: { key: `label.${itemPath(gap.item)}` }, detail: gap.reason ?? { key: 'reason.noRule' } } }
      : { values: { label: gap.item }, refs: { detail: gap.reason ?? { key: 'reason.noRule' } } }),
  };
}

/** What a variant gives up, in each language its clause has a translated warning in. */
function variantFinding(clause: Clause, variant: 'maximal' | 'standard' | 'fallback'): Finding {
  const values: Record<string, string> = { en: clause.variants[variant].warning?.message ?? '' };
  for (const [lang, t] of Object.entries(clause.translations ?? {})) {
    const message = t?.variants[variant].warning?.message;
    if (message) values[lang] = message;
  }
  return { key: LIBRARY_TEXT, values };
}

const RANK: Record<Severity, number> = { blocking: 0, warning: 1, info: 2 };

/** The fields a block still needs, as one info-level issue naming each field. */
function fieldsIssue(placeholders: readonly string[]): ClauseIssue[] {
  if (placeholders.length === 0) return [];
  const described = placeholders.map((p) => (isPlaceholderName(p) ? `{${p}} (${PLACEHOLDERS[p].description})` : `{${p}}`));
  const list = placeholders.map((p): Finding =>
    isPlaceholderName(p)
      ? { key: 'fieldNamed', values: { field: `{${p}}` }, refs: { description: { key: `placeholder.${p}` } } }
      : { key: 'fieldBare', values: { field: `{${p}}` } },
  );
  const message = `${placeholders.length} field${placeholders.length === 1 ? '' : 's'} to fill: ${described.join(', ')}.`;
  return [
    {
      severity: 'info',
      kind: 'fields',
      code: 'fields',
      message,
      finding: { key: 'fields', values: { count: placeholders.length }, lists: { list } },
    },
  ];
}

/**
 * Assesses every inserted clause of a document (ProseMirror JSON): its checklist against its
 * current text, what its variant gives up, the document-level rules (an amnesty with no
 * exclusions anywhere in the draft, a ceasefire with no monitoring, clauses it relies on, two
 * alternatives at once) and the fields left. A clause whose library entry is not loaded yet is
 * reported with its fields only.
 */
export function assessDocument(
  doc: PmNode,
  library: Readonly<Record<string, Clause | undefined>>,
  options: AssessOptions = {},
): DocumentAssessment {
  // A released Mediator's text is a clause block but no library clause: nothing to assess.
  const blocks = findClauseBlocks(doc).flatMap((block, index) => {
    const attrs = block.attrs ?? {};
    if (isMediatorsText(attrs)) return [];
    const body = (block.content ?? []).filter((c, i) => !(i === 0 && c.type === 'heading'));
    return [
      {
        index,
        clauseId: String(attrs.clauseId ?? ''),
        version: Number(attrs.version ?? 1),
        variant: String(attrs.variant ?? 'standard'),
        title: String(attrs.title ?? attrs.clauseId ?? ''),
        text: body.map(nodeText).join('\n'),
      },
    ];
  });
  const outside = (doc.content ?? [])
    .filter((n) => n.type !== CLAUSE_BLOCK)
    .map(nodeText)
    .join('\n');
  const byDocument = documentIssues(blocks, library, outside);
  const clauses = blocks.map((b): ClauseAssessment => {
    const clause = library[b.clauseId];
    const text = assessClauseText(b.text, clause?.checklist ?? [], options);
    const named = b.variant === 'maximal' || b.variant === 'standard' || b.variant === 'fallback' ? b.variant : null;
    const warning = clause && named ? clause.variants[named].warning : undefined;
    const issues: ClauseIssue[] = [
      ...(warning && named
        ? [
            {
              severity: warning.severity,
              kind: 'variant' as const,
              code: `variant:${named}`,
              message: warning.message,
              finding: variantFinding(clause!, named),
            },
          ]
        : []),
      ...(byDocument.get(b.index) ?? []),
      ...text.gaps.map((g) => ({
        severity: g.severity,
        kind: 'checklist' as const,
        code: g.item,
        message: `${g.label}: ${g.detail}.`,
        finding: checklistFinding(g),
      })),
      ...fieldsIssue(text.placeholders),
    ].sort((a, z) => RANK[a.severity] - RANK[z.severity]);
    return { ...b, ...text, issues };
  });
  return {
    clauses,
    withGaps: clauses.filter((c) => c.issues.length > 0),
    blockingCount: clauses.reduce((n, c) => n + c.issues.filter((i) => i.severity === 'blocking').length, 0),
  };
}
