'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { clearLocalDocuments } from '@/components/editor/local-copies';
import { Field } from '@/components/ui/field';
import { fetchJson } from '@/components/ui/fetch-json';
import { ui } from '@/components/ui/styles';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-length';

/** Current + new password; on success every session ends, so it goes to the sign-in page. */
export function ChangePasswordForm() {
  const [fields, setFields] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const [pending, setPending] = useState(false);
  const t = useTranslations('account');

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const newPassword = String(form.get('newPassword') ?? '');
    if (newPassword !== String(form.get('confirmPassword') ?? '')) return setFields({ confirmPassword: t('passwordsDiffer') });
    setPending(true);
    setFields({});
    setStatus('');
    const res = await fetchJson('/api/account/password', 'POST', {
      currentPassword: String(form.get('currentPassword') ?? ''),
      newPassword,
    });
    if (!res.ok) {
      setPending(false);
      setFields(res.fields);
      return setStatus(Object.keys(res.fields).length ? t('checkFields') : res.error);
    }
    setStatus(t('passwordChanged'));
    await clearLocalDocuments();
    window.location.assign('/signin?callbackUrl=%2Faccount');
  }

  return (
    <form method="post" onSubmit={onSubmit} className="mt-4 space-y-4" noValidate>
      <Field
        id="currentPassword"
        label={t('currentPassword')}
        type="password"
        autoComplete="current-password"
        required
        error={fields.currentPassword}
      />
      <Field
        id="newPassword"
        label={t('newPassword')}
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={t('newPasswordHint', { min: MIN_PASSWORD_LENGTH })}
        error={fields.newPassword}
      />
      <Field
        id="confirmPassword"
        label={t('newPasswordAgain')}
        type="password"
        autoComplete="new-password"
        required
        error={fields.confirmPassword}
      />
      <button type="submit" className={ui.button} disabled={pending}>
        {pending ? t('changing') : t('changePassword')}
      </button>
      <p role="status" className="text-sm">
        {status}
      </p>
    </form>
  );
}
