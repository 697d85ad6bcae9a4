/**
 * Compliance counts per rule, for dashboards and reports: "visits on time 11/12".
 */
import type { TimescaleClock } from './evaluate.js';

/** How one rule's clocks stand. */
export interface ComplianceSummary {
  /** The rule id. */
  readonly rule: string;
  /** Every clock of the rule. */
  readonly total: number;
  readonly met: number;
  readonly metLate: number;
  readonly overdue: number;
  readonly due: number;
  readonly upcoming: number;
}

/**
 * Counts clocks by status for each rule, in the order rules first appear among the clocks (the
 * model's rule order, for the output of `evaluateTimescales`). Rules without clocks are absent.
 *
 * The on-time rate of a rule is `met / (met + metLate + overdue)`: the due dates that have been
 * decided, on time out of all. Open clocks not yet past their due date (`due`, `upcoming`) are
 * not counted against it.
 *
 * ```ts
 * const [visits] = summariseCompliance(clocks.filter((c) => c.rule === 'looked-after-visits'));
 * `${visits.met}/${visits.met + visits.metLate + visits.overdue}`; // "11/12"
 * ```
 */
export function summariseCompliance(clocks: readonly TimescaleClock[]): ComplianceSummary[] {
  const byRule = new Map<
    string,
    { total: number; met: number; metLate: number; overdue: number; due: number; upcoming: number }
  >();
  for (const clock of clocks) {
    let counts = byRule.get(clock.rule);
    if (!counts) {
      counts = { total: 0, met: 0, metLate: 0, overdue: 0, due: 0, upcoming: 0 };
      byRule.set(clock.rule, counts);
    }
    counts.total += 1;
    switch (clock.status) {
      case 'met':
        counts.met += 1;
        break;
      case 'met-late':
        counts.metLate += 1;
        break;
      case 'overdue':
        counts.overdue += 1;
        break;
      case 'due':
        counts.due += 1;
        break;
      case 'upcoming':
        counts.upcoming += 1;
        break;
    }
  }
  return [...byRule].map(([rule, counts]) => ({ rule, ...counts }));
}
