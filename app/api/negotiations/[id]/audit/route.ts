import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { withUser } from '@/lib/http/respond';
import { listEvents } from '@/lib/audit/list-events';

export const dynamic = 'force-dynamic';
type Ctx = RouteContext<'/api/negotiations/[id]/audit'>;

/**
 * The negotiation's activity in plain language (`audit.read`), newest first. Query filters, all
 * optional: `action` (name or prefix, e.g. status, comment.create, document.edit), `actor` (user
 * id), `document` (document id), `since` (ISO time), `limit` (1–200, default 50).
 */
export const GET = withUser<Ctx>(async (req, user, { params }) => {
  const { id } = await params;
  const q = new URL(req.url).searchParams;
  const pick = (k: string) => q.get(k) || undefined;
  const filters = { action: pick('action'), actor: pick('actor'), document: pick('document'), since: pick('since') };
  const limit = Number(q.get('limit') ?? 50);
  return NextResponse.json({ events: await listEvents(getDb(), user.id, id, Number.isFinite(limit) ? limit : 50, filters) });
});
