import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { readJson, withUser } from '@/lib/http/respond';
import { createDocument, zCreateDocument } from '@/lib/negotiations/create-document';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/negotiations/[id]/documents'>;

/** Adds a document (convener only). */
export const POST = withUser<Ctx>(async (req, user, { params }) => {
  const { id } = await params;
  const input = zCreateDocument.parse(await readJson(req));
  const document = await createDocument(getDb(), user.id, id, input);
  return NextResponse.json({ document }, { status: 201 });
});
