'use client';

import type { Editor } from '@tiptap/core';
import { useLocale, useTranslations } from 'next-intl';
import { languageDirection } from '@/lib/i18n/locales';
import { isMediatorsText } from '@/lib/editor/mediators-text';
import { CLAUSE_BLOCK } from '@/lib/editor/node-names';
import type { ClauseAssessment, ClauseIssue } from '@/lib/clauses/completeness';
import { useDocumentAssessment } from './use-document-assessment';
import { useFindingText } from './use-finding-text';

export interface CompletenessPanelProps {
  editor: Editor | null;
  /** Names and short names of the parties: naming one counts as naming a Party. */
  partyNames: readonly string[];
}

/** Moves the cursor into the n-th clause block of the document. */
function goToClause(editor: Editor, index: number) {
  let seen = -1;
  let target: number | null = null;
  editor.state.doc.descendants((node, pos) => {
    if (target !== null) return false;
    if (node.type.name === CLAUSE_BLOCK && ++seen === index) target = pos + 2;
    return true;
  });
  if (target !== null) editor.chain().focus().setTextSelection(target).scrollIntoView().run();
}

function summaryLine(t: ReturnType<typeof useTranslations<'completeness'>>, total: number, gaps: number, blocking: number): string {
  if (total === 0) return t('none');
  const lead = blocking > 0 ? t('blocking', { count: blocking }) : '';
  if (gaps === 0) return t('allGood', { total });
  return lead + (gaps === 1 ? t('gapsOne', { total }) : t('gapsMany', { gaps, total }));
}

/** Where a clause came from, in the reader's language (the block's label is "Library · id v3 · standard"). */
function provenance(t: ReturnType<typeof useTranslations<'completeness'>>, tv: ReturnType<typeof useTranslations<'clausePanel'>>, clause: ClauseAssessment): string {
  const version = Number(clause.version ?? 1) || 1;
  if (isMediatorsText(clause)) return t('provenanceMediator', { version });
  const variant = String(clause.variant ?? '');
  const variants: Record<string, string> = { maximal: tv('variant_maximal'), standard: tv('variant_standard'), fallback: tv('variant_fallback') };
  return t('provenanceLibrary', { clause: String(clause.clauseId ?? ''), version, variant: variants[variant] ?? variant });
}

const TONE: Record<ClauseIssue['severity'], string> = {
  blocking: 'border-red-700 bg-red-50 text-red-900',
  warning: 'border-amber-500 bg-amber-50 text-amber-950',
  info: 'border-slate-400 bg-slate-50 text-slate-800',
};

function ClauseGaps({ clause, editor }: { clause: ClauseAssessment; editor: Editor | null }) {
  const t = useTranslations('completeness');
  const tv = useTranslations('clausePanel');
  const say = useFindingText();
  const locale = useLocale();
  return (
    <li className="rounded-md border border-line p-2" data-testid="completeness-clause">
      <div className="flex items-start justify-between gap-2">
        <p className="text-sm font-medium">
          {/* The title stored on the block is the draft's own words (as inserted), never translated. */}
          <bdi>{clause.title}</bdi>
          <span className="block text-xs font-normal text-muted">{provenance(t, tv, clause)}</span>
        </p>
        {editor && (
          <button type="button" className="shrink-0 text-xs text-accent underline" onClick={() => goToClause(editor, clause.index)}>
            {t('goTo')}
          </button>
        )}
      </div>
      <ul className="mt-2 space-y-1 text-xs">
        {clause.issues.map((issue) => {
          const { text, lang } = say(issue.finding);
          return (
            <li key={`${issue.code}-${issue.message}`} className={`rounded border-s-4 px-2 py-1 ${TONE[issue.severity]}`} data-testid="completeness-finding">
              <span className="font-semibold">{t(`severity_${issue.severity}`)}: </span>
              {lang === locale ? text : <span lang={lang} dir={languageDirection(lang)}>{text}</span>}
            </li>
          );
        })}
      </ul>
    </li>
  );
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
      <h2 id="completeness-title" className="text-base font-semibold">{t('title')}</h2>
      <p role="status" aria-live="polite" className="mt-1 text-sm text-muted">
        {assessment ? summaryLine(t, total, gaps.length, assessment.blockingCount) : t('checking')}
      </p>
      {gaps.length > 0 && (
        <ul className="mt-2 space-y-2" aria-label={t('withGaps')}>
          {gaps.map((c) => (
            <ClauseGaps key={`${c.index}-${c.clauseId}`} clause={c} editor={editor} />
          ))}
        </ul>
      )}
      <p className="mt-2 text-xs text-muted">
        {t('footer')}
      </p>
    </section>
  );
}
