'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { bdi } from '@/components/ui/bdi';
import { ui } from '@/components/ui/styles';
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

type StatusT = ReturnType<typeof useTranslations<'status'>>;

/** What in the clause's text keeps it from being agreed, in words ('' when nothing). */
function openMarks(c: ClauseJson, t: StatusT): string[] {
  const out: string[] = [];
  if (c.hasBracket) out.push(t('markBrackets'));
  if (c.hasSuggestion) out.push(t('markSuggestions'));
  if (c.alternatives > 0) out.push(c.alternatives === 1 ? t('markAlternative') : t('markAlternatives', { count: c.alternatives }));
  return out;
}

const positionText = (p: ClauseJson['positions'][number], t: StatusT) =>
  p.position
    ? t(`position_${p.position}`)
    : p.changedFrom
      ? t('earlierWording', { position: t(`position_${p.changedFrom}`) })
      : t('noPosition');

/** One clause on the board: its status, each party's position, what changed since it was agreed, and the reader's actions. */
export function ClauseStatusRow({ clause, me, busy, onChange, extra }: Props) {
  const selectId = useId();
  const t = useTranslations('status');
  const ts = useTranslations('statuses');
  const blockedId = useId();
  const [procedural, setProcedural] = useState(clause.procedural);
  const mine = clause.positions.find((p) => p.partyId === me.partyId);
  const key = clause.clauseKey;
  const marks = openMarks(clause, t);
  const label = clause.label;
  const blocked = marks.length > 0;
  const agree = (action: 'ad_ref' | 'confirm', done: string) => onChange({ clauseKey: key, action, textHash: clause.textHash }, done);
  return (
    <li className="border-b border-line py-3 last:border-b-0" data-clause-key={key}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="min-w-0 flex-1 text-sm font-medium text-ink">
          <bdi>{clause.label}</bdi>
          {clause.hasBracket && <span className="ms-2 text-xs font-normal text-amber-800">{t('containsBrackets')}</span>}
          {clause.hasSuggestion && <span className="ms-2 text-xs font-normal text-amber-800">{t('pendingSuggestions')}</span>}
          {clause.alternatives > 0 && <span className="ms-2 text-xs font-normal text-amber-800">{t('alternativesOpen')}</span>}
        </p>
        <StatusPill status={clause.status} />
      </div>
      {clause.changed && (
        <div
          className="mt-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-xs text-red-950"
          role="group"
          aria-label={t('changedAria', { label })}
        >
          <p className="font-semibold">{t('changedTitle')}</p>
          <p>
            {t.rich(clause.changed.parties.length === 1 ? 'changedBodyOne' : 'changedBodyMany', {
              parties: clause.changed.parties.join(t('and')),
              bdi,
            })}
          </p>
          {clause.changed.agreedText === null ? (
            <p className="mt-1 italic">{t('notRecorded')}</p>
          ) : (
            <TextChange parts={clause.changed.parts} />
          )}
        </div>
      )}
      <ul aria-label={t('positionsOn', { label })} className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
        {clause.positions.map((p) => (
          <li key={p.partyId}>
            <span className="font-medium text-ink">
              <bdi>{p.shortName}</bdi>:
            </span>{' '}
            {positionText(p, t)}
          </li>
        ))}
      </ul>
      {(me.canSetPartyPosition || me.canSetProcedural) && (
        <div className="mt-2 flex flex-wrap items-end gap-2">
          {me.canSetPartyPosition && mine && blocked && !mine.position && (
            <p id={blockedId} className="w-full text-xs text-amber-900">
              {t('notReady', { marks: marks.join(t('and')) })}
            </p>
          )}
          {me.canSetPartyPosition && mine && !mine.position && !mine.changedFrom && (
            <button
              type="button"
              disabled={busy || blocked}
              aria-describedby={blocked ? blockedId : undefined}
              className={`${ui.buttonSecondary} ${small}`}
              onClick={() => agree('ad_ref', t('doneAdRef', { party: mine.shortName, label }))}
            >
              {t('agreeAdRef')}
              <span className="sr-only">{t('toLabel', { label })}</span>
            </button>
          )}
          {me.canSetPartyPosition && mine?.changedFrom && (
            <button
              type="button"
              disabled={busy || blocked}
              aria-describedby={blocked ? blockedId : undefined}
              className={`${ui.buttonSecondary} ${small}`}
              onClick={() => agree('ad_ref', t('doneNewAdRef', { party: mine.shortName, label }))}
            >
              {t('agreeNewAdRef')}
              <span className="sr-only">{t('ofLabel', { label })}</span>
            </button>
          )}
          {me.canSetPartyPosition && mine?.changedFrom === 'confirmed' && (
            <button
              type="button"
              disabled={busy || blocked}
              aria-describedby={blocked ? blockedId : undefined}
              className={`${ui.button} ${small}`}
              onClick={() => agree('confirm', t('doneConfirmNew', { party: mine.shortName, label }))}
            >
              {t('confirmNew')}
              <span className="sr-only">{t('ofLabel', { label })}</span>
            </button>
          )}
          {me.canSetPartyPosition && mine?.position === 'ad_ref' && (
            <button
              type="button"
              disabled={busy}
              className={`${ui.button} ${small}`}
              onClick={() => agree('confirm', t('doneConfirm', { party: mine.shortName, label }))}
            >
              {t('confirm')}
              <span className="sr-only"> ‘{label}’</span>
            </button>
          )}
          {me.canSetPartyPosition && (mine?.position || mine?.changedFrom) && (
            <button
              type="button"
              disabled={busy}
              className={`${ui.buttonDanger} ${small}`}
              onClick={() => onChange({ clauseKey: key, action: 'withdraw' }, t('doneWithdraw', { party: mine.shortName, label }))}
            >
              {t('withdraw')}
              <span className="sr-only">{t('withdrawSr', { label })}</span>
            </button>
          )}
          {me.canSetProcedural && (
            <form
              className="flex items-end gap-2"
              onSubmit={(e) => {
                e.preventDefault();
                onChange({ clauseKey: key, action: 'set', status: procedural }, t('doneSet', { label, status: ts(procedural) }));
              }}
            >
              <label htmlFor={selectId} className="text-xs text-muted">
                {t('procedural')}
                <span className="sr-only">{t('ofLabel', { label })}</span>
                <select
                  id={selectId}
                  value={procedural}
                  onChange={(e) => setProcedural(e.target.value as ClauseJson['procedural'])}
                  className="mt-0.5 block rounded-md border border-gray-400 bg-white px-2 py-1 text-xs text-ink"
                >
                  <option value="proposed">{ts('proposed')}</option>
                  <option value="bracketed">{ts('bracketed')}</option>
                  <option value="parked">{ts('parked')}</option>
                </select>
              </label>
              <button type="submit" disabled={busy || procedural === clause.procedural} className={`${ui.buttonSecondary} ${small}`}>
                {t('set')}
                <span className="sr-only">{t('setSr', { label })}</span>
              </button>
            </form>
          )}
        </div>
      )}
      {extra}
    </li>
  );
}
