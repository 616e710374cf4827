'use client';

import type { Editor } from '@tiptap/core';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { fetchJson } from '@/components/ui/fetch-json';
import { ui } from '@/components/ui/styles';
import { selectedBlockRange } from './release-selection';

export interface ReleasePanelProps {
  /** The mediation team's notes or a bilateral channel (this page). */
  sourceDocumentId: string;
  /** Shared drafts, and the other delegations' bilateral channels, the text can go to. */
  targets: { id: string; title: string; kind: string }[];
  editor?: Editor | null;
}

interface Preview {
  number: number;
  title: string;
  paragraphs: string[];
  replaces: { number: number } | null;
  target: { title: string };
  label: string;
}

interface ReleaseResponse {
  version: { number: number; name: string };
}

/**
 * Shuttle mediation: release this text — all of it or the selected blocks — into a shared draft
 * or the other delegation's channel as the next "Mediator's text". The mediator sees exactly what
 * will go, and whether it replaces an earlier release of the same passage, before confirming.
 */
export function ReleasePanel({ sourceDocumentId, targets, editor }: ReleasePanelProps) {
  const id = useId();
  const t = useTranslations('release');
  const tc = useTranslations('common');
  const [target, setTarget] = useState(targets[0]?.id ?? '');
  const [scope, setScope] = useState<'all' | 'selection'>('all');
  const [preview, setPreview] = useState<{ body: object; data: Preview } | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);

  async function showPreview(e: React.FormEvent) {
    e.preventDefault();
    setStatus(null);
    const range = scope === 'selection' && editor ? selectedBlockRange(editor) : null;
    if (scope === 'selection' && !range) return setStatus({ ok: false, message: t('selectFirst') });
    const body = { targetDocumentId: target, ...(range ?? {}) };
    setBusy(true);
    const res = await fetchJson<{ preview: Preview }>(`/api/documents/${sourceDocumentId}/release?preview=1`, 'POST', body);
    setBusy(false);
    if (res.ok) setPreview({ body, data: res.data.preview });
    else setStatus({ ok: false, message: res.error });
  }

  async function release() {
    if (!preview) return;
    setBusy(true);
    const res = await fetchJson<ReleaseResponse>(`/api/documents/${sourceDocumentId}/release`, 'POST', preview.body);
    setBusy(false);
    setPreview(null);
    setStatus(res.ok ? { ok: true, message: t('released', { n: res.data.version.number }) } : { ok: false, message: res.error });
  }

  return (
    <section aria-labelledby={`${id}-h`} className={ui.card} data-testid="release-panel">
      <h2 id={`${id}-h`} className={ui.h2}>
        {t('title')}
      </h2>
      <p className="mt-1 text-sm text-muted">{t('lead')}</p>
      {targets.length === 0 ? (
        <p className="mt-3 text-sm text-muted">{t('noTarget')}</p>
      ) : (
        <form onSubmit={showPreview} className="mt-3 flex flex-wrap items-end gap-3">
          <label className={ui.label}>
            {t('into')}
            <select className={ui.input} value={target} onChange={(e) => (setTarget(e.target.value), setPreview(null))}>
              {targets.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.title}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="text-sm">
            <legend className="sr-only">{t('what')}</legend>
            <label className="me-3">
              <input type="radio" name={`${id}-scope`} checked={scope === 'all'} onChange={() => (setScope('all'), setPreview(null))} />{' '}
              {t('whole')}
            </label>
            <label>
              <input
                type="radio"
                name={`${id}-scope`}
                checked={scope === 'selection'}
                onChange={() => (setScope('selection'), setPreview(null))}
                disabled={!editor}
              />{' '}
              {t('selected')}
            </label>
          </fieldset>
          <button type="submit" className={ui.buttonSecondary} disabled={busy}>
            {t('preview')}
          </button>
        </form>
      )}
      {preview && (
        <div className="mt-3 rounded-md border border-line bg-accent-soft/40 p-3" data-testid="release-preview">
          <p className="text-xs font-medium text-muted" data-testid="release-preview-label">
            {preview.data.label}
          </p>
          <p className="text-sm">
            {preview.data.replaces
              ? t('replaces', { title: preview.data.target.title, n: preview.data.replaces.number })
              : t('appends', { title: preview.data.target.title })}
          </p>
          <h3 className="mt-2 text-sm font-semibold">{preview.data.title}</h3>
          {preview.data.paragraphs.map((p, i) => (
            <p key={i} className="text-sm">
              {p}
            </p>
          ))}
          <div className="mt-2 flex gap-2">
            <button type="button" className={ui.button} disabled={busy} onClick={() => void release()}>
              {busy ? t('releasing') : t('releaseAs', { n: preview.data.number })}
            </button>
            <button type="button" className={ui.buttonSecondary} onClick={() => setPreview(null)}>
              {tc('cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status" aria-live="polite" className={`mt-2 text-sm ${status?.ok === false ? 'text-red-800' : 'text-muted'}`}>
        {status?.message}
      </p>
    </section>
  );
}
