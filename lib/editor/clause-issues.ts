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

/** The message as a text node, or in a span carrying its language when that is not the interface's. */
function said(issue: ShownIssue): Node {
  if (!issue.lang) return document.createTextNode(issue.message);
  const span = document.createElement('span');
  span.lang = issue.lang;
  span.textContent = issue.message;
  return span;
}

function line(severity: string, label: string, issue: ShownIssue): HTMLElement {
  const p = document.createElement('p');
  p.className = `clause-issue is-${severity}`;
  p.dataset.severity = severity;
  const strong = document.createElement('strong');
  strong.textContent = `${label}: `;
  p.append(strong, said(issue));
  return p;
}

/** The panel inserted at the top of a clause: blocking findings and weakened safeguards shown, the rest folded. */
function renderIssues(issues: readonly ShownIssue[], labels: IssueLabels): HTMLElement {
  const box = document.createElement('div');
  box.className = 'clause-issues';
  box.contentEditable = 'false';
  box.setAttribute('role', 'note');
  box.setAttribute('aria-label', labels.region);
  box.dataset.testid = 'clause-issues';
  for (const issue of issues.filter((i) => i.severity === 'blocking')) box.append(line('blocking', labels.blocking, issue));
  for (const issue of issues.filter((i) => i.severity === 'warning' && i.kind === 'variant')) box.append(line('warning', labels.weakens, issue));
  const rest = issues.filter((i) => i.severity !== 'blocking' && !(i.severity === 'warning' && i.kind === 'variant'));
  if (rest.length > 0) {
    const details = document.createElement('details');
    details.className = 'clause-issues-more';
    const summary = document.createElement('summary');
    const warnings = rest.filter((i) => i.severity === 'warning').length;
    const infos = rest.length - warnings;
    summary.textContent = [warnings && labels.gaps(warnings), infos && labels.fields].filter(Boolean).join(' · ');
    const list = document.createElement('ul');
    for (const issue of rest) {
      const li = document.createElement('li');
      li.className = `clause-issue is-${issue.severity}`;
      li.append(said(issue));
      list.append(li);
    }
    details.append(summary, list);
    box.append(details);
  }
  return box;
}

/** A short stable hash of the findings, so an unchanged panel is not redrawn. */
function hashOf(issues: readonly ShownIssue[]): string {
  let h = 5381;
  for (const ch of issues.map((i) => `${i.severity}:${i.message}`).join('|')) h = ((h << 5) + h + ch.charCodeAt(0)) | 0;
  return (h >>> 0).toString(36);
}

function decorate(doc: PmModelNode, { byBlock, labels }: IssuesMeta): DecorationSet {
  const decorations: Decoration[] = [];
  let index = -1;
  doc.descendants((node, pos) => {
    if (node.type.name !== CLAUSE_BLOCK) return true;
    const issues = byBlock[++index] ?? [];
    if (issues.length === 0) return true;
    const blocking = issues.filter((i) => i.severity === 'blocking').length;
    decorations.push(Decoration.node(pos, pos + node.nodeSize, { class: blocking ? 'clause-has-blocking' : 'clause-has-issues', 'data-blocking': String(blocking) }));
    const key = `issues-${index}-${hashOf(issues)}-${labels.region}`;
    decorations.push(Decoration.widget(pos + 1, () => renderIssues(issues, labels), { side: -1, key, ignoreSelection: true, stopEvent: () => true }));
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
