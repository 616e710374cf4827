'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { ROLE_LABELS } from '@/lib/negotiations/labels';
import type { Role } from '@/lib/negotiations/terms';

export interface Person {
  id: string;
  name: string;
  color: string;
  role: string;
  party: string | null;
}

function readPeople(provider: WebsocketProvider): Person[] {
  const byId = new Map<string, Person>();
  for (const state of provider.awareness.getStates().values()) {
    const u = (state as { user?: Partial<Person> }).user;
    if (u?.id && u.name && !byId.has(u.id))
      byId.set(u.id, { id: u.id, name: u.name, color: u.color ?? '#4b5563', role: u.role ?? '', party: u.party ?? null });
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const ROLE_BY_LABEL = new Map(Object.entries(ROLE_LABELS).map(([role, label]) => [label, role as Role]));

/**
 * A role as the reader says it: awareness carries the server's English label (one identity for every
 * peer, whatever their language), translated here when it is one of ours.
 */
export function useRoleName(): (label: string) => string {
  const t = useTranslations('roles');
  return (label) => {
    const role = ROLE_BY_LABEL.get(label);
    return role ? t(role) : label;
  };
}

/** The people in the document now, kept current from awareness (identity set by the server). */
export function usePresence(provider: WebsocketProvider | null): Person[] {
  const [people, setPeople] = useState<Person[]>([]);
  useEffect(() => {
    if (!provider) return;
    const update = () => setPeople(readPeople(provider));
    provider.awareness.on('change', update);
    const t = setTimeout(update, 0);
    return () => {
      clearTimeout(t);
      provider.awareness.off('change', update);
    };
  }, [provider]);
  return people;
}

/** Who has the document open now, with their role (identity as the server sees it). */
export function PresenceList({ provider, selfId }: { provider: WebsocketProvider; selfId: string }) {
  const people = usePresence(provider);
  const t = useTranslations('presence');
  const roleName = useRoleName();
  return (
    <section aria-labelledby="presence-heading" className="rounded border border-line bg-white p-3">
      <h2 id="presence-heading" className="text-sm font-semibold">
        {t('title')}
      </h2>
      {people.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{t('onlyYou')}</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm" data-testid="presence-list">
          {people.map((p) => (
            <li key={p.id} className="flex items-center gap-2">
              <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: p.color }} />
              <span>
                <bdi>{p.name}</bdi>
                {p.id === selfId ? t('you') : ''}
              </span>
              <span className="text-muted">
                — {roleName(p.role)}
                {p.party ? `, ${p.party}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
