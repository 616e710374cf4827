import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.0 and 2.1 A/AA rules. */
export const WCAG_2_1_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeFindings {
  /** Violations as readable lines, `rule (impact): selectors`, with their impact. */
  violations: { line: string; impact: string }[];
  /** The rules that passed (e.g. `html-has-lang`: the page language was checked). */
  passed: Set<string>;
}

/**
 * axe-core's WCAG checks of the page as it stands. axe runs inside the page, injected once per
 * document and run again on later calls (a walk through tabs does not reload it). Measured on the
 * editor page at a load average of 20: 2 s a run, against 14–24 s for @axe-core/playwright's
 * `analyze()`, which evaluates the 500 KB script again on every call and finishes each run in a
 * new blank page. The rules and their results are the same: the pages have no frames.
 */
export async function axeFindings(page: Page, tags: string[] = WCAG_2_1_AA): Promise<AxeFindings> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async (values) => {
    type Node = { target: unknown[] };
    type Rule = { id: string; impact?: string | null; nodes: Node[] };
    const axe = (
      window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Rule[]; passes: Rule[] }> } }
    ).axe;
    const { violations, passes } = await axe.run(document, { runOnly: { type: 'tag', values } });
    return {
      violations: violations.map((v) => ({
        line: `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        impact: v.impact ?? '',
      })),
      passed: passes.map((p) => p.id),
    };
  }, tags);
  return { violations: result.violations, passed: new Set(result.passed) };
}

/** Serious and critical WCAG 2.x A/AA violations of the page as it stands, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await axeFindings(page);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.line);
}
