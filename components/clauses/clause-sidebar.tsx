'use client';

import type { Editor } from '@tiptap/core';
import { useTranslations } from 'next-intl';
import type { DayZero, SignatoryRole } from '@/lib/negotiations/terms';
import { ClauseLibraryPanel } from './clause-library-panel';
import { CompletenessPanel } from './completeness-panel';

export interface ClauseSidebarProps {
  editor: Editor | null;
  documentId: string;
  /** The negotiation's parties with their roles: roles, not positions, fill {GOVERNMENT}, {MOVEMENT} … */
  parties: readonly { name: string; shortName?: string; role: SignatoryRole }[];
  /** The event deadlines run from ({DAY_ZERO}). */
  dayZero: DayZero;
}

/** The clause tools beside the editor: the library panel and the completeness check. */
export function ClauseSidebar({ editor, documentId, parties, dayZero }: ClauseSidebarProps) {
  const t = useTranslations('clausePanel');
  const partyNames = parties.flatMap((p) => [p.name, p.shortName ?? '']).filter(Boolean);
  return (
    <aside aria-label={t('tools')} className="space-y-4">
      <ClauseLibraryPanel editor={editor} documentId={documentId} context={{ parties, dayZero }} />
      <CompletenessPanel editor={editor} partyNames={partyNames} />
    </aside>
  );
}
