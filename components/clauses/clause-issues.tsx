'use client';

import type { Editor } from '@tiptap/core';
import { useEffect } from 'react';
import { clauseIssuesKey, clauseIssuesPlugin } from '@/lib/editor/clause-issues';
import { useDocumentAssessment } from './use-document-assessment';

/**
 * Keeps the checks shown at each inserted clause in step with the draft: blocking findings in red
 * at the top of the clause, visible whichever side tab is open. Renders nothing itself.
 */
export function ClauseIssues({ editor, partyNames }: { editor: Editor; partyNames: readonly string[] }) {
  const assessment = useDocumentAssessment(editor, partyNames);

  useEffect(() => {
    if (editor.isDestroyed) return;
    editor.registerPlugin(clauseIssuesPlugin());
    return () => {
      if (!editor.isDestroyed) editor.unregisterPlugin(clauseIssuesKey);
    };
  }, [editor]);

  useEffect(() => {
    if (editor.isDestroyed || !assessment) return;
    const byBlock = assessment.clauses.map((c) => c.issues.map(({ severity, kind, message }) => ({ severity, kind, message })));
    editor.view.dispatch(editor.state.tr.setMeta(clauseIssuesKey, byBlock).setMeta('addToHistory', false));
  }, [editor, assessment]);

  return null;
}
