'use client';

import { useTranslations } from 'next-intl';
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
function useDescribeFloor(): (floor: FloorState | null) => string {
  const t = useTranslations('floor');
  return (floor) => {
    if (!floor) return t('nobody');
    const item = floor.agendaItem.title;
    return floor.holder.kind === 'party'
      ? t('partyHas', { short: floor.holder.shortName, name: floor.holder.name, item })
      : t('mediationHas', { item });
  };
}

/** The session's floor: every member sees who speaks on which agenda item; the lead mediator gives it and takes it back. */
export function FloorPanel({ initial, currentDocumentId }: FloorPanelProps) {
  const formatDate = useFormatDate();
  const t = useTranslations('floor');
  const tc = useTranslations('common');
  const describeFloor = useDescribeFloor();
  const id = useId();
  const [view, setView] = useState(initial);
  const { floor, canGive, agenda, parties } = view;
  const [speaker, setSpeaker] = useState(floor?.holder.kind === 'party' ? floor.holder.partyId : (parties[0]?.id ?? MEDIATION));
  const [item, setItem] = useState(
    floor?.agendaItem.id ?? (agenda.some((a) => a.id === currentDocumentId) ? currentDocumentId! : (agenda[0]?.id ?? '')),
  );
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
    setStatus({ ok: true, message: method === 'PUT' ? t('given') : t('tookBack') });
  }

  function give(e: React.FormEvent) {
    e.preventDefault();
    void change(
      'PUT',
      speaker === MEDIATION ? { holder: 'mediation', documentId: item } : { holder: 'party', partyId: speaker, documentId: item },
    );
  }

  return (
    <section aria-labelledby={`${id}-h`} className={`${ui.card} @container`}>
      <h2 id={`${id}-h`} className={ui.h2}>
        {t('title')}
      </h2>
      <p data-testid="floor-holder" aria-live="polite" className="mt-2 flex items-center gap-2 text-sm font-medium text-ink">
        {floor?.holder.kind === 'party' && <PartySwatch color={floor.holder.color} />}
        {describeFloor(floor)}
      </p>
      {floor && (
        <p className="mt-1 text-xs text-muted">
          {t('givenBy', { name: floor.givenBy ?? tc('formerMember'), date: formatDate(floor.givenAt) })}
        </p>
      )}
      {canGive && agenda.length > 0 && (
        <form onSubmit={give} className="mt-3 space-y-3 border-t border-line pt-3">
          {/* Side by side only where the card is wide enough for party and agenda names. */}
          <div className="grid gap-3 @lg:grid-cols-2">
            <label className={ui.label}>
              {t('speaker')}
              <select className={ui.input} value={speaker} onChange={(e) => setSpeaker(e.target.value)}>
                {parties.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} ({p.shortName})
                  </option>
                ))}
                <option value={MEDIATION}>{t('mediationTeam')}</option>
              </select>
            </label>
            <label className={ui.label}>
              {t('agendaItem')}
              <select className={ui.input} value={item} onChange={(e) => setItem(e.target.value)}>
                {agenda.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.title}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" className={ui.button} disabled={busy}>
              {t('give')}
            </button>
            <button type="button" className={ui.buttonSecondary} disabled={busy || !floor} onClick={() => void change('DELETE')}>
              {t('takeBack')}
            </button>
          </div>
        </form>
      )}
      <p role="status" aria-live="polite" className={`mt-2 text-sm ${status?.ok === false ? 'text-red-800' : 'text-muted'}`}>
        {status?.message}
      </p>
    </section>
  );
}
