'use client';

import type { Editor } from '@tiptap/core';
import { ClauseLibraryPanel } from './clause-library-panel';
import { CompletenessPanel } from './completeness-panel';

export interface ClauseSidebarProps {
  editor: Editor | null;
  documentId: string;
  /** The negotiation's parties by position (first = {PARTY_A}, second = {PARTY_B}). */
  parties: readonly { name: string; shortName?: string }[];
}

/** The clause tools beside the editor: the library panel and the completeness check. */
export function ClauseSidebar({ editor, documentId, parties }: ClauseSidebarProps) {
  const partyNames = parties.flatMap((p) => [p.name, p.shortName ?? '']).filter(Boolean);
  return (
    <aside aria-label="Clause tools" className="space-y-4">
      <ClauseLibraryPanel editor={editor} documentId={documentId} parties={parties} />
      <CompletenessPanel editor={editor} partyNames={partyNames} />
    </aside>
  );
}
