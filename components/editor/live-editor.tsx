'use client';

import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { BlockDirection } from '@/lib/editor/block-direction';
import { DOCUMENT_FIELD, sharedExtensions } from '@/lib/editor/extensions';
import { loadSuggestionTracking, SuggestMode, suggestionTrackingReady } from '@/lib/editor/suggest-mode';
import { PartyColors } from '@/components/drafting/party-colors';
import { pageNonce } from '@/components/ui/page-nonce';
import { describeRefusal } from './describe-close';
import { loadDropCursorOnDrag } from './drop-cursor-on-drag';
import { OpeningDocument, type DocumentWorkspaceProps } from './document-workspace';
import { DocumentEventsContext } from './document-events';
import { EditorContent, useEditor, useEditorState } from './editor-binding';
import { renderCaret } from './caret-label';
import { EditorToolbar } from './editor-toolbar';
import { EmptyDraftHint } from './empty-draft-hint';
import { PresenceList } from './presence-list';
import { SaveStatus } from './save-status';
import { useCollabSession, type CollabSession, type Refusal } from './use-collab-session';
import { WorkspaceSidebar } from './workspace-sidebar';
import { DraftingToolbar } from '@/components/drafting/drafting-toolbar';
import { PackageLine } from '@/components/status/package-line';

/** The live editor (browser only: DocumentWorkspace loads it after hydration). */
export default function LiveEditor(props: DocumentWorkspaceProps) {
  const { session, status, events, refusal } = useCollabSession(props.documentId, props.user.id, props.access);
  const canEdit = status.access === 'write' || status.access === 'suggest';
  // Editable only after the server's copy arrived in this visit: never type into a blank
  // stand-in of a document that could not be loaded.
  const editable = canEdit && status.hasSynced && !status.failure;
  const t = useTranslations('workspace');
  return (
    <DocumentEventsContext.Provider value={events}>
      <PartyColors parties={props.parties} />
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <SaveStatus state={status.state} failure={status.failure} />
        <RefusalNotice refusal={refusal} />
        {status.access === 'read' && (
          <p data-testid="read-only-badge" className="rounded-full border border-line bg-accent-soft px-3 py-1 text-sm text-accent">
            {t('readOnly')}
          </p>
        )}
        {status.access === 'suggest' && (
          <p data-testid="suggest-badge" className="rounded-full border border-line bg-amber-50 px-3 py-1 text-sm text-amber-900">
            {t('suggestMode')}
          </p>
        )}
        {session && <PresenceList provider={session.provider} selfId={props.user.id} />}
        {props.packageState && <PackageLine negotiationId={props.negotiationId} initial={props.packageState} />}
      </div>
      {session ? (
        <EditorPane
          key={session.doc.guid}
          session={session}
          props={props}
          editable={editable}
          suggest={status.access === 'suggest'}
          synced={status.hasSynced && !status.failure}
        />
      ) : (
        <EditorPlaceholder />
      )}
    </DocumentEventsContext.Provider>
  );
}

