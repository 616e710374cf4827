import type { Editor } from '@tiptap/core';
import type { StylePanelsData } from '@/lib/styles/get-style-panels';
import { CommitmentsPanel } from './commitments-panel';
import { FloorPanel } from './floor-panel';
import { LedgerPanel } from './ledger-panel';
import { ProcessPanel, type PresentPerson } from './process-panel';
import { ReleasePanel } from './release-panel';
import { RoleCapabilities } from './role-capabilities';

export interface StylePanelsProps {
  /** getStylePanels(db, user.id, documentId), computed on the server for this reader. */
  data: StylePanelsData;
  roleLabel: string;
  presence?: PresentPerson[];
  /** The live editor of this document (a release can take its selection). */
  editor?: Editor | null;
}

/**
 * The style-aware side of the document page: what you can do here, then the panels your style and
 * role get. The page keeps itself in step with the style (StyleSync) beside the tabs, in WorkspaceSidebar.
 */
export function StylePanels({ data, roleLabel, presence, editor }: StylePanelsProps) {
  return (
    <div className="space-y-4">
      <RoleCapabilities roleLabel={roleLabel} style={data.style} capabilities={data.capabilities} />
      {data.release && <ReleasePanel sourceDocumentId={data.release.sourceDocumentId} targets={data.release.targets} editor={editor} />}
      {data.floor && <FloorPanel initial={data.floor} currentDocumentId={data.documentId} />}
      {data.process && <ProcessPanel negotiationId={data.negotiationId} {...data.process} presence={presence} />}
      {data.commitments && <CommitmentsPanel documentId={data.documentId} initial={data.commitments} parties={data.parties} />}
      {data.ledger && <LedgerPanel negotiationId={data.negotiationId} initial={data.ledger} />}
    </div>
  );
}
