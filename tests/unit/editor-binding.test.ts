import { describe, expect, it } from 'vitest';
import { isDeepEqual } from '@/components/editor/editor-binding';

// useEditorState re-renders a toolbar only when its selector's value changes: the comparison must
// see through fresh arrays and objects, and must not call different values equal.
describe('isDeepEqual (editor state selectors)', () => {
  it('equates fresh arrays and objects of the same values', () => {
    expect(isDeepEqual([true, false], [true, false])).toBe(true);
    expect(
      isDeepEqual({ suggestions: [{ id: 'a', from: 1 }], alternatives: [] }, { suggestions: [{ id: 'a', from: 1 }], alternatives: [] }),
    ).toBe(true);
    expect(isDeepEqual(Number.NaN, Number.NaN)).toBe(true);
  });

  it('tells apart changed, missing and differently shaped values', () => {
    expect(isDeepEqual([true, false], [true, true])).toBe(false);
    expect(isDeepEqual([true], [true, false])).toBe(false);
    expect(isDeepEqual({ a: 1 }, { b: 1 })).toBe(false);
    expect(isDeepEqual({ a: undefined }, { b: undefined })).toBe(false);
    expect(isDeepEqual([], {})).toBe(false);
    expect(isDeepEqual(null, {})).toBe(false);
    expect(isDeepEqual({ a: [1] }, { a: [2] })).toBe(false);
  });
});
