import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { readJson, withUser } from '@/lib/http/respond';
import { releaseText } from '@/lib/shuttle/release-text';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/** Releases the mediation team's text (this document) into a shared draft as "Mediator's text vN". */
export const POST = withUser<Ctx>(async (req, user, { params }) => {
  const result = await releaseText(getDb(), user.id, (await params).id, await readJson(req, 4 * 1024));
  return NextResponse.json(
    {
      version: { id: result.version.id, number: result.version.number, name: result.version.name, documentId: result.version.documentId },
      sourceVersion: { id: result.sourceVersion.id, number: result.sourceVersion.number },
      blockUid: result.blockUid,
      appliedTo: result.appliedTo,
    },
    { status: 201 },
  );
});
