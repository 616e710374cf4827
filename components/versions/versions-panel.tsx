'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import { useDocumentTopic } from '@/components/editor/document-events';
import { usePackageSummary } from '@/components/status/package-summary';
import { usePackageState } from '@/components/status/use-package-state';
import type { RedlineBlock, TextRef } from '@/lib/versions/redline';
import { useFormatDate } from '@/components/ui/format';
import { RedlineView } from './redline-view';

/** Why a version was saved (documentVersions.reason), each named in the catalogue. */
const REASONS = ['manual', 'restore', 'status-change', 'release'] as const;

interface VersionItem {
  id: string;
  number: number;
  name: string;
  reason: string;
  createdAt: string;
}

export interface VersionsPanelProps {
  documentId: string;
  canCreate: boolean;
  /** Direct editing and versions: may make an older version the current text again. */
  canRestore: boolean;
  canExport: boolean;
  printHref: string;
  /** Set for shared drafts: the negotiation whose package decides whether a clean text may be exported. */
  negotiationId?: string;
}

/** Named versions: save one, compare any two (or one with the current draft) as a redline, export DOCX. */
export function VersionsPanel({ documentId, canCreate, canRestore, canExport, printHref, negotiationId }: VersionsPanelProps) {
  const formatDate = useFormatDate();
  const t = useTranslations('versions');
  const tc = useTranslations('common');
  const packageSummary = usePackageSummary();
  const [versions, setVersions] = useState<VersionItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('current');
  const [diff, setDiff] = useState<{ from: string; to: string; fromRef?: TextRef; toRef?: TextRef; blocks: RedlineBlock[] } | null>(null);
  const tr = useTranslations('redlineText');
  const sideName = (ref: TextRef | undefined, english: string) =>
    !ref ? english : ref.kind === 'current' ? tr('current') : tr('version', { n: ref.number, name: ref.name });
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<VersionItem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const base = `/api/documents/${documentId}`;
  const [proposals, setProposals] = useState<'tracked' | 'marked'>('tracked');
  const pkg = usePackageState(negotiationId ?? null);
  const cleanBlocked = !negotiationId
    ? t('cleanSharedOnly')
    : !pkg
      ? t('checkingPackage')
      : pkg.provisional
        ? t('cleanBlocked', { summary: packageSummary(pkg) })
        : null;

  const load = useCallback(async () => {
    const res = await fetch(`${base}/versions`);
    if (!res.ok) return setError(t('loadFailed'));
    const body = (await res.json()) as { versions: VersionItem[] };
    setVersions(body.versions);
    setError(null);
  }, [base, t]);
  useEffect(() => void load(), [load]);
  useDocumentTopic('versions', () => void load());

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const res = await fetch(`${base}/versions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name }),
    });
    setBusy(false);
    if (!res.ok) return setError(((await res.json().catch(() => ({}))) as { error?: string }).error ?? t('notSaved'));
    setName('');
    await load();
  }

  async function compare(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const res = await fetch(`${base}/versions/compare?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    setBusy(false);
    if (!res.ok) return setError(((await res.json().catch(() => ({}))) as { error?: string }).error ?? t('compareFailed'));
    setDiff(await res.json());
  }

  async function restore(v: VersionItem) {
    setBusy(true);
    setError(null);
    const res = await fetch(`${base}/versions/${v.id}/restore`, { method: 'POST' });
    setBusy(false);
    setConfirming(null);
    if (!res.ok) return setError(((await res.json().catch(() => ({}))) as { error?: string }).error ?? t('notRestored'));
    const { version } = (await res.json()) as { version: VersionItem };
    setNotice(t('restored', { from: v.number, to: version.number }));
    await load();
  }

  const reasonLabel = (reason: string) =>
    REASONS.includes(reason as (typeof REASONS)[number]) ? t(`reason_${reason as (typeof REASONS)[number]}`) : reason;

  /** Downloads through fetch so a refusal (e.g. a clean text while brackets are open) shows here. */
  async function download(query: string) {
    setError(null);
    const res = await fetch(`${base}/export?${query}`);
    if (!res.ok) return setError(((await res.json().catch(() => ({}))) as { error?: string }).error ?? t('exportFailed'));
    const name = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '')?.[1];
    const url = URL.createObjectURL(await res.blob());
    const a = Object.assign(document.createElement('a'), { href: url, download: name ? decodeURIComponent(name) : 'draft.docx' });
    a.click();
    URL.revokeObjectURL(url);
  }

  return (
    <section aria-labelledby="versions-heading" className="space-y-4">
      <h2 id="versions-heading" className="text-base font-semibold">
        {t('title')}
      </h2>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {notice && (
        <p role="status" className="text-sm text-green-800">
          {notice}
        </p>
      )}
      {canCreate && (
        <form onSubmit={save} className="flex gap-2">
          <label htmlFor="version-name" className="sr-only">
            {t('name')}
          </label>
          <input
            id="version-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            maxLength={120}
            placeholder={t('namePlaceholder')}
            className="min-w-0 flex-1 rounded-md border border-gray-400 px-2 py-1 text-sm"
          />
          <button
            type="submit"
            disabled={busy || !name.trim()}
            className="rounded-md bg-accent px-3 py-1 text-sm font-medium text-white disabled:opacity-50"
          >
            {t('save')}
          </button>
        </form>
      )}
      {versions === null ? (
        <p className="text-sm text-muted" aria-live="polite">
          {t('loading')}
        </p>
      ) : versions.length === 0 ? (
        <p className="text-sm text-muted">{canCreate ? t('noneCanSave') : t('none')}</p>
      ) : (
        <ul className="max-h-56 space-y-1 overflow-auto text-sm" aria-label={t('history')}>
          {versions.map((v) => (
            <li key={v.id} className="flex items-center justify-between gap-2 rounded px-1 py-0.5 hover:bg-accent-soft">
              <span>
                <span className="font-medium">{t('number', { n: v.number })}</span> {v.name}
                <span className="block text-xs text-muted">
                  {formatDate(v.createdAt)} · {reasonLabel(v.reason)}
                </span>
              </span>
              <span className="flex shrink-0 gap-2">
                {canRestore && (
                  <button
                    type="button"
                    className="text-xs text-accent underline"
                    onClick={() => setConfirming(v)}
                    aria-label={t('restoreAria', { n: v.number })}
                  >
                    {t('restore')}
                  </button>
                )}
                {canExport && (
                  <button
                    type="button"
                    className="text-xs text-accent underline"
                    onClick={() => void download(`version=${v.id}&suggestions=${proposals}`)}
                    aria-label={t('exportAria', { n: v.number })}
                  >
                    DOCX
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {confirming && (
        <div
          role="alertdialog"
          aria-labelledby="restore-question"
          className="space-y-2 rounded-md border border-amber-400 bg-amber-50 p-2 text-sm"
        >
          <p id="restore-question">{t('restoreQuestion', { n: confirming.number, name: confirming.name })}</p>
          <div className="flex gap-2">
            <button
              type="button"
              autoFocus
              disabled={busy}
              onClick={() => void restore(confirming)}
              className="rounded-md bg-accent px-3 py-1 font-medium text-white disabled:opacity-50"
            >
              {t('restoreN', { n: confirming.number })}
            </button>
            <button type="button" onClick={() => setConfirming(null)} className="rounded-md border border-line px-3 py-1">
              {tc('cancel')}
            </button>
          </div>
        </div>
      )}
      {versions && versions.length > 0 && (
        <form onSubmit={compare} className="grid grid-cols-[1fr_1fr_auto] items-end gap-2 text-sm">
          <label className="flex flex-col">
            <span className="text-xs text-muted">{t('compare')}</span>
            <select value={from} onChange={(e) => setFrom(e.target.value)} required className="rounded-md border border-gray-400 px-1 py-1">
              <option value="">{t('chooseVersion')}</option>
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {t('number', { n: v.number })} {v.name}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col">
            <span className="text-xs text-muted">{t('with')}</span>
            <select value={to} onChange={(e) => setTo(e.target.value)} className="rounded-md border border-gray-400 px-1 py-1">
              <option value="current">{t('currentDraft')}</option>
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {t('number', { n: v.number })} {v.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="submit"
            disabled={busy || !from}
            className="rounded-md border border-accent px-3 py-1 font-medium text-accent disabled:opacity-50"
          >
            {t('compare')}
          </button>
        </form>
      )}
      {diff && (
        <div aria-live="polite">
          <p className="mb-2 text-sm text-muted" data-testid="compare-sides">
            {sideName(diff.fromRef, diff.from)} → {sideName(diff.toRef, diff.to)}
          </p>
          <RedlineView blocks={diff.blocks} showUnchanged={false} />
        </div>
      )}
      {canExport && (
        <div className="space-y-2 text-sm">
          <label className="flex flex-wrap items-center gap-2">
            <span className="text-xs text-muted">{t('proposalsAs')}</span>
            <select
              value={proposals}
              onChange={(e) => setProposals(e.target.value as 'tracked' | 'marked')}
              className="rounded-md border border-gray-400 px-1 py-0.5 text-xs"
            >
              <option value="tracked">{t('tracked')}</option>
              <option value="marked">{t('marked')}</option>
            </select>
          </label>
          <p className="flex flex-wrap gap-3">
            <button
              type="button"
              className="text-accent underline"
              onClick={() => void download(`version=current&suggestions=${proposals}`)}
            >
              {t('exportDraft')}
            </button>
            <button
              type="button"
              className="text-accent underline disabled:cursor-not-allowed disabled:text-muted disabled:no-underline"
              disabled={cleanBlocked !== null}
              aria-describedby={cleanBlocked ? 'clean-export-why' : undefined}
              onClick={() => void download('version=current&clean=1')}
            >
              {t('exportClean')}
            </button>
            <a className="text-accent underline" href={printHref}>
              {t('print')}
            </a>
          </p>
          {cleanBlocked && (
            <p id="clean-export-why" className="text-xs text-amber-900">
              {cleanBlocked}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
