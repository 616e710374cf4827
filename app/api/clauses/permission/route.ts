import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { getInsertPermission } from '@/lib/clauses/get-insert-permission';
import { searchParamsObject } from '@/lib/clauses/query';
import { withUser } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';

const zQuery = z.strictObject({ documentId: z.uuid('must be a document id') });

/** What the matrix lets the caller do with library clauses in this document: allow, suggest or deny. */
export const GET = withUser(async (req, user) => {
  const { documentId } = zQuery.parse(searchParamsObject(req.url));
  return NextResponse.json(await getInsertPermission(getDb(), user.id, documentId));
});
