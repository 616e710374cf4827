import { getSchema } from '@tiptap/core';
import { Document } from '@tiptap/extension-document';
import { ListItem } from '@tiptap/extension-list/item';
import { OrderedList as TiptapOrderedList } from '@tiptap/extension-list/ordered-list';
import { Paragraph } from '@tiptap/extension-paragraph';
import { Text } from '@tiptap/extension-text';
import { describe, expect, it } from 'vitest';
import { numberedLinesSlice, OrderedList } from '@/lib/editor/nodes/ordered-list';

/**
 * Our numbered list replaces Tiptap's to keep its paste parser and Markdown out of the browser
 * (lib/editor/nodes/ordered-list.ts). Stored drafts hold its nodes: the schema must stay Tiptap's.
 */
describe('the numbered list', () => {
  const specOf = (list: typeof OrderedList) => getSchema([Document, Paragraph, Text, ListItem, list]).nodes.orderedList!.spec;
  const ours = specOf(OrderedList);
  const tiptaps = specOf(TiptapOrderedList as typeof OrderedList);

  it('keeps the content, group and attribute defaults of Tiptap’s list', () => {
    expect(ours.content).toBe(tiptaps.content);
    expect(ours.group).toBe(tiptaps.group);
    expect(JSON.stringify(ours.attrs)).toBe(JSON.stringify(tiptaps.attrs));
  });

  it('writes the same HTML', () => {
    const schema = getSchema([Document, Paragraph, Text, ListItem, OrderedList]);
    const theirs = getSchema([Document, Paragraph, Text, ListItem, TiptapOrderedList]);
    for (const attrs of [{}, { start: 3 }, { type: 'a' }, { start: 2, type: '1' }]) {
      const html = (s: typeof schema) => s.nodes.orderedList!.spec.toDOM!(s.nodes.orderedList!.create(attrs));
      expect(html(schema)).toEqual(html(theirs));
    }
  });
});

describe('plain-text numbered lines pasted into a draft', () => {
  const schema = getSchema([Document, Paragraph, Text, ListItem, OrderedList]);
  const items = (text: string) => {
    const list = numberedLinesSlice(text, schema)?.content.firstChild;
    return list && { start: list.attrs.start, items: list.children.map((item) => item.textContent) };
  };

  it('become one numbered list from the first number, with "." or ")" markers', () => {
    expect(items('3. The parties cease all hostilities.\r\n4) Forces withdraw 5 km.\n\n5. Monitors verify.\n')).toEqual({
      start: 3,
      items: ['The parties cease all hostilities.', 'Forces withdraw 5 km.', 'Monitors verify.'],
    });
  });

  it('leave any other text to the usual paste', () => {
    for (const text of [
      '1. One line only',
      '1. First\nnot numbered',
      'Article 1. Scope\nArticle 2. Terms',
      '1.\n2.',
      '2026. A year\nplain',
    ])
      expect(numberedLinesSlice(text, schema)).toBeNull();
  });
});
