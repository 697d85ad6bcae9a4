/**
 * Statutory clocks as rows of the visual timeline: one row per timescale rule, a marker at each
 * due date coloured and shaped by its status, the lateness drawn as a line, and a restart marker
 * where a clock started again (a placement move restarts visits). Markers are thinned to one per
 * few pixels, keeping the most urgent status, so a frame stays small whatever the record holds.
 */
import { isoDayNumber } from '../../model/calendar/dates.js';
import type { PracticeModel } from '../../model/practice-model/schema.js';
import { byRanges } from '../../model/ranges.js';
import type { TimeScale } from '../../model/timeline/index.js';
import type { ClockStatus } from '../../model/timescales/index.js';
import type { ClockTable } from '../../model/timescales/evaluate.js';
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

/** A row being built: its points, and for a rule with restart entries, its anchors' days. */
interface RowDraft {
  readonly rule: string;
  readonly points: ClockPoint[];
  /** The rule's `restartOn` matchers, compiled; undefined when it has none. */
  readonly restartOn: readonly CompiledMatcher[] | undefined;
  /** Each anchor entry's day, by its position in the events, in the order first seen. */
  readonly anchors: Map<number, number>;
}

/**
 * Rows for the evaluated clocks (those `keep` keeps, when given: by clock number), one per rule in
 * the order rules first appear. A chain counts as restarted when its anchor is not the rule's
 * first and matches one of the rule's `restartOn` matchers. `events` are the evaluated record's
 * events; `today` is a `YYYY-MM-DD` date.
 *
 * The clocks are read as numbers ({@link ClockTable}): at a first render, 2,000 clocks cost no
 * date text written and read back.
 */
export function clockRows(
  table: ClockTable,
  model: PracticeModel,
  events: readonly CaseEvent[],
  today: string,
  keep?: (clock: number) => boolean,
): ClockRow[] {
  const run: ClockRun = {
    table,
    model,
    keep,
    todayDay: isoDayNumber(today.slice(0, 10)),
    drafts: [],
    byRule: new Map(),
    draft: undefined,
    previousAnchor: -1,
  };
  // In ranges (see model/ranges.ts), each read by one call.
  byRanges(table.length, (from, to) => readClockRange(run, from, to));
  const drafts = run.drafts;
  const categories = categoryIndex(model);

  const out: ClockRow[] = [];
  for (const { rule, points, restartOn, anchors } of drafts) {
    const restarts: number[] = [];
    if (restartOn) {
      const ordered = [...anchors].sort((a, b) => a[1] - b[1]);
      for (let i = 1; i < ordered.length; i++) {
        const [position, day] = ordered[i] as [number, number];
        const event = events[position];
        if (event && restartOn.some((m) => matchesCompiled(m, event, categories))) {
          restarts.push(day);
        }
      }
    }
    // Points are usually in due order already (a rule's clocks come by anchor, then sequence):
    // sorted (stably, as before) only when they are not.
    let sorted = true;
    for (let i = 1; i < points.length && sorted; i++) {
      sorted = (points[i - 1] as ClockPoint).due <= (points[i] as ClockPoint).due;
    }
    if (!sorted) points.sort((a, b) => a.due - b.due);
    const dues = new Float64Array(points.length);
    for (let i = 0; i < points.length; i++) dues[i] = (points[i] as ClockPoint).due;
    out.push({ rule, points, dues, restarts });
  }
  return out;
}

/** The state of {@link clockRows}' pass over the clocks, carried from range to range. */
interface ClockRun {
  readonly table: ClockTable;
  readonly model: PracticeModel;
  readonly keep: ((clock: number) => boolean) | undefined;
  readonly todayDay: number;
  readonly drafts: RowDraft[];
  readonly byRule: Map<string, RowDraft>;
  /** Clocks come grouped by rule: the row of the clock before is usually this one's. */
  draft: RowDraft | undefined;
  /** Clocks of one chain share its anchor: each anchor is read once. */
  previousAnchor: number;
}

/** Adds clocks `from` to `to - 1` to their rows: one range of {@link byRanges}. */
function readClockRange(run: ClockRun, from: number, to: number): void {
  const { table, model, keep, todayDay, drafts, byRule } = run;
  let { draft, previousAnchor } = run;
  for (let i = from; i < to; i++) {
    if (keep && !keep(i)) continue;
    const rule = table.ruleOf(i);
    if (draft === undefined || draft.rule !== rule) {
      previousAnchor = -1;
      draft = byRule.get(rule);
      if (draft === undefined) {
        const restartOn = model.timescales.find((r) => r.id === rule)?.restartOn;
        draft = {
          rule,
          points: [],
          restartOn: restartOn?.length ? restartOn.map(compileMatcher) : undefined,
          anchors: new Map(),
        };
        byRule.set(rule, draft);
        drafts.push(draft);
      }
    }
    const status = table.statusOf(i);
    let lateUntil: number | undefined;
    if (status === 'met-late') lateUntil = table.metDayOf(i);
    else if (status === 'overdue' && todayDay === todayDay) lateUntil = todayDay + 1;
    draft.points.push({ due: table.dueDayOf(i), status, lateUntil });
    const anchor = table.anchorPositionOf(i);
    if (draft.restartOn && anchor !== previousAnchor) {
      previousAnchor = anchor;
      if (!draft.anchors.has(anchor)) draft.anchors.set(anchor, table.anchorDayOf(i));
    }
  }
  run.draft = draft;
  run.previousAnchor = previousAnchor;
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
