'use client';

import type { Editor } from '@tiptap/core';
import { useTranslations } from 'next-intl';
import { useState } from 'react';

export interface DraftingMe {
  userId: string;
  partyId: string | null;
  partyShort: string;
}

export interface DraftingToolbarProps {
  editor: Editor;
  documentId: string;
  me: DraftingMe;
  /** From the server's matrix decisions for this person, style and document. */
  canBracket: boolean;
  canClean: boolean;
  /** Edits by this person are recorded as suggestions. */
  suggestOnly: boolean;
  onMessage: (message: string) => void;
}

// An act's helpers load with the first act: the toolbar is on every writable draft
// (tests/e2e/editor-bundle.spec.ts), acts come later.
const logAct: typeof import('./log-act').logAct = async (...args) => (await import('./log-act')).logAct(...args);
const loadEnsureParagraphUid = () => import('./ensure-paragraph-uid').then((m) => m.ensureParagraphUid);

/** Bracket disputed text for one's party, clean brackets, and propose an alternative paragraph. */
export function DraftingToolbar({ editor, documentId, me, canBracket, canClean, suggestOnly, onMessage }: DraftingToolbarProps) {
  const t = useTranslations('drafting');
  const [altOpen, setAltOpen] = useState(false);
  const [altText, setAltText] = useState('');

  async function bracket() {
    const { from, to, empty } = editor.state.selection;
    if (empty) return onMessage(t('selectFirst'));
    const text = editor.state.doc.textBetween(from, to, ' ');
    editor
      .chain()
      .focus()
      .setBracket({ partyId: me.partyId ?? '', partyShort: me.partyShort, userId: me.userId })
      .run();
    onMessage(
      (await logAct(documentId, 'bracket.place', { text: text.slice(0, 500), partyId: me.partyId })) ??
        t('bracketed', { text: text.slice(0, 60), party: me.partyShort }),
    );
  }

  async function clean() {
    const { from, to } = editor.state.selection;
    const text = editor.state.doc.textBetween(from, to, ' ');
    // A delegation lifts only its own brackets (the server refuses the rest); say so before trying.
    const foreign = new Set<string>();
    editor.state.doc.nodesBetween(from, to, (node) => {
      for (const m of node.marks)
        if (m.type.name === 'bracket' && me.partyId && m.attrs.partyId !== me.partyId)
          foreign.add(String(m.attrs.partyShort || t('anotherParty')));
    });
    if (foreign.size > 0)
      return onMessage(t(foreign.size === 1 ? 'foreignBracket' : 'foreignBrackets', { parties: [...foreign].join(t('and')) }));
    editor.chain().focus().unsetBracket().run();
    onMessage((await logAct(documentId, 'bracket.clean', { text: text.slice(0, 500) })) ?? t('bracketsRemoved'));
  }

  async function proposeAlt(e: React.FormEvent) {
    e.preventDefault();
    const ensureParagraphUid = await loadEnsureParagraphUid();
    if (!ensureParagraphUid(editor)) return onMessage(t('placeCursor'));
    const ok = editor
      .chain()
      .focus()
      .proposeAlternative({
        text: altText,
        party: { id: me.partyId, shortName: me.partyShort },
        suggestAs: suggestOnly ? { userId: me.userId, partyId: me.partyId } : null,
      })
      .run();
    if (!ok) return onMessage(t('placeCursor'));
    setAltOpen(false);
    setAltText('');
    onMessage(
      (await logAct(documentId, 'alternative.propose', { text: altText.slice(0, 500), partyId: me.partyId })) ??
        t('altProposed', { party: me.partyShort }),
    );
  }

  if (!canBracket && !canClean) return null;
  const button = 'rounded-md border border-line bg-white px-2.5 py-1 text-sm hover:bg-accent-soft focus-visible:outline-2';
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t('group')}>
      {canBracket && (
        <button type="button" className={button} onClick={() => void bracket()} title={t('bracketTitle')}>
          {/* The brackets are a picture of the act; the button's name is the word. */}
          <span aria-hidden="true">[ ]</span> {t('bracket')}
        </button>
      )}
      {canClean && (
        <button type="button" className={button} onClick={() => void clean()}>
          {t('removeBracket')}
        </button>
      )}
      {canBracket && (
        <button type="button" className={button} aria-expanded={altOpen} onClick={() => setAltOpen((v) => !v)}>
          {t('proposeAlt')}
        </button>
      )}
      {altOpen && (
        <form onSubmit={proposeAlt} className="flex w-full gap-2">
          <label htmlFor="alt-text" className="sr-only">
            {t('altLabel')}
          </label>
          <input
            id="alt-text"
            autoFocus
            value={altText}
            onChange={(e) => setAltText(e.target.value)}
            maxLength={2000}
            placeholder={t('altPlaceholder')}
            className="min-w-0 flex-1 rounded-md border border-gray-400 px-2 py-1 text-sm"
          />
          <button
            type="submit"
            disabled={!altText.trim()}
            className="rounded-md bg-accent px-3 py-1 text-sm font-medium text-white disabled:opacity-50"
          >
            {t('add')}
          </button>
        </form>
      )}
    </div>
  );
}
