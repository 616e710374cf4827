'use client';

import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/**
 * A component whose code loads when it first renders, showing `fallback` meanwhile: React's lazy()
 * in its own Suspense boundary. next/dynamic does the same for client components but adds its
 * loader, chunk preloading and server bail-out (~1.5 kB gzipped on the editor route,
 * tests/e2e/editor-bundle.spec.ts). A component the server must not render is guarded by its
 * caller (see DocumentWorkspace).
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode = null): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  return function LazyComponent(props: P) {
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}
