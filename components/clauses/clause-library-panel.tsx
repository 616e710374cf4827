'use client';

import type { Editor } from '@tiptap/core';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { negotiationValues, TRANSLATED_DAY_ZERO_PHRASES, type NegotiationContext } from '@/lib/clauses/negotiation-values';
import { variantText, type ClauseVariant } from '@/lib/clauses/clause-terms';
import { fetchJson } from '@/components/ui/fetch-json';
import { lazyComponent } from '@/components/ui/lazy-component';
import { ui } from '@/components/ui/styles';
import { searchClauses } from './clause-api';
import { ClauseResultList } from './clause-result-list';
import { ClauseSearchForm, type FacetOptions } from './clause-search-form';
import { EMPTY_FILTERS, useClauseSearch } from './use-clause-search';
import { useClause } from './use-clause';
import { useEditorEditable } from './use-editor-editable';
import { useInsertPermission } from './use-insert-permission';

// A clause's preview and its insertion load when a clause is opened, not with the editor (the
// mediator starts on this panel: tests/e2e/editor-bundle.spec.ts counts what the list needs).
function PreviewLoading() {
  return <p className="text-sm text-muted">{useTranslations('common')('loading')}</p>;
}
const ClauseDetails = lazyComponent(() => import('./clause-details').then((m) => m.ClauseDetails), <PreviewLoading />);
const VariantPreview = lazyComponent(() => import('./variant-preview').then((m) => m.VariantPreview), <PreviewLoading />);
const InsertAction = lazyComponent(() => import('./insert-action').then((m) => m.InsertAction));
const loadInsertion = () =>
  Promise.all([import('@/lib/clauses/clause-to-doc'), import('@/lib/editor/insert-clause'), import('@/lib/clauses/placeholders')]);

export interface ClauseLibraryPanelProps {
  /** The Tiptap editor of the open document (null until it is ready). */
  editor: Editor | null;
  documentId: string;
  /** The parties with their roles and the negotiation's day zero, which fill the role placeholders. */
  context: NegotiationContext;
}

/** The library beside the editor: search, preview the variants, insert one at the cursor. */
export function ClauseLibraryPanel({ editor, documentId, context }: ClauseLibraryPanelProps) {
  const t = useTranslations('clausePanel');
  const locale = useLocale();
  const tt = useTranslations('topics');
  const [filters, setFilters] = useState(EMPTY_FILTERS);
  const [facets, setFacets] = useState<FacetOptions>({ paxCodes: [], tags: [] });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const search = useClauseSearch(filters, 15);
  const { clause } = useClause(selectedId);
  const permission = useInsertPermission(documentId);
  const editable = useEditorEditable(editor);
  const values = negotiationValues(context);

  useEffect(() => {
    searchClauses(EMPTY_FILTERS, { facets: true, limit: 1 }).then((res) => {
      if (res.ok)
        setFacets({
          topics: res.data.tree?.map((x) => ({ value: x.topic, label: x.label })),
          paxCodes: res.data.paxCodes ?? [],
          tags: res.data.tags ?? [],
        });
    });
  }, []);

  const insert = async (variant: ClauseVariant) => {
    if (!editor || !clause) return;
    const [{ clauseToNode }, { insertClauseAtCursor }, { unfilledRoles }] = await loadInsertion();
    const ok = insertClauseAtCursor(editor, clauseToNode(clause, variant, context));
    const missing = unfilledRoles(variantText(clause, variant), context).map((u) => `{${u.name}}`);
    const roleNote = missing.length ? t('stayedField', { fields: missing.join(', ') }) : '';
    setStatus(ok ? t('inserted', { title: clause.title, variant: t(`variant_${variant}`) }) + roleNote : t('notInserted'));
  };

  const offer = async (variant: ClauseVariant) => {
    if (!clause || !permission) return;
    const res = await fetchJson(`/api/negotiations/${permission.negotiationId}/clause-offers`, 'POST', {
      documentId,
      clauseId: clause.id,
      variant,
    });
    setStatus(res.ok ? t('offered', { title: clause.title, variant: t(`variant_${variant}`) }) : res.error);
  };

  return (
    <section aria-labelledby="clause-panel-title" className="space-y-3 rounded-lg border border-line bg-white p-3">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="clause-panel-title" className="text-base font-semibold">
          {t('title')}
        </h2>
        <a href="/clauses" target="_blank" rel="noopener" className="text-xs text-accent underline">
          {t('openFull')}
        </a>
      </div>
      <p className="text-xs text-muted" data-testid="clause-fill-context">
        {t('fills', {
          list:
            Object.entries(values)
              .filter(([k]) => k !== 'DAY_ZERO')
              .map(([k, v]) => t('fillItem', { field: `{${k}}`, value: v }))
              .join('; ') || t('noRole'),
          // Said in the reader's language; the clause text itself is filled in its own.
          dayZero:
            (locale !== 'en' && context.dayZero ? TRANSLATED_DAY_ZERO_PHRASES[locale][context.dayZero] : values.DAY_ZERO) ?? t('noDayZero'),
        })}
      </p>
      {permission?.decision === 'deny' && <p className="text-xs text-muted">{t('readOnly')}</p>}
      <ClauseSearchForm
        filters={filters}
        onChange={setFilters}
        facets={{
          ...facets,
          topics: facets.topics?.map((x) => ({ ...x, label: tt.has(x.value as 'ceasefire') ? tt(x.value as 'ceasefire') : x.label })),
        }}
        compact
      />
      <p role="status" aria-live="polite" className="text-sm text-emerald-900">
        {status}
      </p>
      {clause ? (
        <div className="space-y-3" data-testid="clause-preview">
          <div className="flex items-start justify-between gap-2">
            <h3 className="text-sm font-semibold">{clause.title}</h3>
            <button type="button" className={ui.buttonSecondary} onClick={() => setSelectedId(null)}>
              {t('backToResults')}
            </button>
          </div>
          <ClauseDetails clause={clause} compact />
          <a href={`/clauses?clause=${clause.id}`} target="_blank" rel="noopener" className="text-xs text-accent underline">
            {t('compareSideBySide')}
          </a>
          <VariantPreview
            clause={clause}
            values={values}
            context={context}
            layout="stack"
            action={(variant) => (
              <InsertAction variant={variant} permission={permission} editable={editable} onInsert={insert} onOffer={offer} />
            )}
          />
        </div>
      ) : (
        <ClauseResultList {...search} selectedId={selectedId} onSelect={setSelectedId} />
      )}
    </section>
  );
}
