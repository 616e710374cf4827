import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { countBrackets, toDocx } from '@/lib/export/to-docx';
import type { PmNode } from '@/lib/editor/to-json';

const parties = [
  { id: 'p-gov', name: 'Government of Arandia', shortName: 'GOV' },
  { id: 'p-apm', name: 'Arandian People’s Movement', shortName: 'APM' },
];
const text = (t: string, marks?: PmNode['marks']): PmNode => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const doc: PmNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [text('Ceasefire')] },
    { type: 'paragraph', content: [text('Forces withdraw within '), text('30 days', [{ type: 'bracket', attrs: { partyId: 'p-apm' } }]), text('.')] },
    { type: 'paragraph', content: [text('<script>alert(1)</script> & '), text('click', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])] },
  ],
};

/** Reads word/document.xml back out of the package and returns its visible text. */
function readBack(buf: Buffer): { xml: string; text: string; files: string[] } {
  const files = unzipSync(new Uint8Array(buf));
  const xml = strFromU8(files['word/document.xml']!);
  const textOut = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  return { xml, text: textOut, files: Object.keys(files) };
}

describe('DOCX export', () => {
  it('writes brackets with the holding party and a legend', async () => {
    const { text: out } = readBack(await toDocx(doc, { negotiationTitle: 'Talks', documentTitle: 'Chapter III', label: 'Current draft', parties }));
    expect(out).toContain('Forces withdraw within [30 days]APM.');
    expect(out).toContain('bracket held by Arandian People’s Movement');
    expect(out).not.toContain('held by Government of Arandia');
  });

  it('labels alternatives with the proposing party and does not number them', async () => {
    const withAlt: PmNode = {
      type: 'doc',
      content: [
        { type: 'paragraph', attrs: { uid: 'c1' }, content: [text('Forces withdraw within 30 days.')] },
        { type: 'paragraph', attrs: { altOf: 'c1', altLabel: 'Alt 2', altParty: 'p-gov', altPartyShort: 'GOV' }, content: [text('Forces withdraw within 90 days.')] },
      ],
    };
    const { xml, text: out } = readBack(await toDocx(withAlt, { negotiationTitle: 'T', documentTitle: 'D', label: 'L', parties }));
    expect(out).toContain('Alt 2 (GOV): Forces withdraw within 90 days.');
    expect(xml.match(/<w:numPr>/g)?.length).toBe(1);
  });

  it('escapes script and drops link schemes', async () => {
    const { xml } = readBack(await toDocx(doc, { negotiationTitle: 'T', documentTitle: 'D', label: 'L', parties }));
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; ');
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('javascript:');
    expect(xml).not.toContain('w:hyperlink');
  });

  it('refuses a clean export while brackets are open', async () => {
    expect(countBrackets(doc)).toBe(1);
    await expect(toDocx(doc, { negotiationTitle: 'T', documentTitle: 'D', label: 'L', parties, clean: true })).rejects.toMatchObject({ status: 409 });
  });
});
