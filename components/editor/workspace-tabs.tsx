'use client';

import { useId, useRef, useState } from 'react';

export interface WorkspaceTab {
  id: string;
  label: string;
  content: React.ReactNode;
}

/**
 * Accessible tabs (arrow keys move between tabs) for the panels beside the editor. A panel is
 * mounted when its tab is first opened and stays mounted (its state survives switching tabs): a
 * panel nobody opens costs neither its code (see workspace-sidebar.tsx) nor its requests.
 */
export function WorkspaceTabs({ tabs, label }: { tabs: WorkspaceTab[]; label: string }) {
  const [active, setActiveId] = useState(tabs[0]?.id ?? '');
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set([active]));
  const setActive = (id: string) => {
    setActiveId(id);
    setOpened((ids) => (ids.has(id) ? ids : new Set(ids).add(id)));
  };
  const base = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const index = Math.max(
    0,
    tabs.findIndex((t) => t.id === active),
  );

  function onKeyDown(e: React.KeyboardEvent) {
    const delta = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (!delta) return;
    e.preventDefault();
    const next = (index + delta + tabs.length) % tabs.length;
    setActive(tabs[next]!.id);
    refs.current[next]?.focus();
  }

  return (
    <div>
      <div role="tablist" aria-label={label} className="flex flex-wrap gap-1 border-b border-line" onKeyDown={onKeyDown}>
        {tabs.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            role="tab"
            type="button"
            id={`${base}-tab-${t.id}`}
            aria-controls={`${base}-panel-${t.id}`}
            aria-selected={i === index}
            tabIndex={i === index ? 0 : -1}
            onClick={() => setActive(t.id)}
            className={`-mb-px rounded-t-md border px-2.5 py-1.5 text-sm ${i === index ? 'border-line border-b-white bg-white font-medium text-ink' : 'border-transparent text-muted hover:text-ink'}`}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tabs.map((t, i) => (
        <div
          key={t.id}
          role="tabpanel"
          id={`${base}-panel-${t.id}`}
          aria-labelledby={`${base}-tab-${t.id}`}
          hidden={i !== index}
          className="pt-3"
        >
          {(i === index || opened.has(t.id)) && t.content}
        </div>
      ))}
    </div>
  );
}
