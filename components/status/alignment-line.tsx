'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { fetchJson } from '@/components/ui/fetch-json';
import { useFormatDate } from '@/components/ui/format';
import { ui } from '@/components/ui/styles';

/**
 * A provision of a language version whose counterpart changed after they were last aligned:
 * "Out of step since …", and for whoever holds the pen on this version, "Mark aligned".
 */
export function AlignmentLine({
  documentId,
  clauseKey,
  since,
  canMark,
  onMarked,
}: {
  documentId: string;
  clauseKey: string;
  since: string;
  canMark: boolean;
  onMarked: () => void;
}) {
  const t = useTranslations('languages');
  const formatDate = useFormatDate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  return (
    <div
      className="mt-2 flex flex-wrap items-center gap-2 rounded-md border border-orange-300 bg-orange-50 px-3 py-1.5 text-xs text-orange-950"
      data-testid="out-of-step"
    >
      <span>{t('outOfStepSince', { date: formatDate(since) })}</span>
      {canMark && (
        <button
          type="button"
          disabled={busy}
          className={`${ui.buttonSecondary} px-2.5 py-1 text-xs`}
          onClick={async () => {
            setBusy(true);
            setError('');
            const res = await fetchJson(`/api/documents/${encodeURIComponent(documentId)}/alignment`, 'POST', { clauseKey });
            setBusy(false);
            if (!res.ok) return setError(res.error);
            onMarked();
          }}
        >
          {t('markAligned')}
        </button>
      )}
      {error && (
        <span role="alert" className="text-red-800">
          {error}
        </span>
      )}
    </div>
  );
}
