import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { sharedExtensions } from '@/lib/editor/extensions';

/**
 * The schema is stored: every saved draft holds these node and mark names. Changing how the
 * extensions are assembled (e.g. StarterKit → its parts) must leave it exactly as it was.
 */
describe('the shared editor schema', () => {
  const schema = getSchema(sharedExtensions());

  it('has the nodes and marks drafts are stored with, in order', () => {
    expect(Object.keys(schema.nodes)).toEqual([
      'paragraph',
      'blockquote',
      'bulletList',
      'hardBreak',
      'heading',
      'listItem',
      'orderedList',
      'text',
      'clauseBlock',
      'placeholderField',
      'doc',
    ]);
    expect(Object.keys(schema.marks)).toEqual(['bold', 'italic', 'bracket', 'insertion', 'deletion', 'modification']);
  });

  it('keeps headings to levels 1–3 and lists as before', () => {
    expect(schema.nodes.heading!.spec.attrs).toMatchObject({ level: { default: 1 } });
    expect(schema.nodes.listItem!.spec.content).toBe('paragraph block*');
    expect(schema.nodes.doc!.spec.marks).toBe('insertion modification deletion');
  });
});
