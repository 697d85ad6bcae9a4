/**
 * One frame of the visual timeline: what each lane row draws in the current window, and where.
 * Queries the index (`queryVisible`: entries one by one, clusters where too dense), stacks what
 * is drawn so nothing overlaps (`stackLane`, with "+N more" past the row limit), and lays the rows
 * out top to bottom. Numbers only: no DOM, no Lit. Every frame is bounded by `markBudget`, however
 * many entries the record holds.
 */
import {
  OTHER_LANE,
  queryVisible,
  stackLane,
  type LaneLayout,
  type StackItem,
  type TimelineCluster,
  type TimelineEntry,
  type TimelineIndex,
  type TimelineLane,
  type TimeScale,
} from '../../model/timeline/index.js';

/**
 * The least size of a target, and the least distance between the centres of two smaller ones
 * (WCAG 2.2 2.5.8, target size minimum, by its spacing exception).
 */
export const TARGET_PX = 24;
/** Height of one stacked row in a lane, in pixels: rows of marks are {@link TARGET_PX} apart. */
export const ROW_HEIGHT = TARGET_PX;
/** Rows a lane stacks into at most; the last one holds "+N more" when items overflow. */
export const MAX_ROWS = 4;
/** Space above and below a lane's rows. */
export const LANE_PADDING = 4;
/** Entries drawn one by one at most in one frame, across all lanes. */
export const MARK_BUDGET = 720;
/** Cluster badges at most in one frame, across all lanes: it sets the width of a cluster bucket. */
export const CLUSTER_BUDGET = 600;
/**
 * The narrowest cluster bucket: wide enough for a badge ("1.2K") and the gap after it, so
 * neighbouring clusters share a row and do not swap rows as the window moves.
 */
export const MIN_BUCKET_PX = 48;
/** Width of a badge per character of its text, plus its padding. */
const BADGE_CHAR_PX = 7;
const BADGE_PADDING_PX = 12;
/**
 * Room kept between the footprints of neighbours in a row. A mark's footprint is at least
 * {@link TARGET_PX} wide and centred on it, so marks drawn 14 pixels tall are never closer than
 * that, centre to centre (the pixel spare covers drawing to a tenth of a pixel).
 */
const TARGET_GAP_PX = 1;
/** Labels are drawn next to points only when a lane draws few enough entries for them. */
const LABEL_ROOM_PX = 120;
const LABEL_MAX_PX = 160;

/** An entry drawn on its own. `x0`/`x1` are window pixels of its marker or bar. */
export interface EntryMark {
  readonly type: 'entry';
  readonly key: string;
  readonly entry: TimelineEntry;
  readonly x0: number;
  readonly x1: number;
  readonly row: number;
  /** Draw its label beside it. */
  readonly label: boolean;
}

/** Several entries drawn as one badge: a cluster (too dense) or "+N more" (too many rows). */
export interface GroupMark {
  readonly type: 'cluster' | 'more';
  readonly key: string;
  readonly count: number;
  /** The extent of its entries (day numbers): a click zooms to it. */
  readonly startDay: number;
  readonly endDay: number;
  readonly x0: number;
  readonly x1: number;
  readonly row: number;
  /** The cluster from the index, to list its entries. */
  readonly cluster: TimelineCluster | undefined;
  /** The entries of a "+N more" badge. */
  readonly members: readonly TimelineEntry[];
}

/** Anything drawn in a lane row. */
export type Mark = EntryMark | GroupMark;

/** One lane row of the frame. */
export interface LaneRow {
  readonly lane: TimelineLane;
  /** The index key of the row (the lane id). */
  readonly key: string;
  /** Top of the row, from the top of the lanes area. */
  readonly y: number;
  readonly rows: number;
  readonly height: number;
  /** Marks left to right; same-day entries in chronology order. */
  readonly marks: readonly Mark[];
}

/** What the lanes area draws in one frame. */
export interface Frame {
  readonly rows: readonly LaneRow[];
  /** Height of all lane rows together. */
  readonly height: number;
  /** Entries in the window, clustered or not. */
  readonly total: number;
}

/** Options of {@link computeFrame}. */
export interface FrameOptions {
  /** The text drawn beside a point (its title or type), for its width. */
  readonly labelOf: (entry: TimelineEntry) => string;
  /** The text of a badge for a count ("87", "1.2K"), for its width. */
  readonly countText?: (count: number) => string;
  /** Rows each lane used earlier in this gesture: a lane never shrinks while panning. */
  readonly minRows?: ReadonlyMap<string, number>;
  /** Marks at most (default {@link MARK_BUDGET}). */
  readonly markBudget?: number;
}

/** The height of a lane row that stacks `rows` rows. */
export function laneHeight(rows: number): number {
  return Math.max(1, rows) * ROW_HEIGHT + 2 * LANE_PADDING;
}

/** The width of a badge showing `text`: never narrower than a target. */
export function badgeWidth(text: string): number {
  return Math.max(TARGET_PX, BADGE_PADDING_PX + BADGE_CHAR_PX * text.length);
}

