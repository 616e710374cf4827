import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, HeadingLevel } from 'docx';
import type { Db } from '@/db/client';
import { HttpError } from '@/lib/access/errors';
import { requireDocumentPermission } from '@/lib/access/require-permission';
import { requireDocument } from '@/lib/access/scope';
import { recordEvent } from '@/lib/audit/record-event';
import { stateToJson, type PmNode } from '@/lib/editor/to-json';
import { DOCX_NUMBERING, docxBlocks } from '@/lib/export/docx-blocks';
import type { RunContext } from '@/lib/export/docx-runs';
import { LOCALE_NAMES, isLocale, type Locale } from '@/lib/i18n/locales';
import { exportText, isRtlLocale } from '@/lib/export/export-text';
import { readClauseBlocks, readClauseNodes } from '@/lib/status/clause-blocks';
import { describePackage, getNegotiationPackage } from '@/lib/status/get-package-state';
import { listParties } from '@/lib/status/list-clause-statuses';
import { loadStoredState } from '@/lib/versions/load-stored-state';
import { languageGroup } from './language-group';

const nameOf = (lang: string | null) => (lang && isLocale(lang) ? LOCALE_NAMES[lang] : (lang ?? '—'));

/** A text's provisions (blocks by clause key, lists and alternatives with their paragraph) and its order: keys, or headings. */
function provisionsOf(doc: PmNode): { order: (string | PmNode)[]; byKey: Map<string, PmNode[]> } {
  const nodes = readClauseNodes(doc);
  const keys = new Set(readClauseBlocks(doc).map((b) => b.key));
  const byKey = new Map([...nodes].filter(([key]) => keys.has(key)));
  const order: (string | PmNode)[] = [];
  for (const node of doc.content ?? []) {
    const uid = typeof node.attrs?.uid === 'string' ? node.attrs.uid : null;
    if (node.type === 'heading') order.push(node);
    else if (uid && byKey.has(uid) && !order.includes(uid)) order.push(uid);
  }
  return { order, byKey };
}

/**
 * Two language versions of a draft side by side in one DOCX: a two-column table, one row per
 * provision (aligned through the status board's clause keys) with its list and alternatives in the
 * same row, each paragraph right to left where its text is (w:bidi), blocks and negotiation marks
 * written as in the single-language export; the export's own words in `locale`, the requester's.
 * @throws AccessError 404/403 (`export` on both texts); HttpError 400 when the two are not versions of one draft.
 */
export async function exportBilingualDocx(
  db: Db,
  userId: string,
  documentId: string,
  otherId: string,
  locale: Locale = 'en',
): Promise<{ buffer: Buffer; filename: string }> {
  const t = exportText(locale);
  const rtl = isRtlLocale(locale) || undefined;
  const first = await requireDocument(db, userId, documentId);
  requireDocumentPermission(first, 'export');
  const second = await requireDocument(db, userId, otherId);
  requireDocumentPermission(second, 'export');
  const group = await languageGroup(db, first.document);
  if (otherId === documentId || !group.some((d) => d.id === otherId))
    throw new HttpError(400, 'Choose two language versions of the same draft.');
  const [a, b] = await Promise.all([first, second].map(async (s) => stateToJson(await loadStoredState(db, s))));
  const parties = await listParties(db, first.negotiation.id);
  const pkg = await getNegotiationPackage(db, first.negotiation.id);
  let revision = 0;
  const ctx: RunContext = {
    parties,
    suggestions: 'marked',
    date: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    bracketHolders: new Set(),
    proposers: new Set(),
    nextRevisionId: () => ++revision,
  };
  const left = provisionsOf(a!);
  const right = provisionsOf(b!);
  const cell = (nodes: PmNode[] | undefined) => {
    const paragraphs = nodes ? docxBlocks(nodes, ctx, () => HeadingLevel.HEADING_3) : [];
    return new TableCell({
      width: { size: 50, type: WidthType.PERCENTAGE },
      children: paragraphs.length ? paragraphs : [new Paragraph('')],
    });
  };
  const rows = [
    new TableRow({
      tableHeader: true,
      children: [first.document, second.document].map(
        (d) =>
          new TableCell({
            children: [
              new Paragraph({
                children: [
                  new TextRun({
                    text: d.authentic || d.versionOf === null ? t('authentic', { language: nameOf(d.language) }) : nameOf(d.language),
                    bold: true,
                  }),
                ],
              }),
            ],
          }),
      ),
    }),
  ];
  const headings = right.order.filter((x): x is PmNode => typeof x !== 'string');
  let h = 0;
  for (const item of left.order) {
    if (typeof item === 'string') rows.push(new TableRow({ children: [cell(left.byKey.get(item)), cell(right.byKey.get(item))] }));
    else rows.push(new TableRow({ children: [cell([item]), cell(headings[h] ? [headings[h++]!] : undefined)] }));
  }
  for (const key of right.byKey.keys())
    if (!left.byKey.has(key)) rows.push(new TableRow({ children: [cell(undefined), cell(right.byKey.get(key))] }));
  const document = new Document({
    creator: 'Pactum',
    title: first.document.title,
    numbering: DOCX_NUMBERING,
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(first.document.title)] }),
          new Paragraph({
            bidirectional: rtl,
            children: [new TextRun({ text: pkg.provisional ? t('draftNotAgreed') : t('workingDraft'), bold: true, rightToLeft: rtl })],
          }),
          new Paragraph({
            bidirectional: rtl,
            children: [new TextRun({ text: `${describePackage(pkg, locale)}.`, size: 16, rightToLeft: rtl })],
          }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
        ],
      },
    ],
  });
  await recordEvent(db, {
    negotiationId: first.negotiation.id,
    actorId: userId,
    action: 'document.export',
    targetType: 'document',
    targetId: first.document.id,
    details: { format: 'docx-bilingual', with: otherId },
  });
  const filename = `${
    first.document.title
      .replace(/[^\p{L}\p{N} _-]+/gu, '')
      .trim()
      .replace(/\s+/g, '-') || 'draft'
  }-${first.document.language ?? 'x'}-${second.document.language ?? 'y'}.docx`;
  return { buffer: await Packer.toBuffer(document), filename };
}
