import { getSchema } from '@tiptap/core';
import { Document } from '@tiptap/extension-document';
import { ListItem } from '@tiptap/extension-list/item';
import { OrderedList as TiptapOrderedList } from '@tiptap/extension-list/ordered-list';
import { Paragraph } from '@tiptap/extension-paragraph';
import { Text } from '@tiptap/extension-text';
import { describe, expect, it } from 'vitest';
import { OrderedList } from '@/lib/editor/nodes/ordered-list';

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
