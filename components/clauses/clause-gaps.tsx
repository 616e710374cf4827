'use client';

import type { Editor } from '@tiptap/core';
import { useLocale, useTranslations } from 'next-intl';
import { languageDirection } from '@/lib/i18n/locales';
import { isMediatorsText } from '@/lib/editor/mediators-text';
import { CLAUSE_BLOCK } from '@/lib/editor/node-names';
import type { ClauseAssessment, ClauseIssue } from '@/lib/clauses/completeness';
import { useFindingText } from './use-finding-text';

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

/** Where a clause came from, in the reader's language (the block's label is "Library · id v3 · standard"). */
function provenance(
  t: ReturnType<typeof useTranslations<'completeness'>>,
  tv: ReturnType<typeof useTranslations<'clausePanel'>>,
  clause: ClauseAssessment,
): string {
  const version = Number(clause.version ?? 1) || 1;
  if (isMediatorsText(clause)) return t('provenanceMediator', { version });
  const variant = String(clause.variant ?? '');
  const variants: Record<string, string> = {
    maximal: tv('variant_maximal'),
    standard: tv('variant_standard'),
    fallback: tv('variant_fallback'),
  };
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
            <li
              key={`${issue.code}-${issue.message}`}
              className={`rounded border-s-4 px-2 py-1 ${TONE[issue.severity]}`}
              data-testid="completeness-finding"
            >
              <span className="font-semibold">{t(`severity_${issue.severity}`)}: </span>
              {lang === locale ? (
                text
              ) : (
                <span lang={lang} dir={languageDirection(lang)}>
                  {text}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </li>
  );
}

/** The clauses with findings, each with what was found and a way to it (CompletenessPanel loads this when there are any). */
export function ClauseGapsList({ gaps, editor }: { gaps: readonly ClauseAssessment[]; editor: Editor | null }) {
  const t = useTranslations('completeness');
  return (
    <ul className="mt-2 space-y-2" aria-label={t('withGaps')}>
      {gaps.map((c) => (
        <ClauseGaps key={`${c.index}-${c.clauseId}`} clause={c} editor={editor} />
      ))}
    </ul>
  );
}
