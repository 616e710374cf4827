import type { ClauseStatusView } from './list-clause-statuses';

export interface PackageState {
  /** True until every clause is agreed: "nothing is agreed until everything is agreed". */
  provisional: boolean;
  agreed: number;
  total: number;
  /** Clauses that keep the package open, with the parties that have not confirmed them. */
  holding: { clauseKey: string; label: string; status: ClauseStatusView['status']; partiesNotAgreed: string[] }[];
}

/**
 * The package lock over a document's clauses. The package closes only when there is at least one
 * clause and every clause is agreed (confirmed by every party, not parked); until then each
 * agreement on the board is provisional.
 */
export function packageState(clauses: readonly ClauseStatusView[]): PackageState {
  const holding = clauses
    .filter((c) => c.status !== 'agreed')
    .map((c) => ({
      clauseKey: c.clauseKey,
      label: c.label,
      status: c.status,
      partiesNotAgreed: c.positions.filter((p) => p.position !== 'confirmed').map((p) => p.shortName),
    }));
  const agreed = clauses.length - holding.length;
  return { provisional: clauses.length === 0 || holding.length > 0, agreed, total: clauses.length, holding };
}