function EditorPane({
  session,
  props,
  editable: mayEdit,
  suggest,
  synced,
}: {
  session: CollabSession;
  props: DocumentWorkspaceProps;
  editable: boolean;
  suggest: boolean;
  synced: boolean;
}) {
  const [message, setMessage] = useState('');
  // In suggest mode, typing waits for the code that turns edits into suggestions.
  const tracking = useSuggestionTracking(suggest);
  const editable = mayEdit && tracking;
  const t = useTranslations('workspace');
  const mayInsertClauses = props.permissions['clause.insert'] !== 'deny';
  const editor = useEditor({
    editable: false,
    injectNonce: pageNonce(), // Tiptap's base styles: the CSP takes <style> elements only with the page's nonce

    extensions: [
      ...sharedExtensions(),
      BlockDirection,
      SuggestMode.configure({ author: { userId: props.user.id, partyId: props.partyId }, enabled: suggest }),
      // Shown only while editable, i.e. after the server's copy arrived: an empty draft, not a loading one.
      EmptyDraftHint.configure({ hint: () => t(emptyDraftHint(suggest, mayInsertClauses)) }),
      Collaboration.configure({ document: session.doc, field: DOCUMENT_FIELD }),
      CollaborationCaret.configure({
        provider: session.provider,
        // The server replaces this with the identity from the session; shown locally until then.
        user: {
          id: props.user.id,
          name: props.user.name,
          color: props.user.color,
          role: props.user.roleLabel,
          party: props.user.partyShortName,
        },
        render: renderCaret,
      }),
    ],
    editorProps: { attributes: editorAttributes(t('documentText', { title: props.documentTitle }), false, props.documentLanguage) },
  });
  useEffect(() => {
    if (!editor) return;
    if (editor.isEditable !== editable) {
      editor.setEditable(editable);
      editor.setOptions({
        editorProps: { attributes: editorAttributes(t('documentText', { title: props.documentTitle }), editable, props.documentLanguage) },
      });
    }
    editor.commands.setSuggestMode(suggest);
  }, [editor, editable, suggest, props.documentTitle, props.documentLanguage, t]);
  useEffect(() => (editor ? loadDropCursorOnDrag(editor) : undefined), [editor]);
  const empty = useEditorState({ editor, selector: ({ editor: e }) => e?.isEmpty ?? false });
  if (!editor) return <EditorPlaceholder />;
  const p = props.permissions;
  return (
    <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_24rem]">
      <div className="min-w-0 space-y-2">
        <div
          className="rounded border border-line bg-white focus-within:border-accent"
          data-testid="editor"
          data-editable={editable ? 'true' : 'false'}
        >
          <EditorToolbar editor={editor} disabled={!editable} />
          {editable && (
            <div className="border-b border-line px-2 py-1.5">
              <DraftingToolbar
                editor={editor}
                documentId={props.documentId}
                me={{ userId: props.user.id, partyId: props.partyId, partyShort: props.user.partyShortName ?? t('mediation') }}
                canBracket={p['bracket.place'] === 'allow'}
                canClean={p['bracket.clean'] === 'allow' && !suggest}
                suggestOnly={suggest}
                onMessage={setMessage}
              />
            </div>
          )}
          {empty && synced && !editable && (
            <p data-testid="empty-draft" className="border-b border-line bg-slate-50 px-5 py-2 text-sm text-muted">
              {t('emptyDraft')}
            </p>
          )}
          <EditorContent editor={editor} />
        </div>
        <p role="status" aria-live="polite" className="min-h-5 text-sm text-muted">
          {message}
        </p>
      </div>
      <WorkspaceSidebar editor={editor} props={props} provider={session.provider} onMessage={setMessage} />
    </div>
  );
}

/** The ProseMirror element is the textbox: its role and read-only state live on it (axe-clean). */
function editorAttributes(label: string, editable: boolean, language?: string | null): Record<string, string> {
  return {
    // The text's own language (screen readers voice it so); each block's direction comes from its words.
    ...(language ? { lang: language } : {}),
    'aria-label': label,
    'aria-multiline': 'true',
    'aria-readonly': String(!editable),
    role: 'textbox',
    class:
      'prose-pactum min-h-[24rem] px-5 py-4 focus:outline-none [&_h2]:mt-4 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:mt-3 [&_h3]:text-lg [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:ps-6 [&_p]:my-2 [&_ul]:list-disc [&_ul]:ps-6',
  };
}

/** What an empty draft invites its editor to do (EmptyDraftHint shows it in the first line): a `workspace` message key. */
export function emptyDraftHint(suggest: boolean, mayInsertClauses: boolean): 'hintSuggest' | 'hintClauses' | 'hintPlain' {
  if (suggest) return 'hintSuggest';
  return mayInsertClauses ? 'hintClauses' : 'hintPlain';
}

/** True once edits can be rewritten into suggestions, or at once when `suggest` is off (see loadSuggestionTracking). */
function useSuggestionTracking(suggest: boolean): boolean {
  const [ready, setReady] = useState(suggestionTrackingReady);
  useEffect(() => {
    if (!suggest || ready) return;
    let live = true;
    loadSuggestionTracking().then(
      () => live && setReady(true),
      (e: unknown) => console.warn('suggest mode could not load; the draft stays read-only', e),
    );
    return () => {
      live = false;
    };
  }, [suggest, ready]);
  return !suggest || ready;
}

const NOTICE_MS = 8000;

/** A short notice after the server refused an edit of ours: it was undone and the text reloaded, nothing to do. */
function RefusalNotice({ refusal }: { refusal: Refusal | null }) {
  const [shownAt, setShownAt] = useState<number | null>(null);
  const t = useTranslations('workspace');
  const ts = useTranslations('save');
  useEffect(() => {
    if (!refusal) return;
    setShownAt(refusal.at);
    const timer = setTimeout(() => setShownAt(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [refusal]);
  if (!refusal || shownAt !== refusal.at) return null;
  return (
    <p
      role="status"
      data-testid="edit-refused-notice"
      className="rounded-full border border-amber-700/30 bg-amber-50 px-3 py-1 text-sm text-amber-900"
    >
      {t('refused', { reason: describeRefusal(ts, refusal.reason) })}
    </p>
  );
}

function EditorPlaceholder() {
  return <OpeningDocument />;
}
