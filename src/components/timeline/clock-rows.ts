/**
 * Statutory clocks as rows of the visual timeline: one row per timescale rule, a marker at each
 * due date coloured and shaped by its status, the lateness drawn as a line, and a restart marker
 * where a clock started again (a placement move restarts visits). Markers are thinned to one per
 * few pixels, keeping the most urgent status, so a frame stays small whatever the record holds.
 */
import { isoDayNumber } from '../../model/calendar/dates.js';
import type { PracticeModel } from '../../model/practice-model/schema.js';
import type { TimeScale } from '../../model/timeline/index.js';
import type { ClockStatus, TimescaleClock } from '../../model/timescales/index.js';
import {
  categoryIndex,
  compileMatcher,
  matchesCompiled,
  type CompiledMatcher,
} from '../../model/timescales/matching.js';
import type { CaseEvent } from '../../model/case-record/schema.js';

/** One clock, as day numbers. */
export interface ClockPoint {
  readonly due: number;
  readonly status: ClockStatus;
  /** Where its lateness ends: the meeting entry (met late) or today (overdue). */
  readonly lateUntil: number | undefined;
}

/** One rule's clocks, sorted by due date, and where its chains restarted. */
export interface ClockRow {
  readonly rule: string;
  readonly points: readonly ClockPoint[];
  /** The points' due days, for searching a window without allocating every frame. */
  readonly dues: Float64Array;
  /** Days on which a clock of the rule restarted, ascending. */
  readonly restarts: readonly number[];
}

/** A marker of one frame. `x` is a window pixel. */
export interface ClockMarker {
  readonly x: number;
  readonly status: ClockStatus;
  /** The window pixel where the lateness line ends. */
  readonly lateX: number | undefined;
}

/** How urgent a status is, to keep the most urgent marker where several meet. */
const URGENCY: Readonly<Record<ClockStatus, number>> = {
  overdue: 4,
  'met-late': 3,
  due: 2,
  upcoming: 1,
  met: 0,
};

const THIN_PX = 10;

function dayOf(date: string): number | undefined {
  const day = isoDayNumber(date.length === 10 ? date : date.slice(0, 10));
  return Number.isNaN(day) ? undefined : day;
}

/**
 * Rows for the clocks, one per rule in the order rules first appear. A chain counts as restarted
 * when its anchor is not the rule's first and matches one of the rule's `restartOn` matchers.
 * `events` are the record's events (the clocks' anchors are looked up among them).
 */
export function clockRows(
  clocks: readonly TimescaleClock[],
  model: PracticeModel,
  events: readonly CaseEvent[],
  today: string,
): ClockRow[] {
  const todayDay = dayOf(today) ?? 0;
  const byRule = new Map<string, { points: ClockPoint[]; anchors: Map<string, number> }>();
  for (let i = 0; i < clocks.length; i++) {
    const clock = clocks[i] as TimescaleClock;
    let row = byRule.get(clock.rule);
    if (!row) {
      row = { points: [], anchors: new Map() };
      byRule.set(clock.rule, row);
    }
    const due = dayOf(clock.due);
    if (due === undefined) continue;
    const met = clock.metBy ? dayOf(clock.metBy.date) : undefined;
    row.points.push({
      due,
      status: clock.status,
      lateUntil:
        clock.status === 'met-late' ? met : clock.status === 'overdue' ? todayDay + 1 : undefined,
    });
    const anchor = dayOf(clock.anchor.date);
    if (anchor !== undefined) row.anchors.set(clock.anchor.event, anchor);
  }

  // Only the anchors of rules that restart are looked up: one pass over the events for those.
  const categories = categoryIndex(model);
  const restartOf = new Map<string, CompiledMatcher[]>();
  const wanted = new Set<string>();
  for (const [rule, row] of byRule) {
    const restartOn = model.timescales.find((r) => r.id === rule)?.restartOn ?? [];
    if (!restartOn.length) continue;
    restartOf.set(rule, restartOn.map(compileMatcher));
    for (const id of row.anchors.keys()) wanted.add(id);
  }
  const anchorEvents = new Map<string, CaseEvent>();
  if (wanted.size) {
    for (let i = 0; i < events.length; i++) {
      const event = events[i] as CaseEvent;
      if (wanted.has(event.id)) anchorEvents.set(event.id, event);
    }
  }

  const out: ClockRow[] = [];
  for (const [rule, row] of byRule) {
    const restartOn = restartOf.get(rule);
    const restarts: number[] = [];
    if (restartOn) {
      const anchors = [...row.anchors].sort((a, b) => a[1] - b[1]);
      for (let i = 1; i < anchors.length; i++) {
        const [id, day] = anchors[i] as [string, number];
        const event = anchorEvents.get(id);
        if (event && restartOn.some((m) => matchesCompiled(m, event, categories))) {
          restarts.push(day);
        }
      }
    }
    const points = row.points.sort((a, b) => a.due - b.due);
    out.push({ rule, points, dues: Float64Array.from(points, (p) => p.due), restarts });
  }
  return out;
}

function firstAtLeast(values: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? Infinity) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The markers of one rule in the scale's window: one per {@link THIN_PX} pixels at most, the most
 * urgent where several fall together.
 */
export function clockMarkers(row: ClockRow, scale: TimeScale): ClockMarker[] {
  const margin = 16 / scale.pxPerDay;
  const from = firstAtLeast(row.dues, scale.startDay - margin);
  const out: ClockMarker[] = [];
  let bucket = NaN;
  for (let i = from; i < row.points.length; i++) {
    const point = row.points[i] as ClockPoint;
    if (point.due > scale.endDay + margin) break;
    const x = scale.toPx(point.due);
    const b = Math.floor(x / THIN_PX);
    if (b === bucket) {
      // Only a more urgent marker replaces the one already in this bucket.
      const last = out[out.length - 1] as ClockMarker;
      if (URGENCY[point.status] > URGENCY[last.status])
        out[out.length - 1] = markerOf(point, x, scale);
      continue;
    }
    bucket = b;
    out.push(markerOf(point, x, scale));
  }
  return out;
}

function markerOf(point: ClockPoint, x: number, scale: TimeScale): ClockMarker {
  return {
    x,
    status: point.status,
    lateX: point.lateUntil === undefined ? undefined : scale.toPx(point.lateUntil),
  };
}

/** The restart markers of one rule in the window (window pixels), thinned the same way. */
export function restartMarkers(row: ClockRow, scale: TimeScale): number[] {
  const from = firstAtLeast(row.restarts, scale.startDay);
  const out: number[] = [];
  for (let i = from; i < row.restarts.length; i++) {
    const day = row.restarts[i] as number;
    if (day > scale.endDay) break;
    const x = scale.toPx(day);
    if (out.length && x - (out[out.length - 1] as number) < THIN_PX) continue;
    out.push(x);
  }
  return out;
}
