import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sharedExtensions } from '@/lib/editor/extensions';
import { clauseBlockLabel, libraryClauseId } from '@/lib/editor/mediators-text';
import { toDocx } from '@/lib/export/to-docx';
import { formatDay } from '@/lib/format/dates';
import { releaseBlockJson } from '@/lib/shuttle/build-release-update';
import type { PmNode } from '@/lib/editor/to-json';

const released = (replacing: { index: number; number: number } | null): PmNode =>
  releaseBlockJson({
    number: 3,
    paragraphs: ['Forces pull back 20 km.'],
    uid: 'u3',
    releasedBy: 'Helena Marsh',
    releasedAt: '2026-12-07',
    sourceKey: 'k',
    replacing,
  });

describe("a released Mediator's text", () => {
  it('says who released it, for whom and when, and which version it replaces — never "library"', () => {
    expect(clauseBlockLabel(released(null).attrs!)).toBe("Mediator's text v3 — released by Helena Marsh, mediation team, 7 Dec 2026");
    expect(clauseBlockLabel(released({ index: 1, number: 2 }).attrs!)).toBe(
      "Mediator's text v3 — released by Helena Marsh, mediation team, 7 Dec 2026 · replaces v2",
    );
    expect(libraryClauseId(released(null).attrs)).toBeNull(); // no client asks the library for it
    expect(libraryClauseId({ clauseId: 'mediators-text', variant: 'released' })).toBeNull(); // blocks released before this change
    expect(libraryClauseId({ clauseId: 'cf-cantonment-sites', variant: 'standard' })).toBe('cf-cantonment-sites');
  });

  it('the DOCX carries the same provenance line', async () => {
    const doc: PmNode = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Preamble.' }] }, released({ index: 1, number: 2 })],
    };
    const buf = await toDocx(doc, { negotiationTitle: 'Arandia Talks', documentTitle: 'Chapter III', label: 'Current draft', parties: [] });
    const xml = strFromU8(unzipSync(new Uint8Array(buf))['word/document.xml']!);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text.replace(/&apos;/g, "'")).toContain(
      "Mediator's text v3 — released by Helena Marsh, mediation team, 7 Dec 2026 · replaces v2",
    );
    expect(text).not.toMatch(/library/i);
  });

  it('one date format: the helper gives "7 Dec 2026" and ignores missing dates', () => {
    expect(formatDay('2026-12-07')).toBe('7 Dec 2026');
    expect(formatDay('')).toBe('');
    expect(formatDay('not a date')).toBe('');
  });
});

describe('the shared editor schema', () => {
  it('has no extension that rewrites the shared text on its own (TrailingNode appended paragraphs after server-made blocks)', () => {
    const names = new Set<string>();
    const walk = (exts: ReturnType<typeof sharedExtensions>) => {
      for (const e of exts) {
        names.add(e.name);
        const nested = (e.config.addExtensions as (() => ReturnType<typeof sharedExtensions>) | undefined)?.call({
          ...e,
          options: e.options,
          name: e.name,
          parent: undefined,
        } as never);
        if (nested) walk(nested);
      }
    };
    walk(sharedExtensions());
    expect(names).toContain('clauseBlock'); // the walk reached nested extensions (ClauseKit's)
    expect(names).not.toContain('trailingNode');
  });
});

describe("a Mediator's text released before blocks were built from the schema", () => {
  const author = { userId: '11111111-1111-4111-8111-111111111111', partyId: '22222222-2222-4222-8222-222222222222', mayBracket: false };
  const legacy = (extra: Record<string, unknown>, text: PmNode[]): PmNode => ({
    type: 'doc',
    content: [
      {
        type: 'clauseBlock',
        attrs: { uid: 'b1', clauseId: 'mediators-text', version: 1, variant: 'released', title: "Mediator's text v1", ...extra },
        content: [{ type: 'paragraph', content: text }],
      },
    ],
  });
  const words = [{ type: 'text', text: 'Forces pull back.' }];

  it('a delegate may suggest inside it although their editor writes the missing defaults back', async () => {
    const { isSuggestionOnlyChange } = await import('@/lib/editor/suggestion-guard');
    const { suggestionId } = await import('@/lib/editor/suggestions');
    const suggested = [
      ...words,
      { type: 'text', text: ' Verified.', marks: [{ type: 'insertion', attrs: { id: suggestionId(author, 1) } }] },
    ];
    expect(
      isSuggestionOnlyChange(
        legacy({}, words),
        legacy({ paxCodes: '', releasedBy: '', releasedAt: '', replaces: 0, sourceKey: '' }, suggested),
        author,
      ).ok,
    ).toBe(true);
  });

  it('but may not change an attribute to anything else', async () => {
    const { isSuggestionOnlyChange } = await import('@/lib/editor/suggestion-guard');
    expect(isSuggestionOnlyChange(legacy({}, words), legacy({ releasedBy: 'Somebody else' }, words), author).ok).toBe(false);
    expect(isSuggestionOnlyChange(legacy({}, words), legacy({ paxCodes: 'Ce' }, words), author).ok).toBe(false);
  });
});