/**
 * The days a period's footprint takes when stacking: the bar as drawn (at least 3 pixels wide),
 * widened about its centre to a target's width when it is shorter.
 */
function periodFootprint(start: number, end: number, ppd: number): { start: number; end: number } {
  const drawn = Math.max(3 / ppd, end - start);
  if (drawn * ppd >= TARGET_PX) return { start, end };
  const centre = start + drawn / 2;
  const half = TARGET_PX / 2 / ppd;
  return { start: centre - half, end: centre + half };
}

interface Stackable extends StackItem {
  readonly mark: number;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The frame for `scale`: each visible lane's marks, stacked, and the rows' positions. The cost
 * depends on the window, not on the size of the record.
 */
export function computeFrame(
  index: TimelineIndex,
  layout: LaneLayout,
  scale: TimeScale,
  options: FrameOptions,
): Frame {
  const lanes = layout.visible;
  const budget = options.markBudget ?? MARK_BUDGET;
  const perLane = Math.max(8, Math.floor(budget / Math.max(1, lanes.length)));
  const countText = options.countText ?? String;
  const window = queryVisible(index, scale, {
    lanes: lanes.map((l) => l.id),
    maxItems: perLane,
    marginPx: 24,
    bucketPx: Math.max(MIN_BUCKET_PX, Math.ceil((lanes.length * scale.width) / CLUSTER_BUDGET)),
  });
  const ppd = scale.pxPerDay;
  const rows: LaneRow[] = [];
  let y = 0;
  let total = 0;
  window.lanes.forEach((laneWindow, i) => {
    const lane = lanes[i] as TimelineLane;
    total += laneWindow.total;
    const labels = laneWindow.items.length * LABEL_ROOM_PX <= scale.width;
    const items: Stackable[] = [];
    laneWindow.items.forEach((entry, k) => {
      const footprint =
        entry.kind === 'period' ? periodFootprint(entry.start, entry.end, ppd) : entry;
      items.push({
        kind: entry.kind,
        start: footprint.start,
        end: footprint.end,
        from: entry.from,
        to: entry.to,
        mark: k,
      });
    });
    laneWindow.clusters.forEach((cluster, k) => {
      const start = Math.max(cluster.bucketStartDay, scale.startDay - 24 / ppd);
      items.push({
        kind: 'period',
        start,
        end: start + badgeWidth(countText(cluster.count)) / ppd,
        mark: -1 - k,
      });
    });
    const labelPx = (item: Stackable) => {
      const entry = item.mark >= 0 ? laneWindow.items[item.mark] : undefined;
      return labels && entry ? Math.min(LABEL_MAX_PX, options.labelOf(entry).length * 7 + 8) : 0;
    };
    const stackOptions = { labelPx, markerPx: TARGET_PX, gapPx: TARGET_GAP_PX };
    let stack = stackLane(items, ppd, { ...stackOptions, maxRows: MAX_ROWS });
    if (stack.overflow.length) {
      // Keep the last row for the "+N more" badges.
      stack = stackLane(items, ppd, { ...stackOptions, maxRows: MAX_ROWS - 1 });
    }
    const marks: Mark[] = [];
    items.forEach((item, j) => {
      const row = stack.row[j] ?? -1;
      if (row < 0) return;
      if (item.mark >= 0) {
        const entry = laneWindow.items[item.mark] as TimelineEntry;
        marks.push({
          type: 'entry',
          key: `e${entry.index}`,
          entry,
          x0: scale.toPx(entry.start),
          x1: scale.toPx(entry.end),
          row,
          label: labels,
        });
      } else {
        const cluster = laneWindow.clusters[-1 - item.mark] as TimelineCluster;
        const x0 = (item.start - scale.startDay) * ppd;
        marks.push({
          type: 'cluster',
          key: `c${lane.id}|${cluster.bucketStartDay}`,
          count: cluster.count,
          startDay: cluster.startDay,
          endDay: cluster.endDay,
          x0,
          x1: x0 + badgeWidth(countText(cluster.count)),
          row,
          cluster,
          members: [],
        });
      }
    });
    let more: Writable<GroupMark> | undefined;
    for (const group of stack.overflow) {
      const members: TimelineEntry[] = [];
      let count = 0;
      for (let k = group.offset; k < group.offset + group.count; k++) {
        const item = items[stack.overflowItems[k] ?? 0] as Stackable;
        if (item.mark >= 0) {
          members.push(laneWindow.items[item.mark] as TimelineEntry);
          count += 1;
        } else {
          const cluster = laneWindow.clusters[-1 - item.mark] as TimelineCluster;
          count += cluster.count;
        }
      }
      const x0 = group.x0 - scale.startDay * ppd;
      if (more && x0 < more.x1 + TARGET_GAP_PX) {
        // Its badge would touch the one before (a badge is wider than the entries it stands
        // for): one badge stands for both.
        more.count += count;
        more.endDay = Math.max(more.endDay, group.endDay);
        more.members = [...more.members, ...members];
        more.x1 = more.x0 + badgeWidth(`+${countText(more.count)}`);
        continue;
      }
      more = {
        type: 'more',
        key: `m${lane.id}|${Math.round(group.startDay * 1e4)}`,
        count,
        startDay: group.startDay,
        endDay: group.endDay,
        x0,
        x1: x0 + badgeWidth(`+${countText(count)}`),
        row: MAX_ROWS - 1,
        cluster: undefined,
        members,
      };
      marks.push(more);
    }
    marks.sort(compareMarks);
    const used = stack.overflow.length ? MAX_ROWS : Math.max(1, stack.rows);
    const laneRows = Math.max(used, options.minRows?.get(lane.id) ?? 1);
    const height = laneHeight(laneRows);
    rows.push({ lane, key: lane.id, y, rows: laneRows, height, marks });
    y += height;
  });
  return { rows, height: y, total };
}

/** Left to right; marks at the same place by chronology order, badges after entries. */
function compareMarks(a: Mark, b: Mark): number {
  const byX = Math.round(a.x0) - Math.round(b.x0);
  if (byX) return byX;
  if (a.type === 'entry' && b.type === 'entry') {
    const ea = a.entry;
    const eb = b.entry;
    return ea.start - eb.start || (ea.minute ?? -1) - (eb.minute ?? -1) || ea.index - eb.index;
  }
  return (a.type === 'entry' ? 0 : 1) - (b.type === 'entry' ? 0 : 1) || a.row - b.row;
}

/** The day a mark stands for, when moving to it from the left (`start`) or the right (`end`). */
export function markDay(mark: Mark, side: 'start' | 'end'): number {
  if (mark.type === 'entry') return mark.entry.from;
  return side === 'start' ? mark.startDay : mark.endDay;
}

/** The mark of `row` nearest to window pixel `x`, or undefined when the row draws nothing. */
export function nearestMark(row: LaneRow, x: number): Mark | undefined {
  let best: Mark | undefined;
  let distance = Infinity;
  for (const mark of row.marks) {
    const d = Math.abs((mark.x0 + Math.max(mark.x0, mark.x1)) / 2 - x);
    if (d < distance) {
      best = mark;
      distance = d;
    }
  }
  return best;
}

/**
 * The first entry of a lane row that starts after `day` (`direction` 1) or the last that starts
 * before it (-1), from the index: where the keyboard goes past the edge of the window.
 */
export function entryBeyond(
  index: TimelineIndex,
  laneKey: string,
  day: number,
  direction: 1 | -1,
): TimelineEntry | undefined {
  const lane = index.lanes.get(laneKey);
  if (!lane) return undefined;
  const values = lane.lo;
  let lo = 0;
  let hi = values.length;
  // First position whose start is above `day` (for 1) or at least `day` (for -1).
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = values[mid] ?? Infinity;
    if (direction === 1 ? v <= day : v < day) lo = mid + 1;
    else hi = mid;
  }
  return direction === 1 ? lane.entries[lo] : lane.entries[lo - 1];
}

