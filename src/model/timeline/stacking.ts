/**
 * Stacking: rows within one lane so no two items overlap on screen. Periods take the pixels from
 * their start to their end; a point takes its marker plus its label. Rows are assigned by greedy
 * interval partitioning (items by left edge; a min-heap of busy rows by right edge and a min-heap
 * of free rows by number), which uses the fewest rows possible and puts each item in the lowest
 * free row: O(n log n). Past `maxRows`, items overflow into "+N more" groups.
 *
 * Pixels are absolute (`day × pxPerDay`), so the result depends only on the zoom level: panning
 * never moves an item to another row, and a view stacks a lane once per zoom level.
 */
import type { TimelineEntry } from './entries.js';
import type { TimeScale } from './scale.js';

/** What stacking needs of an item: a timeline entry, or anything with the same fields. */
export type StackItem = Pick<TimelineEntry, 'kind' | 'start' | 'end'> &
  Partial<Pick<TimelineEntry, 'from' | 'to' | 'event'>>;

/** Options of {@link stackLane}. */
export interface StackOptions<T extends StackItem> {
  /** Width of a point's marker (default 12 px), centred on its time. */
  readonly markerPx?: number;
  /** The least width of a period, however short (default 2 px). */
  readonly minPeriodPx?: number;
  /** Room kept between neighbours in a row (default 4 px). */
  readonly gapPx?: number;
  /** Rows at most (default 6); items that do not fit overflow. */
  readonly maxRows?: number;
  /** A point's label width: default {@link estimateLabelPx} of the entry's title. */
  readonly labelPx?: (item: T) => number;
  /** Count the fuzzy band of an uncertain date as taken space (default true). */
  readonly includeUncertain?: boolean;
}

/** Items that did not fit in `maxRows`, gathered where they touch: drawn as "+N more". */
export interface OverflowGroup {
  /** Left and right edges in absolute pixels (`day × pxPerDay`). */
  readonly x0: number;
  readonly x1: number;
  /** The extent of the group's items in day numbers. */
  readonly startDay: number;
  readonly endDay: number;
  readonly count: number;
  /** Where the group's item indices start in {@link StackResult.overflowItems}. */
  readonly offset: number;
}

/** Rows for one lane's items. Arrays are aligned with the input items. */
export interface StackResult {
  /** Rows used (at most `maxRows`). */
  readonly rows: number;
  /** Each item's row, or -1 when it overflowed. */
  readonly row: Int32Array;
  /** Each item's left and right edge in absolute pixels (`day × pxPerDay`). */
  readonly x0: Float64Array;
  readonly x1: Float64Array;
  readonly overflow: readonly OverflowGroup[];
  /** Indices of overflowed items, group by group, left to right. */
  readonly overflowItems: Int32Array;
}

/** A rough label width: `charPx` per character (default 7 px), capped at `maxPx` (default 200). */
export function estimateLabelPx(text: string | undefined, charPx = 7, maxPx = 200): number {
  if (!text) return 0;
  return Math.min(maxPx, text.length * charPx);
}

const defaultLabel = (item: StackItem): number => estimateLabelPx(item.event?.title);

/** A binary min-heap of (key, value) pairs in typed arrays, sized once. */
class MinHeap {
  private readonly keys: Float64Array;
  private readonly values: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(1, capacity));
    this.values = new Int32Array(Math.max(1, capacity));
  }

  topKey(): number {
    return this.keys[0] ?? Infinity;
  }

  push(key: number, value: number): void {
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = this.keys[parent] ?? 0;
      if (pk <= key) break;
      this.keys[i] = pk;
      this.values[i] = this.values[parent] ?? 0;
      i = parent;
    }
    this.keys[i] = key;
    this.values[i] = value;
  }

  pop(): number {
    const top = this.values[0] ?? -1;
    const last = --this.size;
    const key = this.keys[last] ?? 0;
    const value = this.values[last] ?? 0;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      const right = child + 1;
      if (right < last && (this.keys[right] ?? 0) < (this.keys[child] ?? 0)) child = right;
      const ck = this.keys[child] ?? 0;
      if (ck >= key) break;
      this.keys[i] = ck;
      this.values[i] = this.values[child] ?? 0;
      i = child;
    }
    this.keys[i] = key;
    this.values[i] = value;
    return top;
  }
}

