import { AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { HttpError } from '@/lib/access/errors';
import { formatMoment } from '@/lib/format/dates';
import type { PmNode } from '@/lib/editor/to-json';
import { countOpenMarks, hasOpenMarks } from '@/lib/status/open-marks';
import { DOCX_NUMBERING, docxBlocks, small } from './docx-blocks';
import { isRtlBlock, type ExportParty, type RunContext, type SuggestionStyle } from './docx-runs';

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
  const opts = { ...options, provisional: options.provisional ?? true, packageLine: options.packageLine ?? 'Package provisional' };
  if (opts.clean) {
    const marks = countOpenMarks(doc);
    if (hasOpenMarks(marks) || opts.provisional) {
      throw new HttpError(409, 'A clean text cannot be exported while the package is provisional or the text holds brackets, suggestions or alternatives. Export the working draft instead.');
    }
  }
  const at = opts.generatedAt ?? new Date();
  let revision = 0;
  const ctx: RunContext = { parties: opts.parties, suggestions: opts.suggestions ?? 'tracked', date: at.toISOString().replace(/\.\d{3}Z$/, 'Z'), bracketHolders: new Set(), proposers: new Set(), nextRevisionId: () => ++revision };
  const body = docxBlocks(doc.content ?? [], ctx);

  const stamp = formatMoment(at);
  const front = [
    new Paragraph({ heading: HeadingLevel.TITLE, bidirectional: isRtlBlock({ type: 'paragraph', content: [{ type: 'text', text: opts.documentTitle }] }) || undefined, children: [new TextRun(opts.documentTitle)] }),
    new Paragraph({ children: [new TextRun({ text: `${opts.negotiationTitle} — ${opts.label}`, italics: true })] }),
    ...(opts.clean
      ? [new Paragraph({ children: [small(`Exported ${stamp}. ${opts.packageLine}.`)] })]
      : [
          new Paragraph({ children: [new TextRun({ text: opts.provisional ? 'Draft — not agreed' : 'Working draft', bold: true, color: opts.provisional ? '991B1B' : '166534' })] }),
          new Paragraph({ children: [small(`Exported ${stamp}. ${opts.packageLine}. Nothing is agreed until everything is agreed.`)] }),
        ]),
  ];
  const legend = opts.clean ? [] : legendOf(opts, ctx);
  const headerLine = `${opts.negotiationTitle} · ${opts.documentTitle} · ${opts.label}`;
  const document = new Document({
    creator: 'Pactum',
    title: opts.documentTitle,
    numbering: DOCX_NUMBERING,
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [small(headerLine)] }), new Paragraph({ children: [small(opts.packageLine, { bold: opts.provisional, color: opts.provisional ? '991B1B' : '166534' })] })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [...(opts.provisional && !opts.clean ? [small('Draft — not agreed · ', { bold: true })] : []), small('Page '), new TextRun({ children: [PageNumber.CURRENT], size: 16 }), small(' of '), new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 })],
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
function legendOf(opts: Pick<ExportOptions, 'parties'>, ctx: RunContext): Paragraph[] {
  const lines: Paragraph[] = [];
  if (ctx.bracketHolders.size > 0) {
    lines.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Legend: bracketed text')] }));
    for (const p of opts.parties.filter((x) => ctx.bracketHolders.has(x.shortName))) lines.push(new Paragraph({ children: [new TextRun(`[text]${p.shortName} — not agreed; bracket held by ${p.name}`)] }));
  }
  if (ctx.proposers.size > 0) {
    lines.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Legend: proposed changes')] }));
    lines.push(
      new Paragraph({
        children: [
          new TextRun(
            ctx.suggestions === 'tracked'
              ? 'Changes proposed but not yet accepted appear as tracked changes (insertions and deletions), each attributed to the party that proposed it. They are not part of the agreed text.'
              : 'Changes proposed but not yet accepted: underlined words (+PARTY) would be added, struck words (−PARTY) removed. They are not part of the agreed text.',
          ),
        ],
      }),
    );
  }
  return lines;
}
