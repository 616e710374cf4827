'use client';

import { useCallback, useEffect, useState } from 'react';
import { useDocumentTopic } from '@/components/editor/document-events';
import { packageSummary } from '@/components/status/package-banner';
import { usePackageState } from '@/components/status/use-package-state';
import type { RedlineBlock } from '@/lib/versions/redline';
import { useFormatDate } from '@/components/ui/format';
import { RedlineView } from './redline-view';

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
  const [versions, setVersions] = useState<VersionItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('current');
  const [diff, setDiff] = useState<{ from: string; to: string; blocks: RedlineBlock[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<VersionItem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const base = `/api/documents/${documentId}`;
  const [proposals, setProposals] = useState<'tracked' | 'marked'>('tracked');
  const pkg = usePackageState(negotiationId ?? null);
  const cleanBlocked = !negotiationId ? 'A clean text is made from a shared draft only.' : !pkg ? 'Checking the package…' : pkg.provisional ? `A clean text is available once the whole package is agreed. ${packageSummary(pkg)}.` : null;

  const load = useCallback(async () => {
    const res = await fetch(`${base}/versions`);
    if (!res.ok) return setError('Versions could not be loaded. Reload the page to try again.');
    const body = (await res.json()) as { versions: VersionItem[] };
    setVersions(body.versions);
    setError(null);
  }, [base]);
  useEffect(() => void load(), [load]);
  useDocumentTopic('versions', () => void load());

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const res = await fetch(`${base}/versions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name }) });
    setBusy(false);
    if (!res.ok) return setError(((await res.json().catch(() => ({}))) as { error?: string }).error ?? 'The version was not saved.');
    setName('');
    await load();
  }

  async function compare(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const res = await fetch(`${base}/versions/compare?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    setBusy(false);
    if (!res.ok) return setError(((await res.json().catch(() => ({}))) as { error?: string }).error ?? 'The comparison failed.');
    setDiff(await res.json());
  }

  async function restore(v: VersionItem) {
    setBusy(true);
    setError(null);
    const res = await fetch(`${base}/versions/${v.id}/restore`, { method: 'POST' });
    setBusy(false);
    setConfirming(null);
    if (!res.ok) return setError(((await res.json().catch(() => ({}))) as { error?: string }).error ?? 'The version was not restored.');
    const { version } = (await res.json()) as { version: VersionItem };
    setNotice(`v${v.number} is the current text again, saved as v${version.number}. Earlier versions are kept.`);
    await load();
  }

  /** Downloads through fetch so a refusal (e.g. a clean text while brackets are open) shows here. */
  async function download(query: string) {
    setError(null);
    const res = await fetch(`${base}/export?${query}`);
    if (!res.ok) return setError(((await res.json().catch(() => ({}))) as { error?: string }).error ?? 'The export failed.');
    const name = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '')?.[1];
    const url = URL.createObjectURL(await res.blob());
    const a = Object.assign(document.createElement('a'), { href: url, download: name ? decodeURIComponent(name) : 'draft.docx' });
    a.click();
    URL.revokeObjectURL(url);
  }

  return (
    <section aria-labelledby="versions-heading" className="space-y-4">
      <h2 id="versions-heading" className="text-base font-semibold">Versions</h2>
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
      {notice && <p role="status" className="text-sm text-green-800">{notice}</p>}
      {canCreate && (
        <form onSubmit={save} className="flex gap-2">
          <label htmlFor="version-name" className="sr-only">Version name</label>
          <input id="version-name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} placeholder="e.g. Mediator’s text v3" className="min-w-0 flex-1 rounded-md border border-gray-400 px-2 py-1 text-sm" />
          <button type="submit" disabled={busy || !name.trim()} className="rounded-md bg-accent px-3 py-1 text-sm font-medium text-white disabled:opacity-50">Save version</button>
        </form>
      )}
      {versions === null ? (
        <p className="text-sm text-muted" aria-live="polite">Loading versions…</p>
      ) : versions.length === 0 ? (
        <p className="text-sm text-muted">No named versions yet.{canCreate ? ' Save one to keep this text as it stands.' : ''}</p>
      ) : (
        <ul className="max-h-56 space-y-1 overflow-auto text-sm" aria-label="Version history">
          {versions.map((v) => (
            <li key={v.id} className="flex items-center justify-between gap-2 rounded px-1 py-0.5 hover:bg-accent-soft">
              <span>
                <span className="font-medium">v{v.number}</span> {v.name}
                <span className="block text-xs text-muted">{formatDate(v.createdAt)} · {v.reason}</span>
              </span>
              <span className="flex shrink-0 gap-2">
                {canRestore && (
                  <button type="button" className="text-xs text-accent underline" onClick={() => setConfirming(v)} aria-label={`Restore version ${v.number}`}>
                    Restore
                  </button>
                )}
                {canExport && <button type="button" className="text-xs text-accent underline" onClick={() => void download(`version=${v.id}&suggestions=${proposals}`)} aria-label={`Export version ${v.number} as DOCX`}>DOCX</button>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {confirming && (
        <div role="alertdialog" aria-labelledby="restore-question" className="space-y-2 rounded-md border border-amber-400 bg-amber-50 p-2 text-sm">
          <p id="restore-question">
            Make v{confirming.number} “{confirming.name}” the current text for everyone? The draft as it stands is replaced, and the result is saved as a new version; no version is lost.
          </p>
          <div className="flex gap-2">
            <button type="button" autoFocus disabled={busy} onClick={() => void restore(confirming)} className="rounded-md bg-accent px-3 py-1 font-medium text-white disabled:opacity-50">
              Restore v{confirming.number}
            </button>
            <button type="button" onClick={() => setConfirming(null)} className="rounded-md border border-line px-3 py-1">Cancel</button>
          </div>
        </div>
      )}
      {versions && versions.length > 0 && (
        <form onSubmit={compare} className="grid grid-cols-[1fr_1fr_auto] items-end gap-2 text-sm">
          <label className="flex flex-col">
            <span className="text-xs text-muted">Compare</span>
            <select value={from} onChange={(e) => setFrom(e.target.value)} required className="rounded-md border border-gray-400 px-1 py-1">
              <option value="">Choose a version</option>
              {versions.map((v) => <option key={v.id} value={v.id}>v{v.number} {v.name}</option>)}
            </select>
          </label>
          <label className="flex flex-col">
            <span className="text-xs text-muted">with</span>
            <select value={to} onChange={(e) => setTo(e.target.value)} className="rounded-md border border-gray-400 px-1 py-1">
              <option value="current">Current draft</option>
              {versions.map((v) => <option key={v.id} value={v.id}>v{v.number} {v.name}</option>)}
            </select>
          </label>
          <button type="submit" disabled={busy || !from} className="rounded-md border border-accent px-3 py-1 font-medium text-accent disabled:opacity-50">Compare</button>
        </form>
      )}
      {diff && (
        <div aria-live="polite">
          <p className="mb-2 text-sm text-muted">{diff.from} → {diff.to}</p>
          <RedlineView blocks={diff.blocks} showUnchanged={false} />
        </div>
      )}
      {canExport && (
        <div className="space-y-2 text-sm">
          <label className="flex flex-wrap items-center gap-2">
            <span className="text-xs text-muted">Proposals not yet accepted appear as</span>
            <select value={proposals} onChange={(e) => setProposals(e.target.value as 'tracked' | 'marked')} className="rounded-md border border-gray-400 px-1 py-0.5 text-xs">
              <option value="tracked">Word tracked changes</option>
              <option value="marked">Marked proposals in the text</option>
            </select>
          </label>
          <p className="flex flex-wrap gap-3">
            <button type="button" className="text-accent underline" onClick={() => void download(`version=current&suggestions=${proposals}`)}>Export draft (DOCX)</button>
            <button type="button" className="text-accent underline disabled:cursor-not-allowed disabled:text-muted disabled:no-underline" disabled={cleanBlocked !== null} aria-describedby={cleanBlocked ? 'clean-export-why' : undefined} onClick={() => void download('version=current&clean=1')}>
              Export clean text
            </button>
            <a className="text-accent underline" href={printHref}>Print view</a>
          </p>
          {cleanBlocked && <p id="clean-export-why" className="text-xs text-amber-900">{cleanBlocked}</p>}
        </div>
      )}
    </section>
  );
}
