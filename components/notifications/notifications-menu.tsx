'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { fetchJson } from '@/components/ui/fetch-json';
import { lazyComponent } from '@/components/ui/lazy-component';
import type { NoticeItem as Item } from './notifications-list';

// The list's code loads when the menu is first opened: the bell is on every page, the list rarely.
const NotificationsList = lazyComponent(() => import('./notifications-list').then((m) => m.NotificationsList), <ListLoading />);
function ListLoading() {
  return <p className="text-muted">{useTranslations('common')('loading')}</p>;
}

const POLL_MS = 15_000;

/**
 * The bell in the top bar: the person's notices (e.g. a clause their party agreed to was changed),
 * checked every 15 s and whenever the tab regains focus. Opening it marks them read.
 */
export function NotificationsMenu() {
  const [data, setData] = useState<{ notifications: Item[]; unread: number } | null>(null);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    const res = await fetchJson<{ notifications: Item[]; unread: number }>('/api/notifications', 'GET');
    if (res.ok) setData(res.data);
  }, []);
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), POLL_MS);
    const onFocus = () => void load();
    window.addEventListener('focus', onFocus);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [load]);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent | KeyboardEvent) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  const toggle = async () => {
    const next = !open;
    setOpen(next);
    if (next && data && data.unread > 0) {
      const res = await fetchJson('/api/notifications', 'PATCH', { all: true });
      if (res.ok) setData((d) => d && { unread: 0, notifications: d.notifications.map((n) => ({ ...n, read: true })) });
    }
  };

  const unread = data?.unread ?? 0;
  const t = useTranslations('notices');
  return (
    <div ref={root} className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => void toggle()}
        className="rounded-md border border-gray-300 px-3 py-1.5 text-sm font-medium text-ink hover:bg-gray-50"
      >
        {t('title')}
        {unread > 0 && <span className="ms-1.5 rounded-full bg-red-700 px-1.5 text-xs text-white">{unread}</span>}
        <span className="sr-only">{t('unread', { count: unread })}</span>
      </button>
      {open && (
        <div
          id={panelId}
          role="region"
          aria-label={t('title')}
          className="absolute end-0 z-40 mt-2 w-[min(24rem,90vw)] rounded-md border border-line bg-white p-3 text-sm shadow-lg"
        >
          <NotificationsList notifications={data?.notifications ?? []} onFollow={() => setOpen(false)} />
        </div>
      )}
    </div>
  );
}
