'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { fetchJson } from '@/components/ui/fetch-json';
import { ui } from '@/components/ui/styles';
import { LOCALE_NAMES, LOCALES } from '@/lib/i18n/locales';

/** Convener / lead mediator: adds a language version of the draft (authentic or a working translation). */
export function AddLanguageVersion({ documentId }: { documentId: string }) {
  const t = useTranslations('languages');
  const router = useRouter();
  const [status, setStatus] = useState('');
  const [pending, setPending] = useState(false);
  return (
    <form
      className="mt-4 flex flex-wrap items-end gap-3 text-sm"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        setPending(true);
        setStatus('');
        const res = await fetchJson(`/api/documents/${encodeURIComponent(documentId)}/languages`, 'POST', {
          language: String(form.get('language')),
          authentic: form.get('authentic') === 'on',
        });
        setPending(false);
        if (!res.ok) return setStatus(res.error);
        router.refresh();
      }}
    >
      <div>
        <label htmlFor="version-language" className={ui.label}>
          {t('addLanguage')}
        </label>
        <select id="version-language" name="language" className={ui.input}>
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="authentic" defaultChecked /> {t('authenticCheckbox')}
      </label>
      <button type="submit" className={ui.button} disabled={pending}>
        {t('add')}
      </button>
      <p role="status" className="basis-full text-sm text-red-700">
        {status}
      </p>
    </form>
  );
}
