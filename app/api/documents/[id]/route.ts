import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { requireDocument } from '@/lib/access/scope';
import { withUser } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/documents/[id]'>;

/** A document's metadata and the caller's access to it; someone else's caucus answers 404. */
export const GET = withUser<Ctx>(async (_req, user, { params }) => {
  const { id } = await params;
  const { document, negotiation, access } = await requireDocument(getDb(), user.id, id);
  return NextResponse.json({
    document: {
      id: document.id,
      title: document.title,
      kind: document.kind,
      partyId: document.partyId,
      negotiationId: document.negotiationId,
    },
    negotiation: { id: negotiation.id, title: negotiation.title, style: negotiation.style },
    access,
  });
});
