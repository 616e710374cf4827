'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { fetchJson } from '@/components/ui/fetch-json';
import { ui } from '@/components/ui/styles';

/** Lead mediator: opens the bilateral channel with one delegation, then goes to it. */
export function OpenChannelButton({ negotiationId, party }: { negotiationId: string; party: { id: string; shortName: string } }) {
  const router = useRouter();
  const t = useTranslations('documents');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  async function open() {
    setBusy(true);
    const res = await fetchJson<{ document: { id: string } }>(`/api/negotiations/${negotiationId}/bilateral`, 'POST', {
      partyId: party.id,
    });
    setBusy(false);
    if (!res.ok) return setError(res.error);
    router.push(`/negotiations/${negotiationId}/documents/${res.data.document.id}`);
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" className={ui.buttonSecondary} disabled={busy} onClick={() => void open()}>
        {t('openChannel', { party: party.shortName })}
      </button>
      {error && (
        <span role="alert" className="text-sm text-red-800">
          {error}
        </span>
      )}
    </span>
  );
}
