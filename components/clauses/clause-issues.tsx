'use client';

import type { Editor } from '@tiptap/core';
import { useEffect } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { clauseIssuesKey, clauseIssuesPlugin, type IssueLabels, type IssuesMeta, type ShownIssue } from '@/lib/editor/clause-issues';
import { useDocumentAssessment } from './use-document-assessment';
import { useFindingText } from './use-finding-text';

/**
 * Keeps the checks shown at each inserted clause in step with the draft, in the reader's language:
 * blocking findings in red at the top of the clause, visible whichever side tab is open. Renders
 * nothing itself.
 */
export function ClauseIssues({ editor, partyNames }: { editor: Editor; partyNames: readonly string[] }) {
  const assessment = useDocumentAssessment(editor, partyNames);
  const say = useFindingText();
  const locale = useLocale();
  const t = useTranslations('findings.inDraft');

  useEffect(() => {
    if (editor.isDestroyed) return;
    editor.registerPlugin(clauseIssuesPlugin());
    return () => {
      if (!editor.isDestroyed) editor.unregisterPlugin(clauseIssuesKey);
    };
  }, [editor]);

  useEffect(() => {
    if (editor.isDestroyed || !assessment) return;
    const byBlock = assessment.clauses.map((c) =>
      c.issues.map(({ severity, kind, finding }): ShownIssue => {
        const { text, lang } = say(finding);
        return { severity, kind, message: text, ...(lang !== locale ? { lang } : {}) };
      }),
    );
    const labels: IssueLabels = {
      region: t('label'),
      blocking: t('blocking'),
      weakens: t('weakens'),
      gaps: (count) => t('gaps', { count }),
      fields: t('fields'),
    };
    let live = true; // a newer assessment replaces this one, even one whose panel code is still loading
    const send = (render?: IssuesMeta['render']) => {
      if (!live || editor.isDestroyed) return;
      const meta: IssuesMeta = { byBlock, labels, render };
      editor.view.dispatch(editor.state.tr.setMeta(clauseIssuesKey, meta).setMeta('addToHistory', false));
    };
    if (byBlock.some((issues) => issues.length > 0)) {
      import('@/lib/editor/clause-issues-view').then(
        (m) => send(m.renderIssues),
        (e: unknown) => console.warn('the checks at the clauses could not be shown', e),
      );
    } else send();
    return () => {
      live = false;
    };
  }, [editor, assessment, say, locale, t]);

  return null;
}
