'use client';

import { useTranslations } from 'next-intl';
import type { SaveState } from './use-collab-session';

const TONES: Record<SaveState, string> = {
  connecting: 'border-line bg-white text-muted',
  saving: 'border-line bg-white text-muted',
  saved: 'border-green-700/30 bg-green-50 text-green-800',
  offline: 'border-amber-700/30 bg-amber-50 text-amber-900',
  reconnecting: 'border-amber-700/30 bg-amber-50 text-amber-900',
  failed: 'border-red-700/30 bg-red-50 text-red-800',
};

/** The save/connection pill, announced politely to screen readers when it changes. */
export function SaveStatus({ state, failure }: { state: SaveState; failure: string | null }) {
  const t = useTranslations('save');
  return (
    <p role="status" aria-live="polite" data-testid="save-status" className={`rounded-full border px-3 py-1 text-sm ${TONES[state]}`}>
      {state === 'failed' ? failure : t(state)}
    </p>
  );
}
