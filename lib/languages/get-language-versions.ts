import type { Db } from '@/db/client';
import { notFound } from '@/lib/access/errors';
import { can } from '@/lib/access/policy';
import { requireDocument } from '@/lib/access/scope';
import { stateToJson, type PmNode } from '@/lib/editor/to-json';
import { readClauseBlocks, readClauseNodes } from '@/lib/status/clause-blocks';
import { listParties, type PartyRef } from '@/lib/status/list-clause-statuses';
import { unsafeLoadStoredState } from '@/lib/versions/load-stored-state';
import { checkAlignment } from './check-alignment';
import { languageGroup } from './language-group';
import { listOutOfStep } from './list-out-of-step';

/** One language version of the draft: a column of the side-by-side view. */
export interface LanguageColumn {
  id: string;
  title: string;
  language: string | null;
  /** The original, or a version of equal force: a provision it lacks holds the package. */
  authentic: boolean;
}

/** One provision in one language: its blocks as written, or null when this text lacks it. */
export interface ProvisionCell {
  nodes: PmNode[] | null;
  /** ISO time a counterpart changed after this text was last aligned with it. */
  outOfStepSince: string | null;
}

/** One provision (a status board clause key) across every language version, in column order. */
export interface ProvisionRow {
  key: string;
  cells: ProvisionCell[];
}

export interface LanguageVersionsView {
  negotiationId: string;
  /** The original shared draft (first column). */
  original: LanguageColumn;
  columns: LanguageColumn[];
  rows: ProvisionRow[];
  parties: PartyRef[];
  /** Whether this reader may add a language version (matrix: document.create). */
  canAddVersion: boolean;
}

/**
 * The language versions of a shared draft side by side, provision by provision (the status
 * board's clause keys), with what is out of step and what a text lacks. Reading it first brings
 * the alignment up to date, as reading a status board does. Any member may read it: every text of
 * the group is a shared draft, readable by every member, so one check on the asked document
 * covers the others.
 * @throws AccessError 404 for non-members, unknown documents and anything but a shared draft.
 */
export async function getLanguageVersions(db: Db, userId: string, documentId: string): Promise<LanguageVersionsView> {
  const { document, negotiation, actor } = await requireDocument(db, userId, documentId);
  if (document.kind !== 'shared') throw notFound('Only a shared draft has language versions.');
  const group = await languageGroup(db, document);
  if (group.length > 1) await checkAlignment(db, document);
  const texts = await Promise.all(
    group.map(async (d) => {
      const json = stateToJson(await unsafeLoadStoredState(db, d.id));
      const nodes = readClauseNodes(json);
      return new Map(readClauseBlocks(json).map((b) => [b.key, nodes.get(b.key) ?? []]));
    }),
  );
  const since = new Map(
    (await listOutOfStep(db, { documentIds: group.map((d) => d.id) })).map((o) => [`${o.documentId}|${o.clauseKey}`, o.since]),
  );
  const keys = [...new Set(texts.flatMap((t) => [...t.keys()]))];
  const columns = group.map((d) => ({ id: d.id, title: d.title, language: d.language, authentic: d.authentic || d.versionOf === null }));
  const original = group[0]!;
  return {
    negotiationId: negotiation.id,
    original: columns[0]!,
    columns,
    rows: keys.map((key) => ({
      key,
      cells: group.map((d, i) => ({ nodes: texts[i]!.get(key) ?? null, outOfStepSince: since.get(`${d.id}|${key}`) ?? null })),
    })),
    parties: await listParties(db, negotiation.id),
    canAddVersion: can(actor, 'document.create', { style: negotiation.style, document: original }),
  };
}
