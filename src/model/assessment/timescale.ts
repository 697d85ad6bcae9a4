/**
 * The assessment's own clock: of all the clocks the template's timescale rule starts on the
 * record (one per referral, say), the one this response answers, with its due date and where it
 * stands: working days left, or days overdue.
 */
import { addDays, isIsoDate } from '../calendar/dates.js';
import { workingDaysBetween } from '../calendar/working-days.js';
import type { AssessmentResponse, CaseRecord } from '../case-record/schema.js';
import type { PracticeModel } from '../practice-model/schema.js';
import type { TimescaleRule } from '../practice-model/timescales.js';
import {
  evaluateRule,
  type ClockStatus,
  type EvaluateOptions,
  type TimescaleClock,
} from '../timescales/index.js';

/** The clock that applies to one response, and where it stands. */
export interface AssessmentClock {
  readonly rule: TimescaleRule;
  readonly clock: TimescaleClock;
  readonly status: ClockStatus;
  /** `YYYY-MM-DD` (or `YYYY-MM-DDTHH:MM` for an hours rule). */
  readonly due: string;
  /** Open and not overdue: working days from today to the due date (0 when due today). */
  readonly workingDaysLeft?: number;
  /** Overdue: calendar days since the due date (to today, or to the entry that stopped the clock). */
  readonly daysOverdue?: number;
  /** Overdue: working days since the due date. */
  readonly workingDaysOverdue?: number;
  /** Met late: calendar days after the due date. */
  readonly daysLate?: number;
}

/**
 * The day the response's work began: `started`, else the earliest date in its status history,
 * else the earliest date in its change log. Undefined when it has none of these.
 */
export function responseStartDate(response: AssessmentResponse): string | undefined {
  if (response.started !== undefined) return response.started;
  const earliest = (dates: readonly string[]) =>
    dates
      .map((at) => at.slice(0, 10))
      .filter(isIsoDate)
      .sort()[0];
  return (
    earliest((response.history ?? []).map((h) => h.at)) ??
    earliest((response.changes ?? []).map((c) => c.at))
  );
}

/**
 * The clock of the template's timescale rule that applies to this response: among the rule's
 * clocks on the record, the one whose anchor (the referral, or the entry that restarted it) is
 * the latest on or before the response's start date (see {@link responseStartDate}), not simply
 * the latest clock: a second referral must not move the due date of an assessment begun under the
 * first. Without a start date, the latest clock. Undefined when the template has no timescale,
 * the model lacks the rule, the rule does not apply in the division, or no clock started on or
 * before the start date.
 * @throws RangeError when `options.today` is not a date (as `evaluateTimescales`).
 */
export function assessmentClock(
  model: PracticeModel,
  record: CaseRecord,
  response: AssessmentResponse,
  options: EvaluateOptions,
): AssessmentClock | undefined {
  const template = model.templates.find((t) => t.id === response.template);
  const rule = model.timescales.find((r) => r.id === template?.timescale);
  if (!rule) return undefined;
  const clocks = evaluateRule(rule, model, record, options);
  const start = responseStartDate(response);
  let chosen: TimescaleClock | undefined;
  for (const clock of clocks) {
    if (start !== undefined && clock.anchor.date.slice(0, 10) > start) continue;
    // Clocks come by anchor date; the last on or before the start wins (its latest sequence).
    chosen = clock;
  }
  if (!chosen) return undefined;

  const base = { rule, clock: chosen, status: chosen.status, due: chosen.due };
  switch (chosen.status) {
    case 'overdue': {
      const division = options.division ?? record.division ?? model.division ?? 'england-and-wales';
      const daysOverdue = chosen.daysLate ?? 0;
      const due = chosen.due.slice(0, 10);
      // Counted to the same day as `daysLate`: today, or the entry that stopped the clock.
      const workingDaysOverdue = workingDaysBetween(
        due,
        addDays(due, daysOverdue),
        division,
        options.closures ? { closures: options.closures } : undefined,
      );
      return { ...base, daysOverdue, workingDaysOverdue };
    }
    case 'met-late':
      return { ...base, daysLate: chosen.daysLate ?? 0 };
    case 'due':
    case 'upcoming':
      return { ...base, workingDaysLeft: chosen.workingDaysLeft ?? 0 };
    default:
      return base;
  }
}
