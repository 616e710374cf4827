'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { MentionableJson } from './comments-api';

interface Props {
  members: MentionableJson[];
  selected: string[];
  onChange: (ids: string[]) => void;
}

const chip = 'inline-flex items-center gap-1 rounded-full border border-[#b9cfe6] bg-accent-soft px-2 py-0.5 text-xs text-accent';

/** Picks members to @mention: a labelled list plus removable chips (keyboard friendly, no popups). */
export function MentionPicker({ members, selected, onChange }: Props) {
  const id = useId();
  const t = useTranslations('comments');
  const [choice, setChoice] = useState('');
  const available = members.filter((m) => !selected.includes(m.id));
  const nameOf = (uid: string) => members.find((m) => m.id === uid)?.name ?? t('someone');
  return (
    <div className="flex flex-wrap items-end gap-2">
      {selected.length > 0 && (
        <ul aria-label={t('mentioned')} className="flex flex-wrap gap-1">
          {selected.map((uid) => (
            <li key={uid} className={chip}>
              @{nameOf(uid)}
              <button type="button" className="rounded px-1 hover:bg-white" onClick={() => onChange(selected.filter((x) => x !== uid))}>
                <span aria-hidden="true">×</span>
                <span className="sr-only">{t('removeMention', { name: nameOf(uid) })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {available.length > 0 && (
        <div className="flex items-end gap-1">
          <label htmlFor={id} className="text-xs text-muted">
            {t('mention')}
            <select
              id={id}
              value={choice}
              onChange={(e) => setChoice(e.target.value)}
              className="mt-0.5 block max-w-48 rounded-md border border-gray-400 bg-white px-2 py-1 text-xs text-ink"
            >
              <option value="">{t('chooseMember')}</option>
              {available.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                  {m.partyShortName ? ` (${m.partyShortName})` : ''}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            disabled={!choice}
            className="rounded-md border border-gray-400 bg-white px-2 py-1 text-xs font-medium text-ink hover:bg-gray-50 disabled:opacity-60"
            onClick={() => {
              onChange([...selected, choice]);
              setChoice('');
            }}
          >
            {t('add')}
          </button>
        </div>
      )}
    </div>
  );
}
