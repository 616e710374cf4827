import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { loadDocument } from '@/app/_lib/load-document';
import { StaticDoc } from '@/components/document/static-doc';
import { PrintButton } from '@/components/document/print-button';
import { getDb } from '@/db/client';
import { decide } from '@/lib/access/policy';
import { requireUserPage } from '@/lib/auth/session';
import { stateToJson } from '@/lib/editor/to-json';
import { countBrackets } from '@/lib/export/to-docx';
import { loadStoredState } from '@/lib/versions/load-stored-state';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Print view' };
type Props = { params: Promise<{ id: string; docId: string }> };

/** The saved draft as a printable page (browser "Save as PDF"), brackets with a legend. */
export default async function PrintPage({ params }: Props) {
  const { id, docId } = await params;
  const user = await requireUserPage(`/negotiations/${id}/documents/${docId}/print`);
  const view = await loadDocument(user.id, docId);
  if (view.negotiation.id !== id) notFound();
  const draftHref = `/negotiations/${id}/documents/${docId}`;
  // 403 with the page forbidden.tsx shows (this segment streams nothing before deciding).
  if (decide(view.actor, 'export', { style: view.negotiation.style, document: view.document }) !== 'allow') forbidden();
  const doc = stateToJson(await loadStoredState(getDb(), view.document.id));
  const brackets = countBrackets(doc);
  return (
    <article className="mx-auto max-w-3xl bg-white p-8 print:p-0">
      <div className="mb-6 flex items-start justify-between gap-4 print:hidden">
        <p className="text-sm text-muted">
          This is the last saved text. Use your browser’s print dialog to save it as PDF.{' '}
          <Link href={draftHref} className="text-accent underline underline-offset-2">Back to the draft</Link>
        </p>
        <PrintButton />
      </div>
      <header className="border-b border-line pb-4">
        <p className="text-sm text-muted">{view.negotiation.title}</p>
        <h1 className="text-2xl font-semibold">{view.document.title}</h1>
        <p className="mt-1 text-sm">Printed {new Date().toISOString().slice(0, 10)} · Provisional: nothing is agreed until everything is agreed.</p>
      </header>
      <StaticDoc doc={doc} parties={view.parties} />
      {brackets > 0 && (
        <footer className="mt-8 border-t border-line pt-3 text-sm">
          <h2 className="font-semibold">Legend</h2>
          <p>[text]<sup>PARTY</sup> — not agreed; the bracket is held by that party. {brackets} bracketed passage{brackets === 1 ? '' : 's'} open.</p>
        </footer>
      )}
    </article>
  );
}
