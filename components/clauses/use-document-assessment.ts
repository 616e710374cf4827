'use client';

import type { Editor } from '@tiptap/core';
import { useEffect, useMemo, useState } from 'react';
import type { PmNode } from '@/lib/clauses/clause-to-doc';
import type { DocumentAssessment } from '@/lib/clauses/completeness';
import { findClauseBlocks } from '@/lib/clauses/find-clause-blocks';
import type { Clause } from '@/lib/clauses/schema';
import { libraryClauseId } from '@/lib/editor/mediators-text';
import { loadClause } from './clause-api';

/**
 * Re-assesses the document's clause blocks shortly after every local or remote change, with the
 * library entries of the clauses in the draft and of the clauses they rely on.
 */
export function useDocumentAssessment(editor: Editor | null, partyNames: readonly string[]): DocumentAssessment | null {
  const [doc, setDoc] = useState<PmNode | null>(null);
  const [library, setLibrary] = useState<Record<string, Clause | undefined>>({});

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

  const idsKey = useMemo(
    () => (doc ? [...new Set(findClauseBlocks(doc).flatMap((b) => libraryClauseId(b.attrs) ?? []))].sort().join(',') : ''),
    [doc],
  );

  useEffect(() => {
    const wanted = new Set(idsKey.split(',').filter(Boolean));
    for (const id of [...wanted]) for (const required of library[id]?.requires ?? []) wanted.add(required);
    const missing = [...wanted].filter((id) => !(id in library));
    if (missing.length === 0) return;
    let cancelled = false;
    Promise.all(missing.map(async (id) => [id, (await loadClause(id)) ?? undefined] as const)).then((entries) => {
      if (!cancelled) setLibrary((prev) => ({ ...prev, ...Object.fromEntries(entries) }));
    });
    return () => {
      cancelled = true;
    };
  }, [idsKey, library]);

  // The checks engine (~17 kB gzipped) loads only once the draft holds a library clause.
  const engine = useChecksEngine(idsKey !== '');
  const namesKey = partyNames.join('\u0000');
  return useMemo(() => {
    if (!doc) return null;
    if (idsKey === '') return NO_CLAUSES;
    return engine ? engine.assessDocument(doc, library, { partyNames: namesKey.split('\u0000') }) : null;
  }, [doc, idsKey, engine, library, namesKey]);
}

type Engine = typeof import('@/lib/clauses/completeness');
const NO_CLAUSES: DocumentAssessment = { clauses: [], withGaps: [], blockingCount: 0 };

function useChecksEngine(wanted: boolean): Engine | null {
  const [engine, setEngine] = useState<Engine | null>(null);
  useEffect(() => {
    if (wanted && !engine) void import('@/lib/clauses/completeness').then(setEngine);
  }, [wanted, engine]);
  return engine;
}
