import type { ClauseStatus } from '@/db/schema/drafting';
import { useTranslations } from 'next-intl';

const TONES: Record<ClauseStatus, string> = {
  proposed: 'border-gray-300 bg-gray-50 text-gray-800',
  partly_agreed: 'border-[#b9cfe6] bg-white text-accent',
  bracketed: 'border-amber-300 bg-amber-50 text-amber-900',
  changed: 'border-red-300 bg-red-50 text-red-900',
  agreed_ad_ref: 'border-[#b9cfe6] bg-accent-soft text-accent',
  agreed: 'border-emerald-300 bg-emerald-50 text-emerald-900',
  parked: 'border-gray-300 bg-white text-muted',
};

/** A clause's effective status as a small labelled pill (the hint is in the title and for screen readers). */
export function StatusPill({ status }: { status: ClauseStatus }) {
  const t = useTranslations('statuses');
  const th = useTranslations('statusHints');
  return (
    <span
      title={th(status)}
      data-status={status}
      className={`inline-flex items-center rounded-full border px-2.5 py-0.5 text-xs font-medium ${TONES[status]}`}
    >
      {t(status)}
    </span>
  );
}
