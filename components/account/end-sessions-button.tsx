'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { clearLocalDocuments } from '@/components/editor/local-copies';
import { fetchJson } from '@/components/ui/fetch-json';
import { ui } from '@/components/ui/styles';

/** Signs the person out everywhere (`mine`) or, for an administrator, every user (`everyone`). */
export function EndSessionsButton({ scope }: { scope: 'mine' | 'everyone' }) {
  const [pending, setPending] = useState(false);
  const t = useTranslations();
  const [error, setError] = useState('');
  return (
    <div className="mt-4">
      <button
        type="button"
        className={ui.buttonDanger}
        disabled={pending}
        onClick={async () => {
          setPending(true);
          setError('');
          const res = await fetchJson(scope === 'mine' ? '/api/account/sessions' : '/api/admin/sessions', 'DELETE');
          if (!res.ok) {
            setPending(false);
            return setError(res.error);
          }
          await clearLocalDocuments();
          window.location.assign('/signin');
        }}
      >
        {pending ? t('header.signingOut') : scope === 'mine' ? t('account.signOutAllDevices') : t('account.signEveryoneOut')}
      </button>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
