import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { readJson, withUser } from '@/lib/http/respond';
import { previewRelease, releaseText } from '@/lib/shuttle/release-text';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/documents/[id]/release'>;

/**
 * Releases the mediation team's text (this document: its notes or a bilateral channel) as
 * "Mediator's text vN"; with `?preview=1`, answers what would be released and changes nothing.
 */
export const POST = withUser<Ctx>(async (req, user, { params }) => {
  const id = (await params).id;
  const body = await readJson(req, 4 * 1024);
  if (new URL(req.url).searchParams.get('preview') === '1')
    return NextResponse.json({ preview: await previewRelease(getDb(), user.id, id, body) });
  const result = await releaseText(getDb(), user.id, id, body);
  return NextResponse.json(
    {
      version: { id: result.version.id, number: result.version.number, name: result.version.name, documentId: result.version.documentId },
      sourceVersion: { id: result.sourceVersion.id, number: result.sourceVersion.number },
      blockUid: result.blockUid,
      replaces: result.replaces,
      appliedTo: result.appliedTo,
    },
    { status: 201 },
  );
});
