import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { requireDocument } from '@/lib/access/scope';
import { withUser } from '@/lib/http/respond';
import { listParties } from '@/lib/status/list-clause-statuses';
import { redline } from '@/lib/versions/redline';
import { resolveText } from '@/lib/versions/resolve-text';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/documents/[id]/versions/compare'>;

const zRef = z.union([z.literal('current'), z.string().uuid('Pick a version to compare.')]);
const zQuery = z.object({ from: zRef, to: zRef.default('current') });

/** Redline between two versions (or a version and the current draft), block by block, negotiation marks included. */
export const GET = withUser<Ctx>(async (req, user, { params }) => {
  const scope = await requireDocument(getDb(), user.id, (await params).id);
  const q = zQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
  const [from, to, parties] = await Promise.all([
    resolveText(getDb(), scope, q.from),
    resolveText(getDb(), scope, q.to),
    listParties(getDb(), scope.negotiation.id),
  ]);
  return NextResponse.json({
    from: from.label,
    to: to.label,
    fromRef: from.textRef,
    toRef: to.textRef,
    blocks: redline(from.json, to.json, parties),
  });
});
