import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { HttpError } from '@/lib/access/errors';
import type { PmNode } from '@/lib/editor/to-json';

export interface ExportParty {
  id: string;
  name: string;
  shortName: string;
}

export interface ExportOptions {
  negotiationTitle: string;
  documentTitle: string;
  /** e.g. "Current draft" or "Version 3 — Mediator's text". */
  label: string;
  parties: ExportParty[];
  /** A clean text has no brackets: refused while any bracket is open. */
  clean?: boolean;
  generatedAt?: Date;
}

/** Counts open brackets (bracket marks) in a document. */
export function countBrackets(doc: PmNode): number {
  let n = 0;
  const walk = (node: PmNode) => {
    if (node.marks?.some((m) => m.type === 'bracket')) n++;
    node.content?.forEach(walk);
  };
  walk(doc);
  return n;
}

/**
 * Renders a draft as DOCX for capitals: numbered paragraphs, brackets shown as [text]ᴾᴬᴿᵀʸ with a
 * legend of who holds each, alternatives labelled, provenance of library clauses. Only text runs
 * are produced (no hyperlinks, fields or HTML), so nothing from the document can become active content.
 * @throws HttpError 409 for a clean export while brackets are open.
 */
export async function toDocx(doc: PmNode, opts: ExportOptions): Promise<Buffer> {
  const open = countBrackets(doc);
  if (opts.clean && open > 0) {
    throw new HttpError(409, `A clean text cannot be exported while ${open} bracketed passage${open === 1 ? ' is' : 's are'} open. Clear the brackets first or export the working draft.`);
  }
  const partyShort = new Map(opts.parties.map((p) => [p.id, p.shortName]));
  const held = new Set<string>();
  const body: Paragraph[] = [];
  const renderBlock = (node: PmNode, numbered: boolean) => {
    switch (node.type) {
      case 'heading':
        body.push(new Paragraph({ heading: Number(node.attrs?.level) <= 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: runs(node) }));
        return;
      case 'paragraph':
        if (node.attrs?.altOf) {
          // An alternative wording (Alt 2 …) of the paragraph before it: labelled, not numbered.
          const by = node.attrs.altParty ? (partyShort.get(String(node.attrs.altParty)) ?? String(node.attrs.altPartyShort ?? 'party')) : null;
          body.push(new Paragraph({ children: [new TextRun({ text: `${String(node.attrs.altLabel ?? 'Alt')}${by ? ` (${by})` : ''}: `, bold: true }), ...runs(node)] }));
          return;
        }
        body.push(new Paragraph({ children: runs(node), ...(numbered ? { numbering: { reference: 'clauses', level: 0 } } : {}) }));
        return;
      case 'bulletList':
      case 'orderedList':
        for (const item of node.content ?? []) for (const child of item.content ?? []) body.push(new Paragraph({ children: runs(child), numbering: { reference: 'clauses', level: 1 } }));
        return;
      case 'clauseBlock':
        body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(String(node.attrs?.title ?? 'Clause'))] }));
        body.push(new Paragraph({ children: [new TextRun({ text: `Source: clause library ${String(node.attrs?.clauseId ?? '')} v${String(node.attrs?.version ?? '')}, ${String(node.attrs?.variant ?? '')} position`, italics: true, size: 16 })] }));
        for (const child of node.content ?? []) renderBlock(child, child.type === 'paragraph');
        return;
      default:
        if (node.content?.some((c) => c.text === undefined)) node.content.forEach((c) => renderBlock(c, numbered));
        else body.push(new Paragraph({ children: runs(node) }));
    }
  };
  const runs = (node: PmNode): ParagraphChild[] =>
    (node.content ?? []).flatMap((child): ParagraphChild[] => {
      if (child.type === 'hardBreak') return [new TextRun({ text: '', break: 1 })];
      if (child.text === undefined) return runs(child);
      const marks = new Set((child.marks ?? []).map((m) => m.type));
      const style = { bold: marks.has('bold'), italics: marks.has('italic'), highlight: marks.has('placeholder') ? ('yellow' as const) : undefined };
      const bracket = child.marks?.find((m) => m.type === 'bracket');
      if (!bracket) return [new TextRun({ text: child.text, ...style })];
      const holder = partyShort.get(String(bracket.attrs?.partyId)) ?? String(bracket.attrs?.partyShort ?? '?');
      held.add(holder);
      return [new TextRun({ text: `[${child.text}]`, ...style }), new TextRun({ text: holder, superScript: true })];
    });

  for (const node of doc.content ?? []) renderBlock(node, node.type === 'paragraph');
  const at = opts.generatedAt ?? new Date();
  const front = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(opts.documentTitle)] }),
    new Paragraph({ children: [new TextRun({ text: `${opts.negotiationTitle} — ${opts.label}`, italics: true })] }),
    new Paragraph({ children: [new TextRun({ text: `Exported ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC. Provisional: nothing is agreed until everything is agreed.`, size: 18 })] }),
  ];
  const legend = held.size
    ? [
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Legend: bracketed text')] }),
        ...opts.parties.filter((p) => held.has(p.shortName)).map((p) => new Paragraph({ children: [new TextRun(`[text]${p.shortName} — not agreed; bracket held by ${p.name}`)] })),
      ]
    : [];
  const document = new Document({
    creator: 'Pactum',
    title: opts.documentTitle,
    numbering: {
      config: [
        {
          reference: 'clauses',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [{ children: [...front, ...body, ...legend] }],
  });
  return Packer.toBuffer(document);
}
