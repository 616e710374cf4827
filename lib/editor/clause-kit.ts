import { Extension } from '@tiptap/core';
import { PlaceholderField } from './marks/placeholder';
import { ClauseBlock } from './nodes/clause-block';
import { PlaceholderNavigation } from './placeholder-navigation';

/** The clause-library schema additions in one entry: clause blocks, placeholder fields, Tab moves. */
export const ClauseKit = Extension.create({
  name: 'clauseKit',
  addExtensions() {
    return [ClauseBlock, PlaceholderField, PlaceholderNavigation];
  },
});
