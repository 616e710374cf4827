import { NextResponse } from 'next/server';
import { getDb } from '@/db/client';
import { readJson, withUser } from '@/lib/http/respond';
import { listNotifications } from '@/lib/notifications/list-notifications';
import { markNotificationsRead, zMarkRead } from '@/lib/notifications/mark-read';

export const dynamic = 'force-dynamic';

/** The signed-in person's notices, newest first, with the unread count. */
export const GET = withUser(async (_req, user) => NextResponse.json(await listNotifications(getDb(), user.id)));

/** `{ all: true }` or `{ ids: [...] }`: marks the person's own notices read. */
export const PATCH = withUser(async (req, user) => {
  const marked = await markNotificationsRead(getDb(), user.id, zMarkRead.parse(await readJson(req, 8192)));
  return NextResponse.json({ marked });
});
