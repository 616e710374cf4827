'use client';

import { useId, useState } from 'react';
import { ui } from '@/components/ui/styles';
import { POSITION_LABELS } from '@/lib/status/labels';
import type { BoardJson, ClauseJson, StatusAction } from './status-api';
import { StatusPill } from './status-pill';

const small = 'px-2.5 py-1 text-xs';

interface Props {
  clause: ClauseJson;
  me: BoardJson['me'];
  busy: boolean;
  onChange: (change: StatusAction, done: string) => void;
}

/** One clause on the board: its status, each party's position and the actions this reader may take. */
export function ClauseStatusRow({ clause, me, busy, onChange }: Props) {
  const selectId = useId();
  const [procedural, setProcedural] = useState(clause.procedural);
  const mine = clause.positions.find((p) => p.partyId === me.partyId);
  const key = clause.clauseKey;
  return (
    <li className="border-b border-line py-3 last:border-b-0">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="min-w-0 flex-1 text-sm font-medium text-ink">
          {clause.label}
          {clause.hasBracket && <span className="ml-2 text-xs font-normal text-amber-800">[contains brackets]</span>}
        </p>
        <StatusPill status={clause.status} />
      </div>
      <ul aria-label={`Party positions on ‘${clause.label}’`} className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
        {clause.positions.map((p) => (
          <li key={p.partyId}>
            <span className="font-medium text-ink">{p.shortName}:</span> {p.position ? POSITION_LABELS[p.position] : 'No position'}
          </li>
        ))}
      </ul>
      {(me.canSetPartyPosition || me.canSetProcedural) && (
        <div className="mt-2 flex flex-wrap items-end gap-2">
          {me.canSetPartyPosition && mine && !mine.position && (
            <button type="button" disabled={busy} className={`${ui.buttonSecondary} ${small}`} onClick={() => onChange({ clauseKey: key, action: 'ad_ref' }, `${mine.shortName} agreed ‘${clause.label}’ ad ref.`)}>
              Agree ad ref<span className="sr-only"> to ‘{clause.label}’</span>
            </button>
          )}
          {me.canSetPartyPosition && mine?.position === 'ad_ref' && (
            <button type="button" disabled={busy} className={`${ui.button} ${small}`} onClick={() => onChange({ clauseKey: key, action: 'confirm' }, `${mine.shortName} confirmed ‘${clause.label}’.`)}>
              Confirm<span className="sr-only"> ‘{clause.label}’</span>
            </button>
          )}
          {me.canSetPartyPosition && mine?.position && (
            <button type="button" disabled={busy} className={`${ui.buttonDanger} ${small}`} onClick={() => onChange({ clauseKey: key, action: 'withdraw' }, `${mine.shortName} withdrew its agreement to ‘${clause.label}’.`)}>
              Withdraw<span className="sr-only"> agreement to ‘{clause.label}’</span>
            </button>
          )}
          {me.canSetProcedural && (
            <form
              className="flex items-end gap-2"
              onSubmit={(e) => {
                e.preventDefault();
                onChange({ clauseKey: key, action: 'set', status: procedural }, `‘${clause.label}’ set to ${procedural}.`);
              }}
            >
              <label htmlFor={selectId} className="text-xs text-muted">
                Procedural status<span className="sr-only"> of ‘{clause.label}’</span>
                <select id={selectId} value={procedural} onChange={(e) => setProcedural(e.target.value as ClauseJson['procedural'])} className="mt-0.5 block rounded-md border border-gray-400 bg-white px-2 py-1 text-xs text-ink">
                  <option value="proposed">Proposed</option>
                  <option value="bracketed">Bracketed</option>
                  <option value="parked">Parked</option>
                </select>
              </label>
              <button type="submit" disabled={busy || procedural === clause.procedural} className={`${ui.buttonSecondary} ${small}`}>
                Set<span className="sr-only"> procedural status of ‘{clause.label}’</span>
              </button>
            </form>
          )}
        </div>
      )}
    </li>
  );
}
