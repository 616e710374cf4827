'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useFormatDate } from '@/components/ui/format';

export interface NoticeItem {
  id: string;
  message: string;
  negotiationTitle: string;
  href: string;
  createdAt: string;
  read: boolean;
}

/** The notices in the open menu, newest first; following one closes the menu (`onFollow`). */
export function NotificationsList({ notifications, onFollow }: { notifications: NoticeItem[]; onFollow: () => void }) {
  const t = useTranslations('notices');
  const formatDate = useFormatDate();
  return notifications.length === 0 ? (
    <p className="text-muted">{t('none')}</p>
  ) : (
    <ul className="max-h-80 space-y-2 overflow-auto">
      {notifications.map((n) => (
        <li key={n.id} className={`rounded border px-2 py-1.5 ${n.read ? 'border-line' : 'border-red-300 bg-red-50'}`}>
          <Link href={n.href} lang="en" dir="auto" className="text-ink no-underline hover:underline" onClick={onFollow}>
            {n.message}
          </Link>
          <span className="block text-xs text-muted">
            <bdi>{n.negotiationTitle}</bdi> · {formatDate(n.createdAt)}
          </span>
        </li>
      ))}
    </ul>
  );
}
