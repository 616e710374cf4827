import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { clausesOf } from '@/lib/commitments/list-clauses';
import type { PmNode } from '@/lib/editor/to-json';
import { englishBlockLabel, type BlockLabelRef } from '@/lib/i18n/block-label';
import { redline, type RedlineNote } from '@/lib/versions/redline';

const CATALOGUES = { en, fr, ar } as const;
type Lang = keyof typeof CATALOGUES;
const strict = {
  onError: (e: Error) => {
    throw e;
  },
};
/** As the interface says a made-up block name and a redline note (components/ui/use-block-label.ts, redline-view.tsx). */
const say = (lang: Lang) => {
  const labels = createTranslator({ locale: lang, messages: CATALOGUES[lang], namespace: 'blockLabels', ...strict });
  const notes = createTranslator({ locale: lang, messages: CATALOGUES[lang], namespace: 'redlineText', ...strict });
  return {
    label: (ref: BlockLabelRef) => (ref.key === 'paragraph' ? labels('paragraph', { n: ref.n }) : labels(ref.key)),
    note: (n: RedlineNote) => notes(n.key, { party: n.party || notes('aParty'), quote: n.quote ?? '' }),
  };
};

const p = (t: string, attrs?: Record<string, unknown>): PmNode => ({
  type: 'paragraph',
  ...(attrs ? { attrs } : {}),
  content: [{ type: 'text', text: t }],
});
const doc = (...content: PmNode[]): PmNode => ({ type: 'doc', content });
const parties = [{ id: 'p-gov', shortName: 'GOV' }];
const bracketed: PmNode = {
  type: 'paragraph',
  content: [
    { type: 'text', text: 'Forces withdraw within ' },
    { type: 'text', text: '30 days', marks: [{ type: 'bracket', attrs: { partyId: 'p-gov' } }] },
  ],
};
const suggested: PmNode = {
  type: 'paragraph',
  content: [
    { type: 'text', text: 'Forces withdraw within ' },
    { type: 'text', text: '30 days', marks: [{ type: 'suggestion', attrs: { partyId: 'p-gov', kind: 'insertion' } }] },
  ],
};
const alt = p('Forces withdraw within 90 days.', { altOf: 'c1', altLabel: 'Alt 2' });

describe('made-up block names and redline notes in the reader’s language', () => {
  const blocks = [
    ...redline(doc(p('Forces withdraw within 30 days')), doc(bracketed), parties),
    ...redline(doc(bracketed), doc(p('Forces withdraw within 30 days')), parties),
    ...redline(doc(p('x')), doc(p('x'), alt), parties),
    ...redline(doc(p('Forces withdraw within 30 days')), doc(suggested), parties),
    ...redline(doc({ type: 'heading', attrs: { level: 2 } }), doc({ type: 'heading', attrs: { level: 2 } }, p('y'))),
  ];

  it('carries a key for every made-up name and every note, which English says exactly as before', () => {
    const en_ = say('en');
    expect(blocks.filter((b) => b.labelRef).map((b) => b.labelRef!.key)).toEqual(expect.arrayContaining(['paragraph', 'heading']));
    for (const b of blocks) {
      if (b.labelRef) expect(en_.label(b.labelRef)).toBe(b.label);
      expect(b.noteRefs.map(en_.note)).toEqual(b.notes);
    }
    expect(blocks.flatMap((b) => b.notes)).toEqual(
      expect.arrayContaining(['Bracket added by GOV: “30 days”', 'Bracket by GOV removed: “30 days”', 'Alternative proposed by a party']),
    );
  });

  it('says them in French and Arabic, quotes of the draft kept as written', () => {
    const notes = (lang: Lang) => blocks.flatMap((b) => b.noteRefs.map(say(lang).note));
    expect(notes('fr')).toEqual(expect.arrayContaining(['Crochets ajoutés par GOV : “30 days”', 'Variante proposée par une partie']));
    expect(notes('ar')).toEqual(expect.arrayContaining(['أضاف GOV معقوفين: “30 days”', 'صيغة بديلة اقترحها أحد الأطراف']));
    expect(say('ar').label({ key: 'paragraph', n: 3 })).toBe('الفقرة 3');
    expect(say('fr').label({ key: 'removed' })).toBe('Clause supprimée');
  });

  it('gives the commitments panel’s paragraphs and untitled clauses a key, titles none', () => {
    const clauses = clausesOf(
      doc(
        p('First.', { uid: 'a' }),
        { type: 'clauseBlock', attrs: { uid: 'b', title: 'Cantonment' }, content: [p('Text.')] },
        p('Second.', { uid: 'c' }),
      ),
    );
    const labelled = clauses.map((c) => [c.label, c.labelRef]);
    for (const c of clauses) if (c.labelRef) expect(englishBlockLabel(c.labelRef)).toBe(c.label);
    expect(labelled.filter(([, ref]) => ref).map(([label]) => label)).toEqual(expect.arrayContaining(['Paragraph 1']));
    expect(clauses.find((c) => c.label === 'Cantonment')?.labelRef).toBeUndefined();
  });
});
