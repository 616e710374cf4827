'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { fetchJson } from '@/components/ui/fetch-json';
import { ui } from '@/components/ui/styles';
import type { MediationStyle } from '@/db/schema/enums';
import { STYLE_HINTS, STYLE_LABELS } from '@/lib/negotiations/labels';

/** The current mediation style; those with `style.change` can switch it (an audited event). */
export function StyleCard({ negotiationId, style, canChange }: { negotiationId: string; style: MediationStyle; canChange: boolean }) {
  const router = useRouter();
  const [choice, setChoice] = useState<MediationStyle>(style);
  const [status, setStatus] = useState('');
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    const res = await fetchJson<{ changed: boolean }>(`/api/negotiations/${negotiationId}`, 'PATCH', { style: choice });
    setPending(false);
    setStatus(res.ok ? `The mediation style is now ${STYLE_LABELS[choice]}. Everyone’s permissions follow it.` : res.error);
    if (res.ok) router.refresh();
  }

  return (
    <section aria-labelledby="style-title" className={ui.card}>
      <h2 id="style-title" className={ui.h2}>Mediation style</h2>
      <p className="mt-2 flex items-center gap-2 text-sm"><span className="text-muted">Current:</span><Badge tone="accent">{STYLE_LABELS[style]}</Badge></p>
      <p className="mt-2 text-sm text-muted">{STYLE_HINTS[style]}</p>
      {canChange && (
        <form onSubmit={onSubmit} className="mt-4 border-t border-line pt-4">
          <fieldset>
            <legend className={ui.label}>Change the style</legend>
            <div className="mt-2 space-y-2">
              {(Object.keys(STYLE_LABELS) as MediationStyle[]).map((s) => (
                <label key={s} className="flex cursor-pointer items-start gap-2 rounded-md border border-line p-2.5 text-sm has-[:checked]:border-accent has-[:checked]:bg-accent-soft">
                  <input type="radio" name="style" value={s} checked={choice === s} onChange={() => setChoice(s)} className="mt-1 accent-[#0f4c81]" />
                  <span><span className="font-medium">{STYLE_LABELS[s]}</span><span className="block text-xs text-muted">{STYLE_HINTS[s]}</span></span>
                </label>
              ))}
            </div>
          </fieldset>
          <button type="submit" className={`${ui.button} mt-3`} disabled={pending || choice === style}>{pending ? 'Saving…' : 'Apply style'}</button>
          <p role="status" aria-live="polite" className="mt-2 text-sm text-muted">{status}</p>
        </form>
      )}
    </section>
  );
}
