'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { ui } from '@/components/ui/styles';
import type { MentionableJson } from './comments-api';
import { MentionPicker } from './mention-picker';

interface Props {
  label: string;
  submitLabel: string;
  members: MentionableJson[];
  /** Sends the comment; resolves to an error message or null. */
  onSubmit: (body: string, mentions: string[]) => Promise<string | null>;
  onFocus?: () => void;
  children?: React.ReactNode;
}

const MAX = 4000;

/** A plain-text comment box with mentions; shows the server's error beside the field. */
export function CommentComposer({ label, submitLabel, members, onSubmit, onFocus, children }: Props) {
  const id = useId();
  const t = useTranslations('comments');
  const [body, setBody] = useState('');
  const [mentions, setMentions] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="space-y-2"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!body.trim()) return setError(t('writeFirst'));
        setBusy(true);
        const problem = await onSubmit(body, mentions);
        setBusy(false);
        setError(problem);
        if (!problem) {
          setBody('');
          setMentions([]);
        }
      }}
    >
      <label htmlFor={id} className={ui.label}>
        {label}
      </label>
      {children}
      <textarea
        id={id}
        value={body}
        maxLength={MAX}
        rows={3}
        onFocus={onFocus}
        onChange={(e) => setBody(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`${ui.input} resize-y`}
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <div className="flex flex-wrap items-end justify-between gap-2">
        <MentionPicker members={members} selected={mentions} onChange={setMentions} />
        <button type="submit" disabled={busy} className={`${ui.button} px-3 py-1.5`}>
          {busy ? t('sending') : submitLabel}
        </button>
      </div>
    </form>
  );
}
