'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';

/** Ends the session and returns to the sign-in page; a real button, so it works from the keyboard. */
export function SignOutButton({ className }: { className?: string }) {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className={className ?? 'rounded-md border border-gray-300 px-3 py-1.5 text-sm font-medium text-ink hover:bg-gray-50'}
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: '/signin' });
      }}
    >
      {pending ? 'Signing out…' : 'Sign out'}
    </button>
  );
}
