'use client';

import { useLocale, useTimeZone, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { SelectField } from '@/components/ui/field';
import { fetchJson } from '@/components/ui/fetch-json';
import { ui } from '@/components/ui/styles';
import { LOCALE_NAMES, LOCALES } from '@/lib/i18n/locales';

/**
 * Interface language and time zone. Zones come from the browser (after mount, so server and client
 * render the same first list); a person who never chose one is offered the browser's own zone.
 */
export function PreferencesForm({ savedLocale, savedTimeZone }: { savedLocale: string | null; savedTimeZone: string | null }) {
  const t = useTranslations('account');
  const tc = useTranslations('common');
  const current = useLocale();
  const currentZone = useTimeZone() ?? 'UTC';
  const [zones, setZones] = useState<string[]>([currentZone]);
  const [browserZone, setBrowserZone] = useState<string | null>(null);
  const [zone, setZone] = useState(savedTimeZone ?? currentZone);
  const [status, setStatus] = useState('');
  const [pending, setPending] = useState(false);

  useEffect(() => {
    const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    setZones([...new Set(['UTC', currentZone, own, ...all])]);
    setBrowserZone(own);
    if (!savedTimeZone) setZone(own);
  }, [currentZone, savedTimeZone]);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setStatus('');
    const res = await fetchJson('/api/account/preferences', 'PUT', {
      locale: String(form.get('locale')),
      timeZone: String(form.get('timeZone')),
    });
    if (!res.ok) {
      setPending(false);
      return setStatus(res.error);
    }
    setStatus(t('preferencesSaved'));
    window.location.reload();
  }

  return (
    <form onSubmit={onSubmit} className="mt-4 space-y-4" noValidate>
      <SelectField id="locale" label={t('language')} defaultValue={savedLocale ?? current}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </SelectField>
      <div>
        <SelectField id="timeZone" label={t('timeZone')} value={zone} onChange={(e) => setZone(e.target.value)}>
          {zones.map((z) => (
            <option key={z} value={z} dir="ltr">
              {z}
            </option>
          ))}
        </SelectField>
        {browserZone && <p className="mt-1 text-xs text-muted">{t('timeZoneHint', { zone: browserZone })}</p>}
      </div>
      <button type="submit" className={ui.button} disabled={pending}>
        {pending ? tc('saving') : t('savePreferences')}
      </button>
      <p role="status" className="text-sm">
        {status}
      </p>
    </form>
  );
}
