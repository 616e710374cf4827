'use client';

import type { Editor } from '@tiptap/core';
import { useEffect, useMemo, useState } from 'react';
import type { PmNode } from '@/lib/clauses/clause-to-doc';
import { assessDocument, findClauseBlocks, type DocumentAssessment } from '@/lib/clauses/completeness';
import { loadClause } from './clause-api';

/** Re-assesses the document's clause blocks shortly after every local or remote change. */
export function useDocumentAssessment(editor: Editor | null, partyNames: readonly string[]): DocumentAssessment | null {
  const [doc, setDoc] = useState<PmNode | null>(null);
  const [checklists, setChecklists] = useState<Record<string, string[]>>({});

  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      clearTimeout(timer);
      timer = setTimeout(() => !editor.isDestroyed && setDoc(editor.getJSON() as PmNode), 250);
    };
    read();
    editor.on('update', read);
    return () => {
      clearTimeout(timer);
      editor.off('update', read);
    };
  }, [editor]);

  const idsKey = useMemo(() => (doc ? [...new Set(findClauseBlocks(doc).map((b) => String(b.attrs?.clauseId ?? '')))].sort().join(',') : ''), [doc]);

  useEffect(() => {
    const missing = idsKey.split(',').filter((id) => id && !(id in checklists));
    if (missing.length === 0) return;
    let cancelled = false;
    Promise.all(missing.map(async (id) => [id, (await loadClause(id))?.checklist ?? []] as const)).then((entries) => {
      if (!cancelled) setChecklists((prev) => ({ ...prev, ...Object.fromEntries(entries) }));
    });
    return () => {
      cancelled = true;
    };
  }, [idsKey, checklists]);

  const namesKey = partyNames.join('\u0000');
  return useMemo(() => (doc ? assessDocument(doc, checklists, { partyNames: namesKey.split('\u0000') }) : null), [doc, checklists, namesKey]);
}
