import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { readJson, withUser } from '@/lib/http/respond';
import { createLanguageVersion, zCreateLanguageVersion } from '@/lib/languages/create-language-version';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/documents/[id]/languages'>;

/** Adds a language version of this shared draft: `{ language, authentic?, sourceLanguage? }` (201, convener or lead mediator). */
export const POST = withUser<Ctx>(async (req, user, { params }) => {
  const { id } = await params;
  const document = await createLanguageVersion(getDb(), user.id, id, zCreateLanguageVersion.parse(await readJson(req, 1024)));
  return NextResponse.json({ document }, { status: 201 });
});
