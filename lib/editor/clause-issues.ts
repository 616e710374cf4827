import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PmModelNode } from '@tiptap/pm/model';
import { CLAUSE_BLOCK } from './node-names';

/** A finding to show at a clause (lib/clauses/completeness.ts ClauseIssue, minus what the view does not need). */
export interface ShownIssue {
  severity: 'blocking' | 'warning' | 'info';
  kind: string;
  /** In the reader's language. */
  message: string;
  /** The message's language when it is not the interface's (library text with no translation). */
  lang?: string;
}

/** The panel's own words, in the reader's language. */
export interface IssueLabels {
  region: string;
  blocking: string;
  weakens: string;
  gaps: (count: number) => string;
  fields: string;
}

/** What components/clauses/clause-issues.tsx sends: the findings per clause block, in document order, and the words around them. */
export interface IssuesMeta {
  byBlock: readonly (readonly ShownIssue[])[];
  labels: IssueLabels;
  /** Draws a clause's panel (lib/editor/clause-issues-view.ts): loaded by the sender only when some clause has findings. */
  render?: (issues: readonly ShownIssue[], labels: IssueLabels) => HTMLElement;
}

interface IssuesState extends IssuesMeta {
  decorations: DecorationSet;
}

const ENGLISH_LABELS: IssueLabels = {
  region: 'Checks on this clause',
  blocking: 'Blocking',
  weakens: 'This variant weakens a safeguard',
  gaps: (n) => `${n} gap${n === 1 ? '' : 's'} to address`,
  fields: 'fields to fill',
};

export const clauseIssuesKey = new PluginKey<IssuesState>('pactumClauseIssues');

/** A short stable hash of the findings, so an unchanged panel is not redrawn. */
function hashOf(issues: readonly ShownIssue[]): string {
  let h = 5381;
  for (const ch of issues.map((i) => `${i.severity}:${i.message}`).join('|')) h = ((h << 5) + h + ch.charCodeAt(0)) | 0;
  return (h >>> 0).toString(36);
}

function decorate(doc: PmModelNode, { byBlock, labels, render }: IssuesMeta): DecorationSet {
  const decorations: Decoration[] = [];
  let index = -1;
  doc.descendants((node, pos) => {
    if (node.type.name !== CLAUSE_BLOCK) return true;
    const issues = byBlock[++index] ?? [];
    if (issues.length === 0 || !render) return true;
    const blocking = issues.filter((i) => i.severity === 'blocking').length;
    const attrs = { class: blocking ? 'clause-has-blocking' : 'clause-has-issues', 'data-blocking': String(blocking) };
    decorations.push(Decoration.node(pos, pos + node.nodeSize, attrs));
    const key = `issues-${index}-${hashOf(issues)}-${labels.region}`;
    decorations.push(
      Decoration.widget(pos + 1, () => render(issues, labels), { side: -1, key, ignoreSelection: true, stopEvent: () => true }),
    );
    return true;
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * Shows the checks on each inserted clause inside the draft, at the clause: blocking findings
 * (international-law problems) in red at the top of the clause, what the chosen variant gives up,
 * and the remaining gaps folded. A view-only decoration: nothing is written into the shared text.
 * Findings arrive as a transaction meta (see components/clauses/clause-issues.tsx).
 */
export function clauseIssuesPlugin(): Plugin<IssuesState> {
  return new Plugin<IssuesState>({
    key: clauseIssuesKey,
    state: {
      init: () => ({ byBlock: [], labels: ENGLISH_LABELS, decorations: DecorationSet.empty }),
      apply(tr: Transaction, value: IssuesState, _old: EditorState, state: EditorState): IssuesState {
        const next = tr.getMeta(clauseIssuesKey) as IssuesMeta | undefined;
        if (next) return { ...next, decorations: decorate(state.doc, next) };
        if (!tr.docChanged) return value;
        return { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) };
      },
    },
    props: {
      decorations: (state) => clauseIssuesKey.getState(state)?.decorations ?? DecorationSet.empty,
    },
  });
}
