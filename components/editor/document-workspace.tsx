'use client';

import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { lazyComponent } from '@/components/ui/lazy-component';
import type { DayZero, DocumentKind, SignatoryRole } from '@/lib/negotiations/terms';
import type { Action, Decision } from '@/lib/access/matrix';
import type { StylePanelsData } from '@/lib/styles/get-style-panels';
import type { PackageJson } from '@/components/status/status-api';

/** Props the document page passes to the editor workspace (owned by the collaboration work). */
export interface DocumentWorkspaceProps {
  documentId: string;
  documentTitle: string;
  /** Language of the document's text (`lang` on the editor), when stated. */
  documentLanguage?: string | null;
  negotiationId: string;
  /** From lib/access documentAccess(): what the server will let this person do. */
  access: 'write' | 'suggest' | 'read';
  user: { id: string; name: string; color: string; roleLabel: string; partyShortName: string | null };
  parties: { id: string; name: string; shortName: string; color: string; role: SignatoryRole }[];
  /** The event library deadlines run from ({DAY_ZERO}), chosen for the negotiation. */
  dayZero: DayZero;
  /** The server's matrix decisions for this person, style and document (the UI only reflects them). */
  permissions: Partial<Record<Action, Decision>>;
  documentKind: DocumentKind;
  /** This person's party id (null for mediators, experts, guarantors, observers). */
  partyId: string | null;
  /** Style-aware panels, computed on the server for this reader. */
  stylePanels: StylePanelsData;
  /** The negotiation's package state when the page was rendered (shared drafts only; kept live on the page). */
  packageState?: PackageJson | null;
}

// Yjs, IndexedDB and the websocket exist only in the browser (and Yjs must be imported once):
// the server and the hydrating browser render the stand-in, the browser then loads the editor.
const LiveEditor = lazyComponent(() => import('./live-editor').then((m) => m.default), <OpeningDocument />);
const noSubscription = () => () => {};

/** The document's live editing area: editor, toolbar, presence and save status. */
export function DocumentWorkspace(props: DocumentWorkspaceProps) {
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return inBrowser ? <LiveEditor {...props} /> : <OpeningDocument />;
}

/** The editor's stand-in while its code and the server's copy load. */
export function OpeningDocument() {
  const t = useTranslations('workspace');
  return <div className="min-h-[24rem] rounded border border-line bg-white p-5 text-sm text-muted">{t('opening')}</div>;
}
