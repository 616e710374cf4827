import { NextResponse } from 'next/server';
import { getDbHolder } from '@/db/client';

export const dynamic = 'force-dynamic';

/** Liveness + database reachability: `{ ok: true }`, or 503 when the database does not answer. */
export async function GET() {
  try {
    const holder = getDbHolder();
    await Promise.race([holder.ping(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000))]);
    return NextResponse.json({ ok: true, database: holder.driver });
  } catch {
    return NextResponse.json({ ok: false, error: 'The database is not reachable.' }, { status: 503 });
  }
}