/** Where the keyboard goes from a mark: a mark drawn now, or a day of a lane beyond the window. */
export type Step = { readonly mark: Mark } | { readonly lane: string; readonly day: number };

/**
 * The previous (`direction` -1) or next (1) mark of the lane in time; past the window's edge, the
 * day of the lane's next entry in the index, for the view to bring into view.
 */
export function stepInLane(
  index: TimelineIndex,
  row: LaneRow,
  mark: Mark,
  direction: 1 | -1,
  width: number,
): Step | undefined {
  const next = row.marks[row.marks.indexOf(mark) + direction];
  if (next && next.x0 >= -24 && next.x0 <= width + 24) return { mark: next };
  const day = markDay(mark, direction === 1 ? 'end' : 'start');
  const beyond = entryBeyond(index, row.key, day, direction);
  return beyond ? { lane: row.key, day: beyond.from } : undefined;
}

/** The mark nearest in time to `mark` in the first lane above (-1) or below (1) that has one. */
export function stepAcross(
  frame: Frame,
  row: LaneRow,
  mark: Mark,
  direction: 1 | -1,
): Mark | undefined {
  const x = (mark.x0 + Math.max(mark.x0, mark.x1)) / 2;
  for (
    let i = frame.rows.indexOf(row) + direction;
    i >= 0 && i < frame.rows.length;
    i += direction
  ) {
    const target = nearestMark(frame.rows[i] as LaneRow, x);
    if (target) return target;
  }
  return undefined;
}

/** The lane key an entry is indexed under in a layout (its row, or the "Other" lane). */
export function rowKeyOf(layout: LaneLayout, entry: TimelineEntry): string {
  return layout.rowOf.get(entry.lane) ?? layout.rowOf.get(OTHER_LANE) ?? OTHER_LANE;
}
