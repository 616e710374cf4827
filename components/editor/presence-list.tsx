'use client';

import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';

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
    if (u?.id && u.name && !byId.has(u.id)) byId.set(u.id, { id: u.id, name: u.name, color: u.color ?? '#4b5563', role: u.role ?? '', party: u.party ?? null });
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
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
  return (
    <section aria-labelledby="presence-heading" className="rounded border border-line bg-white p-3">
      <h2 id="presence-heading" className="text-sm font-semibold">In this document now</h2>
      {people.length === 0 ? (
        <p className="mt-2 text-sm text-muted">Only you, once connected.</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm" data-testid="presence-list">
          {people.map((p) => (
            <li key={p.id} className="flex items-center gap-2">
              <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: p.color }} />
              <span><bdi>{p.name}</bdi>{p.id === selfId ? ' (you)' : ''}</span>
              <span className="text-muted">— {p.role}{p.party ? `, ${p.party}` : ''}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
