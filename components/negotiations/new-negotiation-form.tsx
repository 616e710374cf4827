'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Field, SelectField } from '@/components/ui/field';
import { fetchJson } from '@/components/ui/fetch-json';
import { PartySwatch } from '@/components/ui/badge';
import { ui } from '@/components/ui/styles';
import { DAY_ZERO_EVENTS, SIGNATORY_ROLES, type DayZero, type MediationStyle, type SignatoryRole } from '@/lib/negotiations/terms';
import { PARTY_PALETTE } from '@/lib/negotiations/labels';
import { StyleOptions } from './style-options';

/** The library placeholder each signatory role fills. */
const ROLE_FIELD: Record<SignatoryRole, string> = {
  government: '{GOVERNMENT}',
  armed_movement: '{MOVEMENT}',
  other_signatory: '{PARTY_C}',
  third_state: '{THIRD_STATE}',
};

type PartyDraft = { key: number; name: string; shortName: string; role: SignatoryRole };

/** A new party's default role: the first is the government, the second the armed movement. */
const defaultRole = (index: number): SignatoryRole => (index === 0 ? 'government' : index === 1 ? 'armed_movement' : 'other_signatory');

/** Title, description, 2–6 parties with their roles, the mediation style and day zero; on success, opens the new negotiation. */
export function NewNegotiationForm() {
  const router = useRouter();
  const t = useTranslations('newNegotiation');
  const tp = useTranslations('parties');
  const [parties, setParties] = useState<PartyDraft[]>([0, 1].map((key) => ({ key, name: '', shortName: '', role: defaultRole(key) })));
  const [dayZero, setDayZero] = useState<DayZero>('signature');
  const [style, setStyle] = useState<MediationStyle>('facilitative');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const roleHint = (role: SignatoryRole) =>
    role === 'armed_movement' ? t('hint_armed_movement', { f: '{MOVEMENT}', g: '{PARTY_C}' }) : t(`hint_${role}`, { f: ROLE_FIELD[role] });
  const update = (key: number, patch: Partial<PartyDraft>) => setParties((ps) => ps.map((p) => (p.key === key ? { ...p, ...patch } : p)));

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setStatus(null);
    const res = await fetchJson<{ negotiation: { id: string } }>('/api/negotiations', 'POST', {
      title: String(form.get('title') ?? ''),
      description: String(form.get('description') ?? ''),
      parties: parties.map(({ name, shortName, role }) => ({ name, shortName, role })),
      style,
      dayZero,
    });
    if (res.ok) {
      setStatus(t('created'));
      router.push(`/negotiations/${res.data.negotiation.id}`);
      return;
    }
    setPending(false);
    setFields(res.fields);
    setStatus(Object.keys(res.fields).length ? t('needsAttention') : res.error);
  }

  return (
    <form onSubmit={onSubmit} noValidate className={`${ui.card} mt-6 space-y-5`}>
      <Field id="title" label={t('title')} required maxLength={160} placeholder={t('titlePlaceholder')} error={fields.title} />
      <div>
        <label htmlFor="description" className={ui.label}>
          {t('description')} <span className="font-normal text-muted">{t('optional')}</span>
        </label>
        <textarea
          id="description"
          name="description"
          rows={3}
          maxLength={2000}
          className={ui.input}
          aria-invalid={fields.description ? true : undefined}
        />
        {fields.description && <p className="mt-1 text-sm text-red-700">{fields.description}</p>}
      </div>
      <fieldset>
        <legend className={ui.label}>{t('parties')}</legend>
        <p className="text-xs text-muted">{t('partiesHint', { g: '{GOVERNMENT}', m: '{MOVEMENT}', c: '{PARTY_C}', s: '{THIRD_STATE}' })}</p>
        {fields.parties && <p className="mt-1 text-sm text-red-700">{fields.parties}</p>}
        <ol className="mt-3 space-y-3">
          {parties.map((p, i) => (
            <li
              key={p.key}
              className="grid grid-cols-[auto_1fr] items-start gap-3 rounded-md border border-line p-3 sm:grid-cols-[auto_1fr_9rem_11rem_auto]"
            >
              <span className="mt-8 flex items-center">
                <PartySwatch color={PARTY_PALETTE[i % PARTY_PALETTE.length]!} />
              </span>
              <Field
                id={`party-${p.key}-name`}
                label={t('partyName', { n: i + 1 })}
                value={p.name}
                onChange={(e) => update(p.key, { name: e.target.value })}
                required
                error={fields[`parties.${i}.name`]}
              />
              <Field
                id={`party-${p.key}-short`}
                label={t('shortName')}
                value={p.shortName}
                onChange={(e) => update(p.key, { shortName: e.target.value })}
                required
                maxLength={8}
                error={fields[`parties.${i}.shortName`]}
                className="col-start-2 sm:col-start-auto"
              />
              <SelectField
                id={`party-${p.key}-role`}
                label={t('role')}
                value={p.role}
                onChange={(e) => update(p.key, { role: e.target.value as SignatoryRole })}
                error={fields[`parties.${i}.role`]}
                className="col-start-2 sm:col-start-auto"
                title={roleHint(p.role)}
              >
                {SIGNATORY_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {tp(r)}
                  </option>
                ))}
              </SelectField>
              {parties.length > 2 && (
                <button
                  type="button"
                  onClick={() => setParties((ps) => ps.filter((x) => x.key !== p.key))}
                  className={`${ui.buttonSecondary} col-start-2 justify-self-start sm:col-start-auto sm:mt-6`}
                >
                  {t('remove')}
                  <span className="sr-only">{t('removeSr', { n: i + 1 })}</span>
                </button>
              )}
            </li>
          ))}
        </ol>
        {parties.length < 6 && (
          <button
            type="button"
            className={`${ui.buttonSecondary} mt-3`}
            onClick={() =>
              setParties((ps) => [
                ...ps,
                { key: Math.max(...ps.map((x) => x.key)) + 1, name: '', shortName: '', role: defaultRole(ps.length) },
              ])
            }
          >
            {t('addParty')}
          </button>
        )}
      </fieldset>
      <div>
        <StyleOptions legend={t('styleLegend')} value={style} onChange={setStyle} />
        <p className="mt-1 text-xs text-muted">{t('styleHint')}</p>
        {fields.style && <p className="mt-1 text-sm text-red-700">{fields.style}</p>}
      </div>
      <fieldset>
        <legend className={ui.label}>{t('dayZero')}</legend>
        <p className="text-xs text-muted">{t('dayZeroHint', { d: '{DAY_ZERO}' })}</p>
        <div className="mt-2 flex flex-wrap gap-2">
          {DAY_ZERO_EVENTS.map((d) => (
            <label
              key={d}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-line p-2.5 text-sm has-[:checked]:border-accent has-[:checked]:bg-accent-soft"
            >
              <input
                type="radio"
                name="dayZero"
                value={d}
                checked={dayZero === d}
                onChange={() => setDayZero(d)}
                className="accent-[#0f4c81]"
              />
              {t(`day_${d}`)}
            </label>
          ))}
        </div>
        {fields.dayZero && <p className="mt-1 text-sm text-red-700">{fields.dayZero}</p>}
      </fieldset>
      <div className="flex flex-wrap items-center gap-4 border-t border-line pt-5">
        <button type="submit" className={ui.button} disabled={pending}>
          {pending ? t('creating') : t('create')}
        </button>
        <p role="status" aria-live="polite" className="text-sm text-muted">
          {status}
        </p>
      </div>
    </form>
  );
}
