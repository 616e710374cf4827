'use client';

import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import { ensureParagraphUid } from './ensure-paragraph-uid';
import { logAct } from './log-act';

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

/** Bracket disputed text for one's party, clean brackets, and propose an alternative paragraph. */
export function DraftingToolbar({ editor, documentId, me, canBracket, canClean, suggestOnly, onMessage }: DraftingToolbarProps) {
  const [altOpen, setAltOpen] = useState(false);
  const [altText, setAltText] = useState('');

  async function bracket() {
    const { from, to, empty } = editor.state.selection;
    if (empty) return onMessage('Select the words you contest, then choose Bracket.');
    const text = editor.state.doc.textBetween(from, to, ' ');
    editor.chain().focus().setBracket({ partyId: me.partyId ?? '', partyShort: me.partyShort, userId: me.userId }).run();
    onMessage((await logAct(documentId, 'bracket.place', { text: text.slice(0, 500), partyId: me.partyId })) ?? `Bracketed “${text.slice(0, 60)}” for ${me.partyShort}.`);
  }

  async function clean() {
    const { from, to } = editor.state.selection;
    const text = editor.state.doc.textBetween(from, to, ' ');
    // A delegation lifts only its own brackets (the server refuses the rest); say so before trying.
    const foreign = new Set<string>();
    editor.state.doc.nodesBetween(from, to, (node) => {
      for (const m of node.marks) if (m.type.name === 'bracket' && me.partyId && m.attrs.partyId !== me.partyId) foreign.add(String(m.attrs.partyShort || 'another party'));
    });
    if (foreign.size > 0) return onMessage(`Only ${[...foreign].join(' and ')} or the mediator can remove ${foreign.size === 1 ? 'that bracket' : 'those brackets'}. Propose an alternative wording instead.`);
    editor.chain().focus().unsetBracket().run();
    onMessage((await logAct(documentId, 'bracket.clean', { text: text.slice(0, 500) })) ?? 'Brackets removed from the selection.');
  }

  async function proposeAlt(e: React.FormEvent) {
    e.preventDefault();
    if (!ensureParagraphUid(editor)) return onMessage('Place the cursor in the paragraph you want an alternative for.');
    const ok = editor
      .chain()
      .focus()
      .proposeAlternative({ text: altText, party: { id: me.partyId, shortName: me.partyShort }, suggestAs: suggestOnly ? { userId: me.userId, partyId: me.partyId } : null })
      .run();
    if (!ok) return onMessage('Place the cursor in the paragraph you want an alternative for.');
    setAltOpen(false);
    setAltText('');
    onMessage((await logAct(documentId, 'alternative.propose', { text: altText.slice(0, 500), partyId: me.partyId })) ?? `Alternative proposed for ${me.partyShort}.`);
  }

  if (!canBracket && !canClean) return null;
  const button = 'rounded-md border border-line bg-white px-2.5 py-1 text-sm hover:bg-accent-soft focus-visible:outline-2';
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Negotiation drafting">
      {canBracket && (
        <button type="button" className={button} onClick={() => void bracket()} title="Mark the selected text as not agreed, on behalf of your party">
          {/* The brackets are a picture of the act; the button's name is the word. */}
          <span aria-hidden="true">[ ]</span> Bracket
        </button>
      )}
      {canClean && (
        <button type="button" className={button} onClick={() => void clean()}>
          Remove bracket
        </button>
      )}
      {canBracket && (
        <button type="button" className={button} aria-expanded={altOpen} onClick={() => setAltOpen((v) => !v)}>
          Propose alternative
        </button>
      )}
      {altOpen && (
        <form onSubmit={proposeAlt} className="flex w-full gap-2">
          <label htmlFor="alt-text" className="sr-only">Text of the alternative</label>
          <input id="alt-text" autoFocus value={altText} onChange={(e) => setAltText(e.target.value)} maxLength={2000} placeholder="Your wording for this paragraph" className="min-w-0 flex-1 rounded-md border border-gray-400 px-2 py-1 text-sm" />
          <button type="submit" disabled={!altText.trim()} className="rounded-md bg-accent px-3 py-1 text-sm font-medium text-white disabled:opacity-50">Add</button>
        </form>
      )}
    </div>
  );
}
