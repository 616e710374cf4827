import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PmModelNode } from '@tiptap/pm/model';
import { CLAUSE_BLOCK } from './node-names';

/** A finding to show at a clause (lib/clauses/completeness.ts ClauseIssue, minus what the view does not need). */
export interface ShownIssue {
  severity: 'blocking' | 'warning' | 'info';
  kind: string;
  message: string;
}

interface IssuesState {
  /** Findings per clause block, in document order. */
  byBlock: readonly (readonly ShownIssue[])[];
  decorations: DecorationSet;
}

export const clauseIssuesKey = new PluginKey<IssuesState>('pactumClauseIssues');

function line(severity: string, label: string, message: string): HTMLElement {
  const p = document.createElement('p');
  p.className = `clause-issue is-${severity}`;
  p.dataset.severity = severity;
  const strong = document.createElement('strong');
  strong.textContent = `${label}: `;
  p.append(strong, message);
  return p;
}

/** The panel inserted at the top of a clause: blocking findings and weakened safeguards shown, the rest folded. */
function renderIssues(issues: readonly ShownIssue[]): HTMLElement {
  const box = document.createElement('div');
  box.className = 'clause-issues';
  box.contentEditable = 'false';
  box.setAttribute('role', 'note');
  box.setAttribute('aria-label', 'Checks on this clause');
  box.dataset.testid = 'clause-issues';
  for (const issue of issues.filter((i) => i.severity === 'blocking')) box.append(line('blocking', 'Blocking', issue.message));
  for (const issue of issues.filter((i) => i.severity === 'warning' && i.kind === 'variant')) box.append(line('warning', 'This variant weakens a safeguard', issue.message));
  const rest = issues.filter((i) => i.severity !== 'blocking' && !(i.severity === 'warning' && i.kind === 'variant'));
  if (rest.length > 0) {
    const details = document.createElement('details');
    details.className = 'clause-issues-more';
    const summary = document.createElement('summary');
    const warnings = rest.filter((i) => i.severity === 'warning').length;
    const infos = rest.length - warnings;
    summary.textContent = [warnings && `${warnings} gap${warnings === 1 ? '' : 's'} to address`, infos && 'fields to fill'].filter(Boolean).join(' · ');
    const list = document.createElement('ul');
    for (const issue of rest) {
      const li = document.createElement('li');
      li.className = `clause-issue is-${issue.severity}`;
      li.textContent = issue.message;
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

function decorate(doc: PmModelNode, byBlock: IssuesState['byBlock']): DecorationSet {
  const decorations: Decoration[] = [];
  let index = -1;
  doc.descendants((node, pos) => {
    if (node.type.name !== CLAUSE_BLOCK) return true;
    const issues = byBlock[++index] ?? [];
    if (issues.length === 0) return true;
    const blocking = issues.filter((i) => i.severity === 'blocking').length;
    decorations.push(Decoration.node(pos, pos + node.nodeSize, { class: blocking ? 'clause-has-blocking' : 'clause-has-issues', 'data-blocking': String(blocking) }));
    const key = `issues-${index}-${hashOf(issues)}`;
    decorations.push(Decoration.widget(pos + 1, () => renderIssues(issues), { side: -1, key, ignoreSelection: true, stopEvent: () => true }));
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
      init: () => ({ byBlock: [], decorations: DecorationSet.empty }),
      apply(tr: Transaction, value: IssuesState, _old: EditorState, state: EditorState): IssuesState {
        const next = tr.getMeta(clauseIssuesKey) as IssuesState['byBlock'] | undefined;
        if (next) return { byBlock: next, decorations: decorate(state.doc, next) };
        if (!tr.docChanged) return value;
        return { byBlock: value.byBlock, decorations: value.decorations.map(tr.mapping, tr.doc) };
      },
    },
    props: {
      decorations: (state) => clauseIssuesKey.getState(state)?.decorations ?? DecorationSet.empty,
    },
  });
}
