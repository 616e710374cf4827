import type { Schema } from '@tiptap/pm/model';
import { editorSchema } from './server-blocks';
import type { PmNode } from './to-json';

/**
 * The tree with every node's missing attributes set to the schema's (non-null) defaults, as an
 * editor sees it. Blocks stored before an attribute existed (a Mediator's text released without
 * `paxCodes`) look complete to every editor, and an editor that edits inside one writes the
 * defaults back; that write changes nothing anyone sees, so the guards compare trees this way.
 */
export function withSchemaDefaults(node: PmNode, schema: Schema = editorSchema()): PmNode {
  const type = node.text === undefined ? schema.nodes[node.type] : undefined;
  let attrs = node.attrs;
  if (type) {
    for (const [key, spec] of Object.entries(type.spec.attrs ?? {})) {
      const fallback = (spec as { default?: unknown }).default;
      if (fallback === undefined || fallback === null || attrs?.[key] !== undefined) continue;
      attrs = { ...attrs, [key]: fallback };
    }
  }
  const out: PmNode = { ...node };
  if (attrs) out.attrs = attrs;
  if (node.content) out.content = node.content.map((c) => withSchemaDefaults(c, schema));
  return out;
}
