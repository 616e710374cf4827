import type { IssueLabels, ShownIssue } from './clause-issues';

// The panel drawn at a clause with findings, apart from the plugin (lib/editor/clause-issues.ts):
// a draft without findings never loads it (tests/e2e/editor-bundle.spec.ts counts a fresh draft).

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
export function renderIssues(issues: readonly ShownIssue[], labels: IssueLabels): HTMLElement {
  const box = document.createElement('div');
  box.className = 'clause-issues';
  box.contentEditable = 'false';
  box.setAttribute('role', 'note');
  box.setAttribute('aria-label', labels.region);
  box.dataset.testid = 'clause-issues';
  for (const issue of issues.filter((i) => i.severity === 'blocking')) box.append(line('blocking', labels.blocking, issue));
  for (const issue of issues.filter((i) => i.severity === 'warning' && i.kind === 'variant'))
    box.append(line('warning', labels.weakens, issue));
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
