import { AlignmentType, BorderStyle, HeadingLevel, LevelFormat, Paragraph, TextRun, type INumberingOptions } from 'docx';
import { provenanceLabel } from '@/lib/editor/clause-provenance';
import { CLAUSE_BLOCK, PLACEHOLDER_FIELD } from '@/lib/editor/node-names';
import type { PmNode } from '@/lib/editor/to-json';
import { blockRuns, isRtlBlock, type RunContext } from './docx-runs';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];
export const small = (text: string, more: object = {}) => new TextRun({ text, size: 16, ...more });

/** The numbering the editor's lists use (`ordered`, `bullets`): a Document that holds docxBlocks' paragraphs declares it. */
export const DOCX_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: 'ordered',
      levels: [0, 1, 2].map((level) => ({
        level,
        format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level]!,
        text: `%${level + 1}.`,
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
      })),
    },
    {
      reference: 'bullets',
      levels: [0, 1, 2].map((level) => ({
        level,
        format: LevelFormat.BULLET,
        text: ['•', '◦', '▪'][level]!,
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
      })),
    },
  ],
};

/**
 * Word paragraphs of a draft's blocks, as the editor shows them: headings, paragraphs right to left
 * where their text is (w:bidi), the editor's lists numbered by Word, alternatives labelled
 * ("Alt 2 · APM") with a rule, library clauses with their provenance; marks through blockRuns.
 */
export function docxBlocks(nodes: PmNode[], ctx: RunContext, headingLevel?: (node: PmNode) => (typeof HEADINGS)[number]): Paragraph[] {
  const body: Paragraph[] = [];
  const renderList = (list: PmNode, level: number) => {
    const reference = list.type === 'orderedList' ? 'ordered' : 'bullets';
    for (const item of list.content ?? []) {
      for (const child of item.content ?? []) {
        if (child.type === 'bulletList' || child.type === 'orderedList') renderList(child, Math.min(level + 1, 2));
        else
          body.push(
            new Paragraph({
              bidirectional: isRtlBlock(child) || undefined,
              children: blockRuns(child, ctx, child.marks ?? []),
              numbering: { reference, level },
            }),
          );
      }
    }
  };
  const renderBlock = (node: PmNode) => {
    const blockMarks = node.marks ?? [];
    switch (node.type) {
      case 'heading':
        body.push(
          new Paragraph({
            bidirectional: isRtlBlock(node) || undefined,
            heading: headingLevel?.(node) ?? HEADINGS[Math.min(Math.max(Number(node.attrs?.level) || 1, 1), 3) - 1],
            children: blockRuns(node, ctx, blockMarks),
          }),
        );
        return;
      case 'paragraph':
        if (node.attrs?.altOf) {
          // As the editor shows it: the label on its own line above the wording, a rule on the left.
          const label = `${String(node.attrs.altLabel ?? 'Alt')}${node.attrs.altPartyShort ? ` · ${String(node.attrs.altPartyShort)}` : ''}`;
          body.push(
            new Paragraph({
              bidirectional: isRtlBlock(node) || undefined,
              indent: { start: 240 },
              border: { [isRtlBlock(node) ? 'right' : 'left']: { style: BorderStyle.SINGLE, size: 12, color: '6B7280', space: 6 } },
              children: [
                small(label, { bold: true, color: '4B5563' }),
                new TextRun({ text: '', break: 1 }),
                ...blockRuns(node, ctx, blockMarks),
              ],
            }),
          );
          return;
        }
        body.push(new Paragraph({ bidirectional: isRtlBlock(node) || undefined, children: blockRuns(node, ctx, blockMarks) }));
        return;
      case 'bulletList':
      case 'orderedList':
        renderList(node, 0);
        return;
      case CLAUSE_BLOCK:
        body.push(new Paragraph({ children: [small(provenanceLabel(node.attrs ?? {}), { italics: true, color: '4B5563' })] }));
        node.content?.forEach(renderBlock);
        return;
      default:
        if (node.content?.some((c) => c.text === undefined && c.type !== 'hardBreak' && c.type !== PLACEHOLDER_FIELD))
          node.content.forEach(renderBlock);
        else body.push(new Paragraph({ bidirectional: isRtlBlock(node) || undefined, children: blockRuns(node, ctx, blockMarks) }));
    }
  };
  nodes.forEach(renderBlock);
  return body;
}
