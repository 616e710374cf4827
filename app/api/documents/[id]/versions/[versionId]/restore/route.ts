import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { notFound } from '@/lib/access/errors';
import { withUser } from '@/lib/http/respond';
import { restoreVersion } from '@/lib/versions/restore';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/documents/[id]/versions/[versionId]/restore'>;

/** Makes a named version the current text again, saved as a new version (history is kept). */
export const POST = withUser<Ctx>(async (_req, user, { params }) => {
  const { id, versionId } = await params;
  if (!z.uuid().safeParse(versionId).success) throw notFound('No such version of this document.');
  const result = await restoreVersion(getDb(), user.id, id, versionId);
  return NextResponse.json(result, { status: 201 });
});
