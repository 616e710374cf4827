'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';

/** Unexpected failures: a calm message, a retry, and a way back. Details stay in the server log. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations();
  useEffect(() => {
    console.warn(
      'Page failed to render',
      error instanceof Error ? ((error as Error & { digest?: string }).digest ?? error.message) : error,
    );
  }, [error]);
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-lg px-6 py-20 outline-none">
      <div role="alert" className="rounded-lg border border-line bg-white p-5 shadow-sm">
        <h1 className="text-xl font-semibold">{t('errors.title')}</h1>
        <p className="mt-2 text-sm text-muted">{t('errors.body')}</p>
        <div className="mt-5 flex flex-wrap gap-3">
          <button type="button" onClick={() => retry()} className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-white">
            {t('common.tryAgain')}
          </button>
          {/* A full page load, not next/link: after an error it starts clean, and keeps next/link out of this chunk every page loads. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/negotiations" className="rounded-md border border-gray-400 px-4 py-2 text-sm font-medium">
            {t('common.goToNegotiations')}
          </a>
        </div>
      </div>
    </main>
  );
}
