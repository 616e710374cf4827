import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { countBrackets, toDocx, type ExportOptions } from '@/lib/export/to-docx';
import { cssString, printPageCss } from '@/lib/export/print-css';
import type { PmNode } from '@/lib/editor/to-json';

const GOV = '22222222-2222-4222-8222-222222222222';
const USER = '11111111-1111-4111-8111-111111111111';
const parties = [
  { id: GOV, name: 'Government of Arandia', shortName: 'GOV' },
  { id: 'p-apm', name: 'Arandian People’s Movement', shortName: 'APM' },
];
const text = (t: string, marks?: PmNode['marks']): PmNode => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const doc: PmNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [text('Ceasefire')] },
    {
      type: 'paragraph',
      content: [
        text('1.1 Forces withdraw within '),
        text('30 ', [{ type: 'bracket', attrs: { partyId: 'p-apm' } }]),
        text('days', [{ type: 'bracket', attrs: { partyId: 'p-apm' } }, { type: 'bold' }]),
        text('.'),
      ],
    },
    {
      type: 'paragraph',
      content: [text('<script>alert(1)</script> & '), text('click', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])],
    },
  ],
};
const opts: ExportOptions = {
  negotiationTitle: 'Arandia Talks',
  documentTitle: 'Chapter III',
  label: 'Current draft (after v4)',
  parties,
  packageLine: 'Package provisional — 1 of 3 provisions agreed; open: Chapter III (2)',
  provisional: true,
};

