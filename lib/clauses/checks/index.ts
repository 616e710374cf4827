import { itemPath } from '../finding';
import { GENERAL_CHECKS } from './general-checks';
import { statementsOf } from './segments';
import { TOPIC_CHECKS } from './topic-checks';
import type { Check, CheckOutcome, Severity } from './types';

export type { Check, CheckOutcome, Severity } from './types';
export { exclusionList } from './builders';

/** The check behind a checklist item, or undefined when the item has no rule (clauses:check reports it). */
export function findCheck(item: string): Check | undefined {
  return GENERAL_CHECKS[item] ?? TOPIC_CHECKS[item];
}

/** Every checklist item the engine knows, general items first. */
export const CHECK_ITEMS: readonly string[] = [...Object.keys(GENERAL_CHECKS), ...Object.keys(TOPIC_CHECKS)];

/** The result of one checklist item on one text. */
export interface ItemResult extends CheckOutcome {
  item: string;
  label: string;
  element: string;
  severity: Severity;
}

/**
 * Runs a checklist on a clause text. Unfilled placeholders count as missing content, so "within
 * {N_DAYS} days" is not a deadline until a number is typed. Unknown items are reported as not met.
 */
export function runChecklist(text: string, checklist: readonly string[], partyNames: readonly string[] = []): ItemResult[] {
  const input = { statements: statementsOf(text), partyNames };
  return checklist.map((item) => {
    const check = findCheck(item);
    if (!check)
      return {
        item,
        label: item,
        element: 'a rule for this item',
        severity: 'warning',
        ok: false,
        detail: 'no rule exists for this checklist item',
        reason: { key: 'reason.noRule' },
      };
    const outcome = check.run(input);
    // "… not found" names the element this item looks for (`findings.element.<item>`).
    const reason = outcome.reason?.key.startsWith('reason.notFound')
      ? { ...outcome.reason, refs: { element: { key: `element.${itemPath(item)}` } } }
      : outcome.reason;
    return { item, label: check.label, element: check.element, severity: check.severity, ...outcome, ...(reason ? { reason } : {}) };
  });
}
