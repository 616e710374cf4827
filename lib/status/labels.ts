import type { ClauseStatus } from '@/db/schema/drafting';

/** How each effective clause status is named in the interface, in board order. */
export const STATUS_LABELS: Record<ClauseStatus, string> = {
  proposed: 'Proposed',
  partly_agreed: 'Partly agreed',
  bracketed: 'Bracketed',
  changed: 'Changed after agreement',
  agreed_ad_ref: 'Agreed ad ref',
  agreed: 'Agreed',
  parked: 'Parked',
};

/** Board order of the effective statuses. */
export const STATUS_ORDER = Object.keys(STATUS_LABELS) as ClauseStatus[];

/** One line each, for tooltips and the legend. */
export const STATUS_HINTS: Record<ClauseStatus, string> = {
  proposed: 'On the table; no party has agreed yet.',
  partly_agreed: 'Some parties agreed to this text; the others have not yet.',
  bracketed: 'Contains text that is not yet agreed (brackets, suggestions or alternatives).',
  changed: 'The text changed after a party agreed to it; that agreement no longer counts until the party agrees again.',
  agreed_ad_ref: 'Every party accepted this exact text, pending approval by their principals.',
  agreed: 'Every party confirmed this exact text — still provisional until the whole package is agreed.',
  parked: 'Set aside by the mediator for later.',
};

export const POSITION_LABELS = { ad_ref: 'Ad ref', confirmed: 'Confirmed' } as const;

/** The name of the version saved automatically after a status change. */
export function autoVersionName(action: 'ad_ref' | 'confirm' | 'withdraw' | 'set', who: string, label: string, status?: string): string {
  const quoted = `‘${label}’`;
  if (action === 'ad_ref') return `Auto: ${who} agreed ${quoted} ad ref`;
  if (action === 'confirm') return `Auto: ${who} confirmed ${quoted}`;
  if (action === 'withdraw') return `Auto: ${who} withdrew agreement to ${quoted}`;
  return `Auto: mediator set ${quoted} to ${(status ?? '').replace('_', ' ')}`;
}