/** Reads the package back: document.xml, its visible text, and the header/footer parts. */
function readBack(buf: Buffer) {
  const files = unzipSync(new Uint8Array(buf));
  const xml = strFromU8(files['word/document.xml']!);
  const visible = (x: string) => [...x.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)].map((m) => m[1]).join('');
  const part = (prefix: string) =>
    Object.keys(files)
      .filter((f) => f.startsWith(`word/${prefix}`))
      .map((f) => strFromU8(files[f]!))
      .join('\n');
  // The text as agreed: what Word shows with every tracked change rejected (insertions dropped, deletions kept as delText).
  const plain = [...xml.replace(/<w:ins [\s\S]*?<\/w:ins>/g, '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  return { xml, text: visible(xml), plain, header: part('header'), footer: part('footer'), files: Object.keys(files) };
}

describe('DOCX export', () => {
  it('marks Arabic paragraphs right to left (w:bidi, runs w:rtl) and leaves English ones alone, brackets on the same words', async () => {
    const mixed: PmNode = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [text('تنسحب القوات خلال '), text('ثلاثين', [{ type: 'bracket', attrs: { partyId: 'p-apm' } }]), text(' يومًا.')],
        },
        { type: 'paragraph', content: [text('Forces withdraw within 30 days.')] },
      ],
    };
    const { xml, text: out } = readBack(await toDocx(mixed, opts));
    const paragraphs = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const arabic = paragraphs.find((p) => p.includes('تنسحب'))!;
    const english = paragraphs.find((p) => p.includes('Forces withdraw'))!;
    expect(arabic).toMatch(/<w:pPr>[\s\S]*<w:bidi\/>/);
    expect(arabic).toMatch(/<w:rPr>[\s\S]*?<w:rtl\/>[\s\S]*?<\/w:rPr><w:t[^>]*>\[ثلاثين\]<\/w:t>/);
    expect(english).not.toContain('<w:bidi');
    expect(english).not.toContain('<w:rtl');
    expect(out).toContain('تنسحب القوات خلال [ثلاثين]APM يومًا.');
  });

  it('writes one bracket per bracketed stretch with the holding party, and a legend', async () => {
    const { text: out } = readBack(await toDocx(doc, opts));
    expect(out).toContain('1.1 Forces withdraw within [30 days]APM.');
    expect(out).toContain('bracket held by Arandian People’s Movement');
    expect(out).not.toContain('held by Government of Arandia');
    expect(countBrackets(doc)).toBe(1);
  });

  it('writes pending suggestions as Word tracked changes by the proposing party, never as plain text', async () => {
    const id = `s:${USER}:${GOV}:7`;
    const withProposal: PmNode = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            text('Reports are made '),
            text('monthly', [{ type: 'deletion', attrs: { id } }]),
            text('annually', [{ type: 'insertion', attrs: { id } }]),
            text('.'),
          ],
        },
      ],
    };
    const { xml, plain } = readBack(await toDocx(withProposal, opts));
    expect(xml).toMatch(/<w:ins [^>]*w:author="Government of Arandia \(GOV\)"[^>]*>[\s\S]*?annually/);
    expect(xml).toMatch(/<w:del [^>]*w:author="Government of Arandia \(GOV\)"[^>]*>[\s\S]*?<w:delText[^>]*>monthly<\/w:delText>/);
    // Accepted (plain) text: neither the proposed word nor a deletion shown as kept text.
    expect(plain).toContain('Reports are made .');
    expect(plain).not.toContain('annually');
    expect(plain).not.toContain('monthly'); // a proposed deletion is not shown as kept text either
    expect(xml).toContain('Legend: proposed changes');
  });

  it('writes suggestions as marked proposals when asked, still never as plain text', async () => {
    const withProposal: PmNode = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [text('Reports are made '), text('annually', [{ type: 'insertion', attrs: { id: `s:${USER}:${GOV}:8` } }])],
        },
      ],
    };
    const { xml, text: out } = readBack(await toDocx(withProposal, { ...opts, suggestions: 'marked' }));
    expect(xml).not.toContain('<w:ins ');
    expect(out).toContain('Reports are made annually+GOV');
    expect(xml).toMatch(/<w:u [^>]*\/>[\s\S]*?annually/);
  });

  it('labels alternatives as the editor does and numbers nothing the text numbers itself', async () => {
    const withAlt: PmNode = {
      type: 'doc',
      content: [
        { type: 'paragraph', attrs: { uid: 'c1' }, content: [text('2.1 Forces withdraw within 30 days.')] },
        {
          type: 'paragraph',
          attrs: { altOf: 'c1', altLabel: 'Alt 2', altParty: GOV, altPartyShort: 'GOV' },
          content: [text('2.1 Forces withdraw within 90 days.')],
        },
        { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('first step')] }] }] },
      ],
    };
    const { xml, text: out } = readBack(await toDocx(withAlt, opts));
    expect(out).toContain('Alt 2 · GOV2.1 Forces withdraw within 90 days.');
    expect(xml.match(/<w:numPr>/g)?.length).toBe(1); // only the editor's own list is numbered by Word
    expect(out).not.toMatch(/\d\.\s*2\.1/);
  });

  it('puts negotiation, document, version and package state in the header, and page numbers in the footer', async () => {
    const { header, footer, text: out } = readBack(await toDocx(doc, opts));
    expect(header).toContain('Arandia Talks · Chapter III · Current draft (after v4)');
    expect(header).toContain('Package provisional — 1 of 3 provisions agreed');
    expect(footer).toContain('Draft — not agreed');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(out).toContain('Draft — not agreed');
  });

  it('escapes script and drops link schemes', async () => {
    const { xml } = readBack(await toDocx(doc, opts));
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; ');
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('javascript:');
    expect(xml).not.toContain('w:hyperlink');
  });

  it('refuses a clean export of a provisional package or a marked text, and writes no draft legend when clean', async () => {
    await expect(toDocx(doc, { ...opts, clean: true, provisional: false })).rejects.toMatchObject({ status: 409 });
    const plainDoc: PmNode = { type: 'doc', content: [{ type: 'paragraph', content: [text('1.1 Forces withdraw within 30 days.')] }] };
    await expect(toDocx(plainDoc, { ...opts, clean: true })).rejects.toMatchObject({ status: 409 });
    const { text: out, footer } = readBack(
      await toDocx(plainDoc, {
        ...opts,
        clean: true,
        provisional: false,
        packageLine: 'Package agreed — all 1 provisions agreed by every party',
      }),
    );
    expect(out).not.toMatch(/Draft — not agreed|Legend/);
    expect(footer).not.toContain('Draft');
  });

  it('escapes every header string it puts into the print view’s CSS', () => {
    expect(cssString('a"};</style><script>').slice(1, -1)).not.toMatch(/["<>;{}]/);
    const css = printPageCss({ header: '"; } body { display:none } </style>', packageLine: 'x', draft: true });
    expect(css).not.toContain('</style>');
    expect(css).not.toContain('display:none');
    expect(css).toContain('counter(page)');
  });
});
