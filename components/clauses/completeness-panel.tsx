'use client';

import type { Editor } from '@tiptap/core';
import { provenanceLabel } from '@/lib/clauses/clause-to-doc';
import type { ClauseAssessment } from '@/lib/clauses/completeness';
import { useDocumentAssessment } from './use-document-assessment';

export interface CompletenessPanelProps {
  editor: Editor | null;
  /** Names and short names of the parties: naming one counts as saying who is bound. */
  partyNames: readonly string[];
}

/** Moves the cursor into the n-th clause block of the document. */
function goToClause(editor: Editor, index: number) {
  let seen = -1;
  let target: number | null = null;
  editor.state.doc.descendants((node, pos) => {
    if (target !== null) return false;
    if (node.type.name === 'clauseBlock' && ++seen === index) target = pos + 2;
    return true;
  });
  if (target !== null) editor.chain().focus().setTextSelection(target).scrollIntoView().run();
}

function summaryLine(total: number, gaps: number): string {
  if (total === 0) return 'No library clauses in this document yet.';
  if (gaps === 0) return `All ${total} inserted clause${total === 1 ? '' : 's'} name what their checklist asks for.`;
  return `${gaps} of ${total} inserted clause${total === 1 ? '' : 's'} ${gaps === 1 ? 'has' : 'have'} gaps.`;
}

function ClauseGaps({ clause, editor }: { clause: ClauseAssessment; editor: Editor | null }) {
  return (
    <li className="rounded-md border border-line p-2" data-testid="completeness-clause">
      <div className="flex items-start justify-between gap-2">
        <p className="text-sm font-medium">
          {clause.title}
          <span className="block text-xs font-normal text-muted">{provenanceLabel(clause)}</span>
        </p>
        {editor && (
          <button type="button" className="shrink-0 text-xs text-accent underline" onClick={() => goToClause(editor, clause.index)}>
            Go to clause
          </button>
        )}
      </div>
      {clause.gaps.length > 0 && (
        <>
          <p className="mt-2 text-xs font-medium">Not yet addressed</p>
          <ul className="ml-4 list-disc text-xs">
            {clause.gaps.map((gap) => (
              <li key={gap.item}>
                <span className="font-medium">{gap.label}</span>: {gap.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {clause.placeholders.length > 0 && (
        <p className="mt-2 text-xs">
          <span className="font-medium">Fields to fill:</span> {clause.placeholders.map((p) => `{${p}}`).join(', ')}
        </p>
      )}
    </li>
  );
}

/**
 * For each inserted clause: which checklist items the current text does not address yet and which
 * fields remain, with a document-level summary. Heuristics are explained in each line.
 */
export function CompletenessPanel({ editor, partyNames }: CompletenessPanelProps) {
  const assessment = useDocumentAssessment(editor, partyNames);
  const total = assessment?.clauses.length ?? 0;
  const gaps = assessment?.withGaps ?? [];
  return (
    <section aria-labelledby="completeness-title" className="rounded-lg border border-line bg-white p-3">
      <h2 id="completeness-title" className="text-base font-semibold">Completeness</h2>
      <p role="status" aria-live="polite" className="mt-1 text-sm text-muted">
        {assessment ? summaryLine(total, gaps.length) : 'Checking the document…'}
      </p>
      {gaps.length > 0 && (
        <ul className="mt-2 space-y-2" aria-label="Clauses with gaps">
          {gaps.map((c) => (
            <ClauseGaps key={`${c.index}-${c.clauseId}`} clause={c} editor={editor} />
          ))}
        </ul>
      )}
      <p className="mt-2 text-xs text-muted">Checks look for words such as dates, named bodies, “verify” or “fund”; they point at gaps, they do not judge the text.</p>
    </section>
  );
}
