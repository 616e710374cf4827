import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { PmNode } from '@/lib/editor/to-json';
import { toDocx } from '@/lib/export/to-docx';
import { describePackage, packageOf, type NegotiationPackage } from '@/lib/status/get-package-state';
import { clauseView, NO_MARKS } from '../support/status-fixtures';

const clause = clauseView;
const none = NO_MARKS;
const chapter = {
  document: { id: 'd1', title: 'Chapter III' },
  clauses: [clause('a', 'agreed', ['GOV', 'APM']), clause('b', 'proposed', ['GOV'])],
  marks: none,
};
const annex = { document: { id: 'd2', title: 'Annex A' }, clauses: [clause('c', 'proposed', [])], marks: none };
const marked = {
  document: { id: 'd3', title: 'Annex B' },
  clauses: [clause('d', 'agreed', ['GOV', 'APM'])],
  marks: { ...none, brackets: 2 },
};
const open = packageOf([chapter, annex, marked]);
const outOfStep: NegotiationPackage = { ...open, outOfStep: [{ language: 'ar' } as NegotiationPackage['outOfStep'][number]] };
const agreed = packageOf([{ ...chapter, clauses: [clause('a', 'agreed', ['GOV', 'APM'])] }]);

describe('the package line in the reader’s language', () => {
  it('reads as before in English', () => {
    expect(describePackage(open)).toBe(
      'Package provisional — 2 of 4 provisions agreed; open: Chapter III (1), Annex A (1), Annex B (open marks)',
    );
    expect(describePackage(outOfStep, 'en')).toMatch(/; 1 provision of an authentic text out of step \(Arabic\)$/);
    expect(describePackage(agreed, 'en')).toBe('Package agreed — all 1 provisions agreed by every party');
    expect(describePackage(packageOf([]), 'en')).toBe('Package provisional — no provisions drafted yet');
  });

  it('is French for a French reader, document titles kept as written', () => {
    expect(describePackage(open, 'fr')).toBe(
      'Ensemble provisoire — 2 sur 4 dispositions convenues ; en suspens : Chapter III (1), Annex A (1), Annex B (marques en suspens)',
    );
    expect(describePackage(outOfStep, 'fr')).toMatch(/ ; 1 disposition d’un texte faisant foi désalignée \(arabe\)$/);
    expect(describePackage(agreed, 'fr')).toMatch(/^Ensemble convenu/);
  });

  it('is Arabic for an Arabic reader, its list joined with the Arabic comma', () => {
    expect(describePackage(open, 'ar')).toBe(
      'الحزمة مؤقتة — 2 من 4 متفق عليها؛ المفتوح: Chapter III (1)، Annex A (1)، Annex B (علامات مفتوحة)',
    );
    expect(describePackage(outOfStep, 'ar')).toMatch(/؛ حكم واحد من نص ذي حجية غير متطابق \(العربية\)$/);
    expect(describePackage(packageOf([]), 'ar')).toBe('الحزمة مؤقتة — لم يُصَغ أي حكم بعد');
  });
});

describe('the DOCX in the requester’s language', () => {
  const doc: PmNode = {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Forces withdraw within ' },
          { type: 'text', text: '30 days', marks: [{ type: 'bracket', attrs: { partyId: 'p-apm' } }] },
          { type: 'text', text: '.' },
        ],
      },
    ],
  };
  const parties = [{ id: 'p-apm', name: 'Arandian People’s Movement', shortName: 'APM' }];
  const paragraphs = (xml: string) => [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((m) => m[0]);
  const text = (p: string) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

  it('writes its own headings, package line, legend and footer in Arabic, right to left (w:bidi), and leaves the document text alone', async () => {
    const buf = await toDocx(doc, {
      negotiationTitle: 'Arandia Talks',
      documentTitle: 'Chapter III',
      label: 'المشروع الحالي (بعد النسخة 4)',
      parties,
      packageLine: describePackage(open, 'ar'),
      provisional: true,
      locale: 'ar',
    });
    const files = unzipSync(new Uint8Array(buf));
    const body = paragraphs(strFromU8(files['word/document.xml']!));
    const find = (needle: string) => body.find((p) => text(p).includes(needle));
    for (const heading of [
      'مشروع — غير متفق عليه',
      'الحزمة مؤقتة — 2 من 4',
      'لا يُتفق على شيء حتى يُتفق على كل شيء',
      'مفتاح الرموز: النص بين معقوفين',
      'المعقوفان من Arandian People’s Movement',
      'بعد النسخة 4',
    ]) {
      const p = find(heading);
      expect(p, heading).toBeTruthy();
      expect(p, heading).toContain('<w:bidi/>');
      expect(p, heading).toContain('<w:rtl/>');
    }
    // The draft's own English paragraph is not turned around.
    expect(find('Forces withdraw within')).not.toContain('<w:bidi/>');
    const footer = Object.keys(files)
      .filter((f) => f.startsWith('word/footer'))
      .map((f) => strFromU8(files[f]!))
      .join('');
    expect(footer).toContain('الصفحة');
    expect(footer).toContain('<w:bidi/>');
    expect(strFromU8(files['word/document.xml']!)).not.toMatch(/Draft — not agreed|Nothing is agreed|Legend:/);
  });

  it('keeps English, left to right, by default', async () => {
    const buf = await toDocx(doc, {
      negotiationTitle: 'Arandia Talks',
      documentTitle: 'Chapter III',
      label: 'Current draft (after v4)',
      parties,
      packageLine: describePackage(open),
    });
    const xml = strFromU8(unzipSync(new Uint8Array(buf))['word/document.xml']!);
    expect(xml).toContain('Draft — not agreed');
    expect(xml).toContain('Nothing is agreed until everything is agreed.');
    expect(xml).toContain('Legend: bracketed text');
    expect(xml).not.toContain('<w:bidi/>');
  });
});
