import { NextResponse } from 'next/server';
import { getDbHolder } from '@/db/client';
import { RETRY_AFTER_SECONDS } from '@/db/availability';
import { withRequest } from '@/lib/http/respond';

export const dynamic = 'force-dynamic';

/** Liveness + database reachability: `{ ok: true }`, or 503 with Retry-After when the database does not answer. */
export const GET = withRequest(async () => {
  try {
    const holder = getDbHolder();
    await Promise.race([holder.ping(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000))]);
    return NextResponse.json({ ok: true, database: holder.driver });
  } catch {
    return NextResponse.json(
      { ok: false, error: 'The database is not reachable.' },
      { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } },
    );
  }
});
