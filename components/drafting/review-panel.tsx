'use client';

import type { Editor } from '@tiptap/core';
import { useEditorState } from '@/components/editor/editor-binding';
import { useTranslations } from 'next-intl';
import { applySuggestion, revertSuggestion } from '@handlewithcare/prosemirror-suggest-changes';
import { fetchJson } from '@/components/ui/fetch-json';
import { collectAlternatives, collectSuggestions, type SuggestionItem } from './collect';
import { logAct } from './log-act';

export interface ReviewParty {
  id: string;
  shortName: string;
  color: string;
}

export interface ReviewPanelProps {
  editor: Editor;
  documentId: string;
  parties: ReviewParty[];
  canReview: boolean;
  canCollapse: boolean;
  onMessage: (message: string) => void;
}

/** Suggestions (accept/reject one by one or all from a party) and alternatives (keep one). */
export function ReviewPanel({ editor, documentId, parties, canReview, canCollapse, onMessage }: ReviewPanelProps) {
  const t = useTranslations('review');
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({ suggestions: collectSuggestions(e.state.doc), alternatives: collectAlternatives(e.state.doc) }),
  });
  const partyOf = (id: string | null) => parties.find((p) => p.id === id);
  const label = (s: SuggestionItem) => partyOf(s.partyId)?.shortName ?? t('mediation');

  async function decide(items: SuggestionItem[], accept: boolean) {
    for (const s of items) (accept ? applySuggestion : revertSuggestion)(s.id)(editor.state, editor.view.dispatch);
    const who = items.length === 1 ? label(items[0]!) : t('nSuggestions', { count: items.length });
    onMessage(
      (await logAct(documentId, accept ? 'suggestion.accept' : 'suggestion.reject', {
        suggestionId: items[0]?.id,
        partyId: items[0]?.partyId ?? null,
        count: items.length,
        text: (items[0]?.inserted || items[0]?.deleted || '').slice(0, 500),
      })) ?? t(accept ? 'accepted' : 'rejected', { who }),
    );
  }

  /**
   * The server collapses and logs in one step (lib/drafting/collapse-alternatives.ts): the mediator
   * may collapse in every style, but in the facilitative one their socket is read-only, so an edit
   * made here was dropped while the audit trail said it happened. Everyone sees the result live.
   */
  async function collapse(group: string, keep: string) {
    const res = await fetchJson<{ kept: string }>(`/api/documents/${encodeURIComponent(documentId)}/alternatives`, 'POST', { group, keep });
    onMessage(res.ok ? t('kept', { label: keep }) : res.error);
  }

  const byParty = new Map<string, SuggestionItem[]>();
  for (const s of state.suggestions) byParty.set(s.partyId ?? 'none', [...(byParty.get(s.partyId ?? 'none') ?? []), s]);
  return (
    <div className="space-y-5 text-sm">
      <section aria-labelledby="suggestions-heading">
        <h3 id="suggestions-heading" className="font-semibold">
          {t('suggestions')}
        </h3>
        {state.suggestions.length === 0 ? (
          <p className="mt-1 text-muted">{t('noSuggestions')}</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {state.suggestions.map((s) => (
              <li
                key={s.id}
                className="rounded-md border border-line bg-white p-2"
                style={{ borderInlineStart: `4px solid ${partyOf(s.partyId)?.color ?? '#0f766e'}` }}
              >
                <p className="text-xs font-medium text-muted">{label(s)}</p>
                <p>
                  {s.deleted && <del className="bg-red-100 text-red-900">{s.deleted}</del>}{' '}
                  {s.inserted && <ins className="bg-green-100 text-green-900">{s.inserted}</ins>}
                </p>
                {canReview && (
                  <p className="mt-1 flex gap-2">
                    <button
                      type="button"
                      className="rounded border border-green-700 px-2 py-0.5 text-green-800"
                      onClick={() => void decide([s], true)}
                      aria-label={t('acceptBy', { party: label(s) })}
                    >
                      {t('accept')}
                    </button>
                    <button
                      type="button"
                      className="rounded border border-red-700 px-2 py-0.5 text-red-800"
                      onClick={() => void decide([s], false)}
                      aria-label={t('rejectBy', { party: label(s) })}
                    >
                      {t('reject')}
                    </button>
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
        {canReview && byParty.size > 1 && (
          <p className="mt-2 flex flex-wrap gap-2">
            {[...byParty.entries()].map(([party, items]) => (
              <button key={party} type="button" className="rounded border border-line px-2 py-0.5" onClick={() => void decide(items, true)}>
                {t('acceptAll', { party: label(items[0]!) })}
              </button>
            ))}
          </p>
        )}
      </section>
      <section aria-labelledby="alternatives-heading">
        <h3 id="alternatives-heading" className="font-semibold">
          {t('alternatives')}
        </h3>
        {state.alternatives.length === 0 ? (
          <p className="mt-1 text-muted">{t('noAlternatives')}</p>
        ) : (
          state.alternatives.map((g) => (
            <ul key={g.group} className="mt-2 space-y-1 rounded-md border border-line bg-white p-2">
              {g.members.map((m) => (
                <li key={m.label} className="flex items-start justify-between gap-2">
                  <span>
                    <span className="font-medium">
                      {m.label}
                      {m.partyShort ? ` (${m.partyShort})` : ''}:
                    </span>{' '}
                    {m.text}
                  </span>
                  {canCollapse && (
                    <button
                      type="button"
                      className="shrink-0 rounded border border-accent px-2 py-0.5 text-accent"
                      onClick={() => void collapse(g.group, m.label)}
                    >
                      {t('keep', { label: m.label })}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          ))
        )}
      </section>
    </div>
  );
}
