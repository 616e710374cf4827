import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { requireDocumentPermission } from '@/lib/access/require-permission';
import { requireDocument } from '@/lib/access/scope';
import { readJson, withUser } from '@/lib/http/respond';
import { createVersion, listVersions } from '@/lib/versions/versions';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/documents/[id]/versions'>;

const zNewVersion = z.object({ name: z.string().trim().min(1, 'Give the version a name.').max(120) });

/** The document's named versions, newest first. */
export const GET = withUser<Ctx>(async (_req, user, { params }) => {
  const scope = await requireDocument(getDb(), user.id, (await params).id);
  return NextResponse.json({ versions: await listVersions(getDb(), scope) });
});

/** Saves the current stored text as a named version. */
export const POST = withUser<Ctx>(async (req, user, { params }) => {
  const scope = await requireDocument(getDb(), user.id, (await params).id);
  requireDocumentPermission(scope, 'version.create');
  const { name } = zNewVersion.parse(await readJson(req));
  const version = await createVersion(getDb(), { document: scope.document, name, userId: user.id });
  return NextResponse.json({ version }, { status: 201 });
});
