import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { loadDocument } from '@/app/_lib/load-document';
import { DocumentWorkspace } from '@/components/editor/document-workspace';
import { Badge } from '@/components/ui/badge';
import { getCurrentUser, requireUserPage } from '@/lib/auth/session';
import { getDb } from '@/db/client';
import { ACTIONS } from '@/lib/access/matrix';
import { decide } from '@/lib/access/policy';
import { listDocumentsFor } from '@/lib/access/scope';
import { getStylePanels } from '@/lib/styles/get-style-panels';
import { getNegotiationPackage } from '@/lib/status/get-package-state';
import { useDocumentKindLabel } from '@/components/negotiations/document-kind-label';

export const dynamic = 'force-dynamic';
type Props = PageProps<'/negotiations/[id]/documents/[docId]'>;

const load = loadDocument;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { docId } = await params;
  const user = await getCurrentUser();
  return { title: user ? (await load(user.id, docId)).document.title : (await getTranslations('workspace'))('metaFallback') };
}

export default async function DocumentPage({ params }: Props) {
  const { id, docId } = await params;
  const user = await requireUserPage(`/negotiations/${id}/documents/${docId}`);
  const view = await load(user.id, docId);
  if (view.negotiation.id !== id) notFound();
  const { document, negotiation, access } = view;
  const [tl, t, tn, to, td, tr] = await Promise.all([
    getTranslations('languages'),
    getTranslations('workspace'),
    getTranslations('negotiations'),
    getTranslations('overview'),
    getTranslations('documents'),
    getTranslations('roles'),
  ]);
  const resource = { style: negotiation.style, document };
  const permissions = Object.fromEntries(ACTIONS.map((a) => [a, decide(view.actor, a, resource)]));
  const stylePanels = await getStylePanels(getDb(), user.id, docId);
  const packageState = document.kind === 'shared' ? await getNegotiationPackage(getDb(), negotiation.id) : null;
  // Beside the shared draft, a delegation keeps its own caucus one click away (never another's:
  // listDocumentsFor only returns what this member may read).
  const caucus =
    document.kind === 'shared' && view.actor.partyId
      ? (await listDocumentsFor(getDb(), { negotiation, actor: view.actor })).find((d) => d.kind === 'caucus')
      : undefined;
  return (
    <>
      <nav aria-label={to('breadcrumb')} className="text-sm">
        <ol className="flex flex-wrap items-center gap-x-2">
          <li>
            <Link href="/negotiations" className="text-accent underline underline-offset-2">
              {tn('title')}
            </Link>
          </li>
          <li aria-hidden="true" className="text-muted">
            /
          </li>
          <li>
            <Link href={`/negotiations/${id}`} className="text-accent underline underline-offset-2">
              {negotiation.title}
            </Link>
          </li>
          <li aria-hidden="true" className="text-muted">
            /
          </li>
          <li aria-current="page" className="text-muted">
            {document.title}
          </li>
        </ol>
      </nav>
      <header className="mt-3 flex flex-col gap-3 border-b border-line pb-5 sm:flex-row sm:items-end sm:justify-between">
        <h1 dir="auto" className="text-2xl font-semibold tracking-tight">
          {document.title}
        </h1>
        <div className="flex flex-wrap items-center gap-2">
          <span data-testid="document-kind">
            <Badge tone={document.kind === 'shared' ? 'neutral' : 'private'}>
              <KindLabel kind={document.kind} party={view.ownerParty?.name} />
            </Badge>
          </span>
          <span className="ms-1 text-sm text-muted">{t('yourAccess')}</span>
          <span data-testid="document-access">
            <Badge tone={access === 'write' ? 'success' : 'neutral'}>{td(`access_${access}`)}</Badge>
          </span>
          {document.kind === 'shared' && (
            <Link
              href={`/negotiations/${id}/documents/${docId}/languages`}
              className="ms-2 text-sm text-accent underline underline-offset-2"
            >
              {tl('versionsLink')}
            </Link>
          )}
          {caucus && (
            <Link
              href={`/negotiations/${id}/documents/${caucus.id}`}
              className="ms-2 text-sm text-accent underline underline-offset-2"
              target="_blank"
              rel="noopener"
            >
              {t('openCaucus', { title: caucus.title })}
            </Link>
          )}
        </div>
      </header>
      <div className="mt-6">
        <DocumentWorkspace
          documentId={document.id}
          documentTitle={document.title}
          documentLanguage={document.language}
          negotiationId={negotiation.id}
          access={access}
          user={{ id: user.id, name: user.name, color: view.color, roleLabel: tr(view.actor.role), partyShortName: view.partyShortName }}
          parties={view.parties}
          dayZero={negotiation.dayZero}
          partyId={view.actor.partyId}
          documentKind={document.kind}
          permissions={permissions}
          stylePanels={stylePanels}
          packageState={packageState}
        />
      </div>
    </>
  );
}

function KindLabel({ kind, party }: { kind: Parameters<ReturnType<typeof useDocumentKindLabel>>[0]; party?: string | null }) {
  return useDocumentKindLabel()(kind, party);
}
