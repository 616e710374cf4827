'use client';

import { useSyncExternalStore } from 'react';
import { FALLBACK_MARK, GlobalErrorDocument, globalErrorLocale } from '@/components/ui/global-error-text';
import type { Locale } from '@/lib/i18n/locales';

// Read when this chunk loads, before React swaps in this page's own <html>: the language the root
// layout gave the page (the reader's), unless the server already rendered this page instead.
const root = typeof document === 'undefined' ? null : document.documentElement;
const pageLang = root && !root.hasAttribute(FALLBACK_MARK) ? root.lang : '';
let chosen: Locale | undefined;
const clientLocale = () => (chosen ??= globalErrorLocale(pageLang, navigator.languages ?? [navigator.language]));
const noSubscription = () => () => {};

/** Last resort when the root layout itself fails: outside next-intl, in the page's or browser's language. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  const locale = useSyncExternalStore(noSubscription, clientLocale, () => null);
  return <GlobalErrorDocument locale={locale ?? 'en'} fallback={locale === null} retry={retry} />;
}
