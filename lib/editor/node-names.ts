/**
 * Names of the editor's own nodes as every stored draft spells them (ProseMirror JSON `type`, Yjs
 * XML element name). Defined once here, beside the schema; code that reads or writes drafts
 * outside the editor (export, statuses, redlines, releases, the clause library) imports them.
 */
export const CLAUSE_BLOCK = 'clauseBlock';
/** An unfilled placeholder of a library clause, e.g. {LOCATION}. */
export const PLACEHOLDER_FIELD = 'placeholderField';
