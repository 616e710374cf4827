import { runChecklist } from './checks';
import { fillText, sampleValues } from './placeholders';
import { type Clause } from './schema';
import { VARIANTS, type ClauseVariant } from './clause-terms';
import type { ClauseProblem } from './validate-library';

/** How each variant fares against its own checklist once its fields hold sample values. */
export interface ChecklistReport {
  /** Standard variants that fail any item of their checklist: must be 0. */
  standardFailing: number;
  /** Maximal and fallback variants that fail some item (expected for fallbacks, which say what they give up). */
  otherFailing: Record<Exclude<ClauseVariant, 'standard'>, number>;
  problems: ClauseProblem[];
}

/** Party names the sample values use, so "the Government of Arandia" counts as a Party. */
const SAMPLE_PARTIES = [
  'the Government of Arandia',
  'the Arandian People’s Movement',
  'the Southern Liberation Front',
  'the Republic of Belmar',
];

/**
 * Fills every variant with sample values and runs its clause's checklist on it. A standard variant
 * that fails is a library problem (it is the text mediators insert by default).
 */
export function checklistReport(clauses: readonly Clause[], fileOf: (c: Clause) => string): ChecklistReport {
  const samples = sampleValues();
  const report: ChecklistReport = { standardFailing: 0, otherFailing: { maximal: 0, fallback: 0 }, problems: [] };
  for (const clause of clauses) {
    for (const variant of VARIANTS) {
      const failed = runChecklist(fillText(clause.variants[variant].text, samples), clause.checklist, SAMPLE_PARTIES).filter((r) => !r.ok);
      if (failed.length === 0) continue;
      if (variant !== 'standard') {
        report.otherFailing[variant] += 1;
        continue;
      }
      report.standardFailing += 1;
      for (const r of failed)
        report.problems.push({
          file: fileOf(clause),
          field: 'variants.standard.text',
          message: `fails its own checklist once filled with sample values: ${r.item} — ${r.detail}`,
        });
    }
  }
  return report;
}
