import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { withdrawAttachment } from '@/lib/commitments/withdraw-attachment';
import { withUser } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/attachments/[attachmentId]'>;

/** Withdraws a commitment (kept on record with its withdrawal time). */
export const DELETE = withUser<Ctx>(async (_req, user, { params }) => {
  const row = await withdrawAttachment(getDb(), user.id, (await params).attachmentId);
  return NextResponse.json({ attachment: { id: row.id, withdrawnAt: row.withdrawnAt } });
});
