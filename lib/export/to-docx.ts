import { AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { HttpError } from '@/lib/access/errors';
import { formatMoment } from '@/lib/format/dates';
import type { PmNode } from '@/lib/editor/to-json';
import { countOpenMarks, hasOpenMarks } from '@/lib/status/open-marks';
import type { Locale } from '@/lib/i18n/locales';
import { DOCX_NUMBERING, docxBlocks, small } from './docx-blocks';
import { isRtlBlock, type ExportParty, type RunContext, type SuggestionStyle } from './docx-runs';
import { exportText, isRtlLocale } from './export-text';

export type { ExportParty, SuggestionStyle };

export interface ExportOptions {
  negotiationTitle: string;
  documentTitle: string;
  /** e.g. "Current draft (after v7)" or "Version 3 — Mediator's text". */
  label: string;
  parties: ExportParty[];
  /** The negotiation's package, as a line ("Package provisional — 3 of 11 provisions agreed; …"). */
  packageLine?: string;
  /** Whether the package is still provisional (default: yes — never claim more): then every page says "Draft — not agreed". */
  provisional?: boolean;
  /** A clean text: no brackets, markings or draft legend. The caller checks the package first. */
  clean?: boolean;
  /** Pending suggestions as Word tracked changes (default) or as marked proposals. */
  suggestions?: SuggestionStyle;
  generatedAt?: Date;
  /** The requester's interface language: the export's own headings, package line, legend and footer are in it (default English). */
  locale?: Locale;
}

/** Counts open brackets (bracketed stretches) in a document. */
export function countBrackets(doc: PmNode): number {
  return countOpenMarks(doc).brackets;
}

/**
 * Renders a draft as DOCX, telling the truth about it: pending suggestions as tracked changes by
 * the proposing party (or marked proposals), never as plain text; brackets as [text]ᴾᴬᴿᵀʸ with a
 * legend; alternatives labelled as in the editor ("Alt 2 · APM"); the text's own numbering only
 * (Word numbers only the editor's lists); a header with negotiation, document, version and
 * package state; page numbers in the footer; "Draft — not agreed" while the package is provisional.
 * @throws HttpError 409 for a clean export of a text that still holds brackets, suggestions or alternatives.
 */
export async function toDocx(doc: PmNode, options: ExportOptions): Promise<Buffer> {
  const t = exportText(options.locale);
  const rtl = isRtlLocale(options.locale) || undefined;
  const opts = { ...options, provisional: options.provisional ?? true, packageLine: options.packageLine ?? 'Package provisional' };
  if (opts.clean) {
    const marks = countOpenMarks(doc);
    if (hasOpenMarks(marks) || opts.provisional) {
      throw new HttpError(
        409,
        'A clean text cannot be exported while the package is provisional or the text holds brackets, suggestions or alternatives. Export the working draft instead.',
      );
    }
  }
  const at = opts.generatedAt ?? new Date();
  let revision = 0;
  const ctx: RunContext = {
    parties: opts.parties,
    suggestions: opts.suggestions ?? 'tracked',
    date: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    bracketHolders: new Set(),
    proposers: new Set(),
    nextRevisionId: () => ++revision,
  };
  const body = docxBlocks(doc.content ?? [], ctx);

  const stamp = formatMoment(at, options.locale);
  const status = opts.provisional ? t('draftNotAgreed') : t('workingDraft');
  // The export's own lines run right to left in an Arabic export (w:bidi); the title follows its own text.
  const front = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      bidirectional: isRtlBlock({ type: 'paragraph', content: [{ type: 'text', text: opts.documentTitle }] }) || undefined,
      children: [new TextRun(opts.documentTitle)],
    }),
    new Paragraph({
      bidirectional: rtl,
      children: [new TextRun({ text: `${opts.negotiationTitle} — ${opts.label}`, italics: true, rightToLeft: rtl })],
    }),
    ...(opts.clean
      ? [new Paragraph({ bidirectional: rtl, children: [small(t('exported', { stamp, line: opts.packageLine }), { rightToLeft: rtl })] })]
      : [
          new Paragraph({
            bidirectional: rtl,
            children: [new TextRun({ text: status, bold: true, color: opts.provisional ? '991B1B' : '166534', rightToLeft: rtl })],
          }),
          new Paragraph({
            bidirectional: rtl,
            children: [small(t('exportedOpen', { stamp, line: opts.packageLine }), { rightToLeft: rtl })],
          }),
        ]),
  ];
  const legend = opts.clean ? [] : legendOf(opts, ctx, t, rtl);
  const headerLine = `${opts.negotiationTitle} · ${opts.documentTitle} · ${opts.label}`;
  const document = new Document({
    creator: 'Pactum',
    title: opts.documentTitle,
    numbering: DOCX_NUMBERING,
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({ bidirectional: rtl, children: [small(headerLine, { rightToLeft: rtl })] }),
              new Paragraph({
                bidirectional: rtl,
                children: [
                  small(opts.packageLine, { bold: opts.provisional, color: opts.provisional ? '991B1B' : '166534', rightToLeft: rtl }),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                bidirectional: rtl,
                children: [
                  ...(opts.provisional && !opts.clean ? [small(`${t('draftNotAgreed')} · `, { bold: true, rightToLeft: rtl })] : []),
                  small(`${t('page')} `, { rightToLeft: rtl }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
                  small(` ${t('pageOf')} `, { rightToLeft: rtl }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 }),
                ],
              }),
            ],
          }),
        },
        children: [...front, ...body, ...legend],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** What the markings mean: who holds each bracket, how proposals are shown. */
function legendOf(
  opts: Pick<ExportOptions, 'parties'>,
  ctx: RunContext,
  t: ReturnType<typeof exportText>,
  rtl: true | undefined,
): Paragraph[] {
  const line = (text: string, heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
    new Paragraph({ ...(heading ? { heading } : {}), bidirectional: rtl, children: [new TextRun({ text, rightToLeft: rtl })] });
  const lines: Paragraph[] = [];
  if (ctx.bracketHolders.size > 0) {
    lines.push(line(t('legendBrackets'), HeadingLevel.HEADING_2));
    for (const p of opts.parties.filter((x) => ctx.bracketHolders.has(x.shortName)))
      lines.push(line(t('bracketHeld', { party: p.shortName, name: p.name })));
  }
  if (ctx.proposers.size > 0) {
    lines.push(line(t('legendProposals'), HeadingLevel.HEADING_2));
    lines.push(line(ctx.suggestions === 'tracked' ? t('proposalsTracked') : t('proposalsMarked')));
  }
  return lines;
}
