import { NextResponse } from 'next/server';
import { getClauseLibrary } from '@/lib/clauses/library';
import { searchParamsObject, zClauseQuery } from '@/lib/clauses/query';
import { withUser } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';

/** Searches the clause library (signed-in users); `facets=1` adds the topic tree, PA-X codes and tags. */
export const GET = withUser(async (req) => {
  const { facets, ...query } = zClauseQuery.parse(searchParamsObject(req.url));
  const library = getClauseLibrary();
  const started = performance.now();
  const result = library.index.search(query);
  const tookMs = Math.round((performance.now() - started) * 100) / 100;
  const extra = facets === '1' ? { tree: library.tree, paxCodes: library.paxCodes, tags: library.tags } : {};
  return NextResponse.json({ ...result, tookMs, ...extra });
});