/**
 * Assigns rows to one lane's items at a zoom level (`pxPerDay`, or a scale's). Items are taken by
 * left edge; ties keep their input order, so same-day points given in chronology order (by time,
 * then record order) stack top to bottom in that order.
 */
export function stackLane<T extends StackItem>(
  items: readonly T[],
  zoom: TimeScale | number,
  options: StackOptions<T> = {},
): StackResult {
  const ppd = typeof zoom === 'number' ? zoom : zoom.pxPerDay;
  const pxPerDay = Number.isFinite(ppd) && ppd > 0 ? ppd : 1;
  const markerHalf = atLeast(0, options.markerPx, 12) / 2;
  const minPeriod = atLeast(0, options.minPeriodPx, 2);
  const gap = atLeast(0, options.gapPx, 4);
  const maxRows = Math.floor(atLeast(1, options.maxRows, 6));
  const labelPx = options.labelPx ?? defaultLabel;
  const fuzzy = options.includeUncertain ?? true;
  const n = items.length;

  const x0 = new Float64Array(n);
  const x1 = new Float64Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    const item = items[i] as T;
    let left: number;
    let right: number;
    if (item.kind === 'point') {
      const x = item.start * pxPerDay;
      left = x - markerHalf;
      right = x + markerHalf + Math.max(0, labelPx(item) || 0);
    } else {
      left = item.start * pxPerDay;
      right = Math.max(item.end * pxPerDay, left + minPeriod);
    }
    if (fuzzy) {
      if (item.from !== undefined) left = Math.min(left, item.from * pxPerDay);
      if (item.to !== undefined) right = Math.max(right, item.to * pxPerDay);
    }
    x0[i] = left;
    x1[i] = right;
    if (i > 0 && left < (x0[i - 1] ?? 0)) sorted = false;
  }

  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (!sorted) order.sort((a, b) => (x0[a] ?? 0) - (x0[b] ?? 0) || a - b);

  const row = new Int32Array(n);
  const capacity = Math.min(maxRows, n);
  const busy = new MinHeap(capacity);
  const free = new MinHeap(capacity);
  let rows = 0;
  const overflowed: number[] = [];
  for (let k = 0; k < n; k++) {
    const i = order[k] ?? 0;
    const left = x0[i] ?? 0;
    // Rows whose last item ends (with the gap) before this one starts become free.
    while (busy.size > 0 && busy.topKey() + gap <= left) {
      const r = busy.pop();
      free.push(r, r);
    }
    let r: number;
    if (free.size > 0) r = free.pop();
    else if (rows < maxRows) r = rows++;
    else {
      row[i] = -1;
      overflowed.push(i);
      continue;
    }
    row[i] = r;
    busy.push(x1[i] ?? 0, r);
  }

  // Overflowed items, already left to right, gathered into groups where they touch.
  const overflow: OverflowGroup[] = [];
  const overflowItems = Int32Array.from(overflowed);
  let groupStart = 0;
  while (groupStart < overflowed.length) {
    const first = overflowed[groupStart] ?? 0;
    let right = x1[first] ?? 0;
    let startDay = itemStart(items[first]);
    let endDay = itemEnd(items[first]);
    let j = groupStart + 1;
    for (; j < overflowed.length; j++) {
      const i = overflowed[j] ?? 0;
      if ((x0[i] ?? 0) > right + gap) break;
      right = Math.max(right, x1[i] ?? 0);
      startDay = Math.min(startDay, itemStart(items[i]));
      endDay = Math.max(endDay, itemEnd(items[i]));
    }
    overflow.push({
      x0: x0[first] ?? 0,
      x1: right,
      startDay,
      endDay,
      count: j - groupStart,
      offset: groupStart,
    });
    groupStart = j;
  }
  return { rows, row, x0, x1, overflow, overflowItems };
}

/** `value` when it is a number (Infinity allowed), else `fallback`; never below `min`. */
function atLeast(min: number, value: number | undefined, fallback: number): number {
  return Math.max(min, value === undefined || Number.isNaN(value) ? fallback : value);
}

function itemStart(item: StackItem | undefined): number {
  return item ? Math.min(item.start, item.from ?? item.start) : 0;
}

function itemEnd(item: StackItem | undefined): number {
  return item ? Math.max(item.end, item.to ?? item.end) : 0;
}
