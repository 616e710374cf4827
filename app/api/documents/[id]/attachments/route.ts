import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { addAttachment } from '@/lib/commitments/add-attachment';
import { listAttachments } from '@/lib/commitments/list-attachments';
import { readJson, withUser } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/documents/[id]/attachments'>;

/** The draft's commitments (deadlines, incentives, guarantees, conditions, pledges) and what the caller may add. */
export const GET = withUser<Ctx>(async (_req, user, { params }) => {
  return NextResponse.json(await listAttachments(getDb(), user.id, (await params).id));
});

/** Attaches a commitment to a clause (power-based mediation; lead mediator, or guarantors for pledges). */
export const POST = withUser<Ctx>(async (req, user, { params }) => {
  const row = await addAttachment(getDb(), user.id, (await params).id, await readJson(req, 8 * 1024));
  return NextResponse.json(
    {
      attachment: {
        id: row.id,
        clauseKey: row.clauseKey,
        kind: row.kind,
        text: row.text,
        partyId: row.partyId,
        dueAt: row.dueAt,
        createdAt: row.createdAt,
      },
    },
    { status: 201 },
  );
});
