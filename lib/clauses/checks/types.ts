import type { Finding } from '../finding';
import type { Statement } from './segments';

/** How much a finding matters: blocking = an international-law problem; warning = not implementable as written; info = to do. */
export type Severity = 'blocking' | 'warning' | 'info';

/** What a check reads: the statements of one clause text, and who the parties are. */
export interface CheckInput {
  statements: readonly Statement[];
  /** Names (and short names) of the negotiation's parties: naming one counts as naming a Party. */
  partyNames: readonly string[];
}

/** The outcome of one check: addressed, or not with the reason a drafter can act on. */
export interface CheckOutcome {
  ok: boolean;
  /** Why it is missing ("no deadline: …") or, when ok, the words that satisfied it. */
  detail: string;
  /** When not ok: the reason as a catalogue key (lib/clauses/finding.ts), said in the reader's language. */
  reason?: Finding;
}

/** One checklist item: the element it looks for, how serious its absence is, and the test. */
export interface Check {
  label: string;
  /** The element sought, e.g. "a date or a period attached to an obligation". */
  element: string;
  severity: Severity;
  run: (input: CheckInput) => CheckOutcome;
}

export const pass = (detail: string): CheckOutcome => ({ ok: true, detail });
export const fail = (detail: string, reason: Finding): CheckOutcome => ({ ok: false, detail, reason });
/** A reason with no values: `reason.<name>` in the `findings` catalogue. */
export const because = (name: string, values?: Finding['values']): Finding => ({ key: `reason.${name}`, ...(values ? { values } : {}) });
