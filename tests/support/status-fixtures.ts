import type { ClauseStatusView } from '@/lib/status/list-clause-statuses';

/** A clause's status row as the package reads it: GOV and APM, `confirmed` naming who confirmed it. */
export const clauseView = (key: string, status: ClauseStatusView['status'], confirmed: string[]) =>
  ({
    clauseKey: key,
    label: key,
    status,
    positions: ['GOV', 'APM'].map((s) => ({
      partyId: s,
      shortName: s,
      position: confirmed.includes(s) ? 'confirmed' : null,
      changedFrom: null,
      updatedAt: null,
    })),
  }) as unknown as ClauseStatusView;

/** A document with no brackets, suggestions or alternatives open. */
export const NO_MARKS = { brackets: 0, suggestions: 0, alternatives: 0 };
