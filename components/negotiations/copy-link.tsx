'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ui } from '@/components/ui/styles';

/** A read-only link with a copy button (falls back to selecting the text when the clipboard is refused). */
export function CopyLink({ link, className }: { link: string; className?: string }) {
  const [copied, setCopied] = useState('');
  const t = useTranslations('members');
  return (
    <div className={className}>
      <label htmlFor="invite-link" className="block text-sm font-medium">
        {t('linkLabel')}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id="invite-link"
          readOnly
          value={link}
          className={`${ui.input} mt-0 font-mono text-xs`}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          className={ui.buttonSecondary}
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(link);
              setCopied(t('copied'));
            } catch {
              (document.getElementById('invite-link') as HTMLInputElement | null)?.select();
              setCopied(t('copyManually'));
            }
          }}
        >
          {t('copy')}
        </button>
      </div>
      <p aria-live="polite" className="mt-1 text-xs text-muted">
        {copied}
      </p>
    </div>
  );
}
