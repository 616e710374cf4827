'use client';

import { useCallback, useId, useState } from 'react';
import { useDocumentTopic } from '@/components/editor/document-events';
import { PartySwatch } from '@/components/ui/badge';
import { fetchJson } from '@/components/ui/fetch-json';
import { useFormatDate } from '@/components/ui/format';
import { ui } from '@/components/ui/styles';
import type { FloorState, FloorView } from '@/lib/floor/get-floor';

export interface FloorPanelProps {
  /** getFloor() for this reader, rendered on the server; refreshed on 'floor' notices. */
  initial: FloorView;
  /** The agenda item to preselect (the draft open on this page), if it is one. */
  currentDocumentId?: string;
}

const MEDIATION = 'mediation';

/** Who speaks, in words: "GOV (Government of Arandia) has the floor on “Chapter III”." */
export function describeFloor(floor: FloorState | null): string {
  if (!floor) return 'Nobody has the floor. The chair holds it until it is given.';
  const who = floor.holder.kind === 'party' ? `${floor.holder.shortName} (${floor.holder.name})` : 'The mediation team';
  return `${who} has the floor on “${floor.agendaItem.title}”.`;
}

/** The session's floor: every member sees who speaks on which agenda item; the lead mediator gives it and takes it back. */
export function FloorPanel({ initial, currentDocumentId }: FloorPanelProps) {
  const formatDate = useFormatDate();
  const id = useId();
  const [view, setView] = useState(initial);
  const { floor, canGive, agenda, parties } = view;
  const [speaker, setSpeaker] = useState(floor?.holder.kind === 'party' ? floor.holder.partyId : (parties[0]?.id ?? MEDIATION));
  const [item, setItem] = useState(floor?.agendaItem.id ?? (agenda.some((a) => a.id === currentDocumentId) ? currentDocumentId! : (agenda[0]?.id ?? '')));
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);

  const reload = useCallback(async () => {
    const res = await fetchJson<FloorView>(`/api/negotiations/${initial.negotiationId}/floor`, 'GET');
    if (res.ok) setView(res.data);
  }, [initial.negotiationId]);
  useDocumentTopic('floor', reload);

  async function change(method: 'PUT' | 'DELETE', body?: unknown) {
    setBusy(true);
    setStatus(null);
    const res = await fetchJson<FloorView>(`/api/negotiations/${initial.negotiationId}/floor`, method, body);
    setBusy(false);
    if (!res.ok) return setStatus({ ok: false, message: res.error });
    setView(res.data);
    setStatus({ ok: true, message: method === 'PUT' ? 'Floor given.' : 'You took the floor back.' });
  }

  function give(e: React.FormEvent) {
    e.preventDefault();
    void change('PUT', speaker === MEDIATION ? { holder: 'mediation', documentId: item } : { holder: 'party', partyId: speaker, documentId: item });
  }

  return (
    <section aria-labelledby={`${id}-h`} className={`${ui.card} @container`}>
      <h2 id={`${id}-h`} className={ui.h2}>Floor</h2>
      <p data-testid="floor-holder" aria-live="polite" className="mt-2 flex items-center gap-2 text-sm font-medium text-ink">
        {floor?.holder.kind === 'party' && <PartySwatch color={floor.holder.color} />}
        {describeFloor(floor)}
      </p>
      {floor && <p className="mt-1 text-xs text-muted">Given by {floor.givenBy ?? 'a former member'}, {formatDate(floor.givenAt)}</p>}
      {canGive && agenda.length > 0 && (
        <form onSubmit={give} className="mt-3 space-y-3 border-t border-line pt-3">
          {/* Side by side only where the card is wide enough for party and agenda names. */}
          <div className="grid gap-3 @lg:grid-cols-2">
            <label className={ui.label}>
              Speaker
              <select className={ui.input} value={speaker} onChange={(e) => setSpeaker(e.target.value)}>
                {parties.map((p) => <option key={p.id} value={p.id}>{p.name} ({p.shortName})</option>)}
                <option value={MEDIATION}>Mediation team</option>
              </select>
            </label>
            <label className={ui.label}>
              Agenda item
              <select className={ui.input} value={item} onChange={(e) => setItem(e.target.value)}>
                {agenda.map((a) => <option key={a.id} value={a.id}>{a.title}</option>)}
              </select>
            </label>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" className={ui.button} disabled={busy}>Give the floor</button>
            <button type="button" className={ui.buttonSecondary} disabled={busy || !floor} onClick={() => void change('DELETE')}>Take the floor back</button>
          </div>
        </form>
      )}
      <p role="status" aria-live="polite" className={`mt-2 text-sm ${status?.ok === false ? 'text-red-800' : 'text-muted'}`}>{status?.message}</p>
    </section>
  );
}
