'use client';

import { useId, useState } from 'react';
import { ui } from '@/components/ui/styles';
import { POSITION_LABELS } from '@/lib/status/labels';
import type { BoardJson, ClauseJson, StatusAction } from './status-api';
import { StatusPill } from './status-pill';
import { TextChange } from './text-change';

const small = 'px-2.5 py-1 text-xs';

interface Props {
  clause: ClauseJson;
  me: BoardJson['me'];
  busy: boolean;
  onChange: (change: StatusAction, done: string) => void;
  /** Shown at the end of the row (e.g. a language version's alignment). */
  extra?: React.ReactNode;
}

/** What in the clause's text keeps it from being agreed, in words ('' when nothing). */
function openMarks(c: ClauseJson): string[] {
  const out: string[] = [];
  if (c.hasBracket) out.push('brackets');
  if (c.hasSuggestion) out.push('pending suggestions');
  if (c.alternatives > 0) out.push(c.alternatives === 1 ? 'an open alternative' : `${c.alternatives} open alternatives`);
  return out;
}

const positionText = (p: ClauseJson['positions'][number]) =>
  p.position ? POSITION_LABELS[p.position] : p.changedFrom ? `${POSITION_LABELS[p.changedFrom]} an earlier wording — must agree again` : 'No position';

/** One clause on the board: its status, each party's position, what changed since it was agreed, and the reader's actions. */
export function ClauseStatusRow({ clause, me, busy, onChange, extra }: Props) {
  const selectId = useId();
  const blockedId = useId();
  const [procedural, setProcedural] = useState(clause.procedural);
  const mine = clause.positions.find((p) => p.partyId === me.partyId);
  const key = clause.clauseKey;
  const marks = openMarks(clause);
  const blocked = marks.length > 0;
  const agree = (action: 'ad_ref' | 'confirm', done: string) => onChange({ clauseKey: key, action, textHash: clause.textHash }, done);
  return (
    <li className="border-b border-line py-3 last:border-b-0" data-clause-key={key}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="min-w-0 flex-1 text-sm font-medium text-ink">
          <bdi>{clause.label}</bdi>
          {clause.hasBracket && <span className="ms-2 text-xs font-normal text-amber-800">[contains brackets]</span>}
          {clause.hasSuggestion && <span className="ms-2 text-xs font-normal text-amber-800">[pending suggestions]</span>}
          {clause.alternatives > 0 && <span className="ms-2 text-xs font-normal text-amber-800">[alternatives open]</span>}
        </p>
        <StatusPill status={clause.status} />
      </div>
      {clause.changed && (
        <div className="mt-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-xs text-red-950" role="group" aria-label={`Changed after agreement: ‘${clause.label}’`}>
          <p className="font-semibold">Changed after agreement</p>
          <p>
            {clause.changed.parties.join(' and ')} agreed to an earlier wording; that agreement no longer counts until {clause.changed.parties.length === 1 ? 'it agrees' : 'they agree'} to this text.
          </p>
          {clause.changed.agreedText === null ? (
            <p className="mt-1 italic">The agreed wording was not recorded (agreed before Pactum bound agreements to text).</p>
          ) : (
            <TextChange parts={clause.changed.parts} />
          )}
        </div>
      )}
      <ul aria-label={`Party positions on ‘${clause.label}’`} className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
        {clause.positions.map((p) => (
          <li key={p.partyId}>
            <span className="font-medium text-ink">{p.shortName}:</span> {positionText(p)}
          </li>
        ))}
      </ul>
      {(me.canSetPartyPosition || me.canSetProcedural) && (
        <div className="mt-2 flex flex-wrap items-end gap-2">
          {me.canSetPartyPosition && mine && blocked && !mine.position && (
            <p id={blockedId} className="w-full text-xs text-amber-900">
              Not ready for agreement: the text still holds {marks.join(' and ')}.
            </p>
          )}
          {me.canSetPartyPosition && mine && !mine.position && !mine.changedFrom && (
            <button type="button" disabled={busy || blocked} aria-describedby={blocked ? blockedId : undefined} className={`${ui.buttonSecondary} ${small}`} onClick={() => agree('ad_ref', `${mine.shortName} agreed ‘${clause.label}’ ad ref.`)}>
              Agree ad ref<span className="sr-only"> to ‘{clause.label}’</span>
            </button>
          )}
          {me.canSetPartyPosition && mine?.changedFrom && (
            <button type="button" disabled={busy || blocked} aria-describedby={blocked ? blockedId : undefined} className={`${ui.buttonSecondary} ${small}`} onClick={() => agree('ad_ref', `${mine.shortName} agreed the new text of ‘${clause.label}’ ad ref.`)}>
              Agree ad ref to the new text<span className="sr-only"> of ‘{clause.label}’</span>
            </button>
          )}
          {me.canSetPartyPosition && mine?.changedFrom === 'confirmed' && (
            <button type="button" disabled={busy || blocked} aria-describedby={blocked ? blockedId : undefined} className={`${ui.button} ${small}`} onClick={() => agree('confirm', `${mine.shortName} confirmed the new text of ‘${clause.label}’.`)}>
              Confirm the new text<span className="sr-only"> of ‘{clause.label}’</span>
            </button>
          )}
          {me.canSetPartyPosition && mine?.position === 'ad_ref' && (
            <button type="button" disabled={busy} className={`${ui.button} ${small}`} onClick={() => agree('confirm', `${mine.shortName} confirmed ‘${clause.label}’.`)}>
              Confirm<span className="sr-only"> ‘{clause.label}’</span>
            </button>
          )}
          {me.canSetPartyPosition && (mine?.position || mine?.changedFrom) && (
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
      {extra}
    </li>
  );
}
