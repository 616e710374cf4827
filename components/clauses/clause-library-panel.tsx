'use client';

import type { Editor } from '@tiptap/core';
import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { negotiationValues, unfilledRoles, type NegotiationContext } from '@/lib/clauses/placeholders';
import { variantText, type ClauseVariant } from '@/lib/clauses/clause-terms';
import { fetchJson } from '@/components/ui/fetch-json';
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
const loading = () => <p className="text-sm text-muted">Loading…</p>;
const ClauseDetails = dynamic(() => import('./clause-details').then((m) => m.ClauseDetails), { loading });
const VariantPreview = dynamic(() => import('./variant-preview').then((m) => m.VariantPreview), { loading });
const InsertAction = dynamic(() => import('./insert-action').then((m) => m.InsertAction));
const loadInsertion = () => Promise.all([import('@/lib/clauses/clause-to-doc'), import('@/lib/editor/insert-clause')]);

export interface ClauseLibraryPanelProps {
  /** The Tiptap editor of the open document (null until it is ready). */
  editor: Editor | null;
  documentId: string;
  /** The parties with their roles and the negotiation's day zero, which fill the role placeholders. */
  context: NegotiationContext;
}

/** The library beside the editor: search, preview the variants, insert one at the cursor. */
export function ClauseLibraryPanel({ editor, documentId, context }: ClauseLibraryPanelProps) {
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
      if (res.ok) setFacets({ topics: res.data.tree?.map((t) => ({ value: t.topic, label: t.label })), paxCodes: res.data.paxCodes ?? [], tags: res.data.tags ?? [] });
    });
  }, []);

  const insert = async (variant: ClauseVariant) => {
    if (!editor || !clause) return;
    const [{ clauseToNode }, { insertClauseAtCursor }] = await loadInsertion();
    const ok = insertClauseAtCursor(editor, clauseToNode(clause, variant, context));
    const missing = unfilledRoles(variantText(clause, variant), context).map((u) => `{${u.name}}`);
    const roleNote = missing.length ? ` ${missing.join(', ')} stayed a field: no party here has that role.` : '';
    setStatus(ok ? `Inserted “${clause.title}” (${variant}) at the cursor. Press Tab to move between the fields still to fill.${roleNote}` : 'The clause could not be inserted here.');
  };

  const offer = async (variant: ClauseVariant) => {
    if (!clause || !permission) return;
    const res = await fetchJson(`/api/negotiations/${permission.negotiationId}/clause-offers`, 'POST', { documentId, clauseId: clause.id, variant });
    setStatus(res.ok ? `Offered “${clause.title}” (${variant}) to the parties; it appears in the negotiation’s activity.` : res.error);
  };

  return (
    <section aria-labelledby="clause-panel-title" className="space-y-3 rounded-lg border border-line bg-white p-3">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="clause-panel-title" className="text-base font-semibold">Clause library</h2>
        <a href="/clauses" target="_blank" rel="noopener" className="text-xs text-accent underline">Open full library</a>
      </div>
      <p className="text-xs text-muted" data-testid="clause-fill-context">
        Fills {Object.entries(values).filter(([k]) => k !== 'DAY_ZERO').map(([k, v]) => `{${k}} with ${v}`).join('; ') || 'no role: no party has a role yet'}. Deadlines run from {values.DAY_ZERO ?? 'a day zero still to choose'}.
      </p>
      {permission?.decision === 'deny' && <p className="text-xs text-muted">Your role can read the library here but not insert clauses.</p>}
      <ClauseSearchForm filters={filters} onChange={setFilters} facets={facets} compact />
      <p role="status" aria-live="polite" className="text-sm text-emerald-900">{status}</p>
      {clause ? (
        <div className="space-y-3" data-testid="clause-preview">
          <div className="flex items-start justify-between gap-2">
            <h3 className="text-sm font-semibold">{clause.title}</h3>
            <button type="button" className={ui.buttonSecondary} onClick={() => setSelectedId(null)}>Back to results</button>
          </div>
          <ClauseDetails clause={clause} compact />
          <a href={`/clauses?clause=${clause.id}`} target="_blank" rel="noopener" className="text-xs text-accent underline">Compare variants side by side</a>
          <VariantPreview
            clause={clause}
            values={values}
            context={context}
            layout="stack"
            action={(variant) => <InsertAction variant={variant} permission={permission} editable={editable} onInsert={insert} onOffer={offer} />}
          />
        </div>
      ) : (
        <ClauseResultList {...search} selectedId={selectedId} onSelect={setSelectedId} />
      )}
    </section>
  );
}
