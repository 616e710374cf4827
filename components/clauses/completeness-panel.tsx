'use client';

import type { Editor } from '@tiptap/core';
import { useTranslations } from 'next-intl';
import { lazyComponent } from '@/components/ui/lazy-component';
import { useDocumentAssessment } from './use-document-assessment';

export interface CompletenessPanelProps {
  editor: Editor | null;
  /** Names and short names of the parties: naming one counts as naming a Party. */
  partyNames: readonly string[];
}

// The findings' list loads when there are findings: an opened draft without clauses (or without
// gaps) does not download it (tests/e2e/editor-bundle.spec.ts counts a fresh draft).
function ListLoading() {
  return <p className="mt-2 text-xs text-muted">{useTranslations('common')('loading')}</p>;
}
const ClauseGapsList = lazyComponent(() => import('./clause-gaps').then((m) => m.ClauseGapsList), <ListLoading />);

function summaryLine(t: ReturnType<typeof useTranslations<'completeness'>>, total: number, gaps: number, blocking: number): string {
  if (total === 0) return t('none');
  const lead = blocking > 0 ? t('blocking', { count: blocking }) : '';
  if (gaps === 0) return t('allGood', { total });
  return lead + (gaps === 1 ? t('gapsOne', { total }) : t('gapsMany', { gaps, total }));
}

/**
 * Each inserted clause with what its checks found: blocking problems first (international law),
 * then gaps in its checklist and document-level rules, then the fields left to fill. The same
 * findings appear at the clause in the draft.
 */
export function CompletenessPanel({ editor, partyNames }: CompletenessPanelProps) {
  const t = useTranslations('completeness');
  const assessment = useDocumentAssessment(editor, partyNames);
  const total = assessment?.clauses.length ?? 0;
  const gaps = assessment?.withGaps ?? [];
  return (
    <section aria-labelledby="completeness-title" className="rounded-lg border border-line bg-white p-3">
      <h2 id="completeness-title" className="text-base font-semibold">
        {t('title')}
      </h2>
      <p role="status" aria-live="polite" className="mt-1 text-sm text-muted">
        {assessment ? summaryLine(t, total, gaps.length, assessment.blockingCount) : t('checking')}
      </p>
      {gaps.length > 0 && <ClauseGapsList gaps={gaps} editor={editor} />}
      <p className="mt-2 text-xs text-muted">{t('footer')}</p>
    </section>
  );
}
