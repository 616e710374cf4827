'use client';

import type { Editor } from '@tiptap/core';
import { useTranslations } from 'next-intl';
import type { WebsocketProvider } from 'y-websocket';
import { ClauseIssues } from '@/components/clauses/clause-issues';
import { RefreshOnTopic, StyleSync } from '@/components/styles/style-sync';
import { lazyComponent } from '@/components/ui/lazy-component';
import { bindingOf, rangeFromAnchor, selectionAnchor } from '@/lib/editor/comment-anchor';
import { CommentHighlights } from './comment-highlights';
import { usePresence, useRoleName } from './presence-list';
import type { DocumentWorkspaceProps } from './document-workspace';
import { WorkspaceTabs, type WorkspaceTab } from './workspace-tabs';

// Each panel's code loads when its tab is first opened (WorkspaceTabs mounts panels on demand):
// opening a draft downloads the editor and the panel it starts on, not all six.
function PanelLoading() {
  return <p className="text-sm text-muted">{useTranslations('common')('loading')}</p>;
}
const loading = <PanelLoading />;
const CommentsPanel = lazyComponent(() => import('@/components/comments/comments-panel').then((m) => m.CommentsPanel), loading);
const ReviewPanel = lazyComponent(() => import('@/components/drafting/review-panel').then((m) => m.ReviewPanel), loading);
const ClauseSidebar = lazyComponent(() => import('@/components/clauses/clause-sidebar').then((m) => m.ClauseSidebar), loading);
const StatusBoard = lazyComponent(() => import('@/components/status/status-board').then((m) => m.StatusBoard), loading);
const VersionsPanel = lazyComponent(() => import('@/components/versions/versions-panel').then((m) => m.VersionsPanel), loading);
const StylePanels = lazyComponent(() => import('@/components/styles/style-panels').then((m) => m.StylePanels), loading);

/** The panels beside the editor, shown as tabs; each one appears only where the matrix gives it a use. */
export function WorkspaceSidebar({
  editor,
  props,
  provider,
  onMessage,
}: {
  editor: Editor;
  props: DocumentWorkspaceProps;
  provider: WebsocketProvider;
  onMessage: (m: string) => void;
}) {
  const p = props.permissions;
  const t = useTranslations('workspace');
  const people = usePresence(provider);
  const roleName = useRoleName();
  const presence = people
    .filter((x) => x.id !== props.user.id)
    .map((x) => ({ name: x.name, color: x.color, detail: x.party ? `${roleName(x.role)}, ${x.party}` : roleName(x.role) }));
  const shared = props.documentKind === 'shared';
  const showInText = (anchor: { from: string; to: string; quote: string }) => {
    const binding = bindingOf(editor.state);
    const range = binding && rangeFromAnchor(binding, anchor);
    if (!range) return onMessage(t('passageGone'));
    editor.chain().focus().setTextSelection(range).scrollIntoView().run();
  };
  const tabs: WorkspaceTab[] = [
    {
      id: 'comments',
      label: t('tabComments'),
      content: (
        <CommentsPanel
          documentId={props.documentId}
          currentUser={{ id: props.user.id, name: props.user.name }}
          createAnchor={() => selectionAnchor(editor.state)}
          onShowInText={showInText}
        />
      ),
    },
    {
      id: 'review',
      label: t('tabReview'),
      content: (
        <ReviewPanel
          editor={editor}
          documentId={props.documentId}
          parties={props.parties}
          canReview={p['suggestion.review'] === 'allow'}
          canCollapse={p['alternative.collapse'] === 'allow'}
          onMessage={onMessage}
        />
      ),
    },
    {
      id: 'clauses',
      label: t('tabClauses'),
      content: <ClauseSidebar editor={editor} documentId={props.documentId} parties={props.parties} dayZero={props.dayZero} />,
    },
    { id: 'status', label: t('tabStatus'), content: <StatusBoard documentId={props.documentId} negotiationId={props.negotiationId} /> },
    {
      id: 'versions',
      label: t('tabVersions'),
      content: (
        <VersionsPanel
          documentId={props.documentId}
          canCreate={p['version.create'] === 'allow'}
          canRestore={p['version.restore'] === 'allow'}
          canExport={p.export === 'allow'}
          printHref={`/negotiations/${props.negotiationId}/documents/${props.documentId}/print`}
          negotiationId={shared ? props.negotiationId : undefined}
        />
      ),
    },
    {
      id: 'process',
      label: t('tabProcess'),
      content: <StylePanels data={props.stylePanels} roleLabel={props.user.roleLabel} presence={presence} editor={editor} />,
    },
  ];
  // Whoever may insert clauses starts in the library; everyone else starts with the comments.
  const ordered = p['clause.insert'] === 'deny' ? tabs : [tabs[2]!, ...tabs.filter((tab) => tab.id !== 'clauses')];
  return (
    <aside aria-label={t('tools')} className="min-w-0">
      {/* Page-wide, whichever tab is open: a style change refreshes permissions and panels. */}
      <StyleSync documentId={props.documentId} style={props.stylePanels.style.key} />
      {props.stylePanels.process && <RefreshOnTopic topic="offers" />}
      <CommentHighlights editor={editor} documentId={props.documentId} />
      <ClauseIssues editor={editor} partyNames={props.parties.flatMap((x) => [x.name, x.shortName])} />
      <WorkspaceTabs label={t('tools')} tabs={shared ? ordered : ordered.filter((tab) => tab.id !== 'status')} />
    </aside>
  );
}
