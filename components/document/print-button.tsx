'use client';

import { useTranslations } from 'next-intl';

export function PrintButton() {
  const t = useTranslations('print');
  return (
    <button type="button" onClick={() => window.print()} className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white">
      {t('button')}
    </button>
  );
}
