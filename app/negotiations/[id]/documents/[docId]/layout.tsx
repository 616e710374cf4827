import { notFound } from 'next/navigation';
import { loadDocument } from '@/app/_lib/load-document';
import { requireUserPage } from '@/lib/auth/session';
import { isCanonicalId } from '@/lib/ids/canonical-id';

/** Checks access to the document before anything streams (real 404 status for someone else's caucus). */
export default async function DocumentLayout({ children, params }: LayoutProps<'/negotiations/[id]/documents/[docId]'>) {
  const { id, docId } = await params;
  if (!isCanonicalId(id) || !isCanonicalId(docId)) notFound(); // the proxy redirects other spellings; never render under one
  const user = await requireUserPage(`/negotiations/${id}/documents/${docId}`);
  const view = await loadDocument(user.id, docId);
  if (view.negotiation.id !== id) notFound();
  return children;
}
