'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { clearLocalDocuments } from '@/components/editor/local-copies';

/**
 * Ends the session on the server (its cookie and open documents stop working everywhere), deletes
 * this browser's local copies of documents, and returns to the sign-in page. A real button, so it
 * works from the keyboard.
 */
export function SignOutButton({ className }: { className?: string }) {
  const [pending, setPending] = useState(false);
  const t = useTranslations('header');
  return (
    <button
      type="button"
      className={className ?? 'rounded-md border border-gray-300 px-3 py-1.5 text-sm font-medium text-ink hover:bg-gray-50'}
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await clearLocalDocuments();
        // Loaded on click: every page has this button, few pages are left through it.
        await import('@/components/auth/sign-in-request').then(({ requestSignOut }) => requestSignOut()).catch(() => setPending(false)); // unreachable server: the button works again
      }}
    >
      {pending ? t('signingOut') : t('signOut')}
    </button>
  );
}
