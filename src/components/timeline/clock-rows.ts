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
import { anchorPosition } from '../../model/timescales/evaluate.js';
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

/** A row being built: its points, and for a rule with restart entries, its anchors' days. */
interface RowDraft {
  readonly rule: string;
  readonly points: ClockPoint[];
  /** The rule's `restartOn` matchers, compiled; undefined when it has none. */
  readonly restartOn: readonly CompiledMatcher[] | undefined;
  /** Each anchor entry's day, by event id, in the order first seen (only with `restartOn`). */
  readonly anchors: Map<string, number>;
}

/**
 * Rows for the clocks, one per rule in the order rules first appear. A chain counts as restarted
 * when its anchor is not the rule's first and matches one of the rule's `restartOn` matchers.
 * `events` are the record's events (the clocks' anchors are looked up among them).
 *
 * This runs once per record, while its code is still cold: one pass over the clocks reads only
 * the dates a row uses (the meeting entry's for a clock met late, the anchor's for a rule with
 * restart entries), and the anchors of such rules are found where the evaluation says they are
 * (`anchorPosition`), so the events are searched only for clocks it did not give.
 */
export function clockRows(
  clocks: readonly TimescaleClock[],
  model: PracticeModel,
  events: readonly CaseEvent[],
  today: string,
): ClockRow[] {
  const todayDay = dayOf(today) ?? 0;
  const drafts: RowDraft[] = [];
  const byRule = new Map<string, RowDraft>();
  // Clocks come grouped by rule: the row of the clock before is usually this one's.
  let draft: RowDraft | undefined;
  // The anchor entries of rules that restart, by event id, and whether any is still to be found.
  const anchorEvents = new Map<string, CaseEvent>();
  let unfound = false;
  let previousAnchor: TimescaleClock['anchor'] | undefined;
  for (let i = 0; i < clocks.length; i++) {
    const clock = clocks[i] as TimescaleClock;
    if (draft === undefined || draft.rule !== clock.rule) {
      previousAnchor = undefined;
      draft = byRule.get(clock.rule);
      if (draft === undefined) {
        const rule = clock.rule;
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
    const due = dayOf(clock.due);
    if (due === undefined) continue;
    const status = clock.status;
    let lateUntil: number | undefined;
    if (status === 'met-late') lateUntil = clock.metBy ? dayOf(clock.metBy.date) : undefined;
    else if (status === 'overdue') lateUntil = todayDay + 1;
    draft.points.push({ due, status, lateUntil });
    // The evaluation gives the clocks of one chain one anchor object: it is read once.
    if (draft.restartOn && clock.anchor !== previousAnchor) {
      previousAnchor = clock.anchor;
      const id = clock.anchor.event;
      const anchor = dayOf(clock.anchor.date);
      if (anchor !== undefined) {
        draft.anchors.set(id, anchor);
        if (!anchorEvents.has(id)) {
          const position = anchorPosition(clock.anchor);
          const event = position === undefined ? undefined : events[position];
          if (event?.id === id) anchorEvents.set(id, event);
          else unfound = true;
        }
      }
    }
  }
  // Anchors the evaluation did not place (clocks from elsewhere, or another array of events):
  // found in one pass over the events.
  if (unfound) findAnchors(anchorEvents, drafts, events);
  const categories = categoryIndex(model);

  const out: ClockRow[] = [];
  for (const { rule, points, restartOn, anchors } of drafts) {
    const restarts: number[] = [];
    if (restartOn) {
      const ordered = [...anchors].sort((a, b) => a[1] - b[1]);
      for (let i = 1; i < ordered.length; i++) {
        const [id, day] = ordered[i] as [string, number];
        const event = anchorEvents.get(id);
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

/** Adds to `found` the anchor entries of rules that restart it lacks, from `events`. */
function findAnchors(
  found: Map<string, CaseEvent>,
  drafts: readonly RowDraft[],
  events: readonly CaseEvent[],
): void {
  const wanted = new Set<string>();
  for (const row of drafts) {
    if (row.restartOn) for (const id of row.anchors.keys()) if (!found.has(id)) wanted.add(id);
  }
  if (!wanted.size) return;
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as CaseEvent;
    if (wanted.has(event.id)) found.set(event.id, event);
  }
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
