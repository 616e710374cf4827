'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { fetchJson } from '@/components/ui/fetch-json';
import { ui } from '@/components/ui/styles';
import type { MediationStyle } from '@/lib/negotiations/terms';
import { StyleOptions } from './style-options';

/** The current mediation style; those with `style.change` can switch it (an audited event). */
export function StyleCard({ negotiationId, style, canChange }: { negotiationId: string; style: MediationStyle; canChange: boolean }) {
  const router = useRouter();
  const t = useTranslations('styleCard');
  const ts = useTranslations('styles');
  const th = useTranslations('styleHints');
  const tc = useTranslations('common');
  const [choice, setChoice] = useState<MediationStyle>(style);
  const [status, setStatus] = useState('');
  const [pending, setPending] = useState(false);
  const applied = useRef<MediationStyle | null>(null);
  useFollowStyle(negotiationId, style, (next) => {
    setChoice(next);
    if (next === applied.current) return; // our own change, already announced
    setStatus(t('changedByOther', { style: ts(next) }));
  });

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    const res = await fetchJson<{ changed: boolean }>(`/api/negotiations/${negotiationId}`, 'PATCH', { style: choice });
    setPending(false);
    if (res.ok) applied.current = choice;
    setStatus(res.ok ? t('changed', { style: ts(choice) }) : res.error);
    if (res.ok) router.refresh();
  }

  return (
    <section aria-labelledby="style-title" className={ui.card}>
      <h2 id="style-title" className={ui.h2}>
        {t('title')}
      </h2>
      <p className="mt-2 flex items-center gap-2 text-sm">
        <span className="text-muted">{t('current')}</span>
        <Badge tone="accent">{ts(style)}</Badge>
      </p>
      <p className="mt-2 text-sm text-muted">{th(style)}</p>
      {canChange && (
        <form onSubmit={onSubmit} className="mt-4 border-t border-line pt-4">
          <StyleOptions legend={t('changeLegend')} value={choice} onChange={setChoice} />
          <button type="submit" className={`${ui.button} mt-3`} disabled={pending || choice === style}>
            {pending ? tc('saving') : t('apply')}
          </button>
          <p role="status" aria-live="polite" className="mt-2 text-sm text-muted">
            {status}
          </p>
        </form>
      )}
      {!canChange && (
        <p role="status" aria-live="polite" className="mt-2 text-sm text-muted">
          {status}
        </p>
      )}
    </section>
  );
}

const FOLLOW_POLL_MS = 10_000;

/**
 * The overview has no document socket, so it re-reads the style every few seconds while the tab is
 * visible (and on focus) and refreshes the page's server data when someone else changed it.
 */
function useFollowStyle(negotiationId: string, style: MediationStyle, onChange: (next: MediationStyle) => void) {
  const router = useRouter();
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  const check = useCallback(async () => {
    if (document.visibilityState !== 'visible') return;
    const res = await fetchJson<{ negotiation: { style: MediationStyle } }>(`/api/negotiations/${negotiationId}`, 'GET');
    if (!res.ok || res.data.negotiation.style === style) return;
    latest.current(res.data.negotiation.style);
    router.refresh();
  }, [negotiationId, style, router]);
  useEffect(() => {
    const timer = setInterval(() => void check(), FOLLOW_POLL_MS);
    const onFocus = () => void check();
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onFocus);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onFocus);
    };
  }, [check]);
}
