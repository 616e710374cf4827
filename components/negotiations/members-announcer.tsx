'use client';

import { createContext, useContext, useState } from 'react';

const AnnounceContext = createContext<(message: string) => void>(() => {});

/** Announces results of member changes in a live region that outlives the row it concerns (a removed member's row disappears). */
export function MembersAnnouncer({ children }: { children: React.ReactNode }) {
  const [message, setMessage] = useState('');
  return (
    <AnnounceContext.Provider value={setMessage}>
      <p role="status" aria-live="polite" className="mt-2 text-sm text-muted empty:hidden">
        {message}
      </p>
      {children}
    </AnnounceContext.Provider>
  );
}

/** The announce function of the nearest MembersAnnouncer. */
export const useAnnounce = () => useContext(AnnounceContext);
