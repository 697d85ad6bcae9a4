/**
 * Virtualisation: what of a large timeline to draw in the current window. Built once per data set
 * ({@link createTimelineIndex}: each lane's entries sorted by drawn start, with a running maximum
 * of drawn ends and block summaries), then queried every frame ({@link queryVisible}): binary
 * searches find the entries intersecting the window, pixel buckets that hold more than a few
 * entries become clusters, and no lane returns more than `maxItems` entries. The cost of a frame
 * depends on the window's width in buckets, not on how many entries there are, apart from one
 * tight scan over the periods that began before the window.
 */
import {
  addRangeHistogram,
  BLOCK_SHIFT,
  BLOCK_SIZE,
  CATEGORY_COUNT,
  categoryIndex,
  emptyHistogram,
  histogramRecord,
  rangeMaxHi,
  type BlockStats,
  type TimelineCluster,
} from './aggregate.js';
import type { DayRange } from './days.js';
import type { TimelineEntry } from './entries.js';
import type { LaneLayout } from './lanes.js';
import type { TimeScale } from './scale.js';

/** One lane's entries, sorted by drawn start (`from`), with the arrays the queries search. */
export interface LaneIndex extends BlockStats {
  readonly lane: string;
  /** The lane's entries by drawn start; ties keep the order they were given in. */
  readonly entries: readonly TimelineEntry[];
  /** Drawn starts (`from`), ascending. */
  readonly lo: Float64Array;
  /** Drawn ends (`to`). */
  readonly hi: Float64Array;
  /** `maxHi[i]` is the latest drawn end among positions `[0, i]` (non-decreasing). */
  readonly maxHi: Float64Array;
  /** Category of each entry, as an index into `EVENT_CATEGORIES`. */
  readonly category: Uint8Array;
}

/** Every lane's index. */
export interface TimelineIndex {
  /** The entries it was built from, as given. */
  readonly entries: readonly TimelineEntry[];
  readonly lanes: ReadonlyMap<string, LaneIndex>;
  /** Lane keys in the order their first entry appears. */
  readonly laneKeys: readonly string[];
  /** The drawn extent of all entries, for "fit to the whole journey". */
  readonly extent: DayRange | undefined;
}

/** Options of {@link createTimelineIndex}. */
export interface TimelineIndexOptions {
  /**
   * The key an entry is indexed under (default its `lane`). To draw collapsed lanes, pass
   * `(entry) => layout.rowOf.get(entry.lane) ?? entry.lane` from `buildLanes`.
   */
  readonly laneOf?: (entry: TimelineEntry) => string;
  /**
   * The key each lane id is indexed under, as `buildLanes`' `rowOf`: the same as
   * `laneOf: (entry) => rows.get(entry.lane) ?? entry.lane`, looked up once per lane rather than
   * once per entry. Ignored when `laneOf` or `layout` is given.
   */
  readonly rows?: ReadonlyMap<string, string>;
  /**
   * The layout `buildLanes` made of these same entries: each entry is indexed under the row that
   * draws it, taking the rows' entries as the layout grouped them rather than grouping them
   * again. The same as `rows: layout.rowOf` for entries whose lanes the layout knows; entries it
   * put in the "Other" lane are indexed there. Ignored when `laneOf` is given.
   */
  readonly layout?: Pick<LaneLayout, 'filled'>;
}

/** Options of {@link queryVisible}. */
export interface VisibleOptions {
  /** Lane keys to query, in order (default every lane of the index). */
  readonly lanes?: readonly string[];
  /** Width of a pixel bucket (default 8 px). */
  readonly bucketPx?: number;
  /** A bucket with more entries than this becomes a cluster (default 3). */
  readonly maxPerBucket?: number;
  /**
   * Entries at most per lane (default 250). When more would be drawn one by one, fuller buckets
   * are clustered first until they fit.
   */
  readonly maxItems?: number;
  /** Extra room either side of the window, for markers and labels (default 0 px). */
  readonly marginPx?: number;
}

/** What to draw of one lane. */
export interface LaneWindow {
  readonly lane: string;
  /** Entries drawn one by one: those that began before the window first, then by drawn start. */
  readonly items: readonly TimelineEntry[];
  /** Clusters, left to right. */
  readonly clusters: readonly TimelineCluster[];
  /** Entries intersecting the window: `items.length` plus the clusters' counts. */
  readonly total: number;
}

/** What to draw in the window. */
export interface VisibleWindow {
  /** The window queried (margins included), in day numbers. */
  readonly startDay: number;
  readonly endDay: number;
  readonly lanes: readonly LaneWindow[];
}

// ---------------------------------------------------------------------------------------------
// Building

/**
 * Entries (in chronology order) ordered by drawn start, ties in the order given: what a stable sort
 * by `from` gives. Only an uncertain date can start before the entries ahead of it (its fuzzy band
 * reaches back), so nearly all are in order already: those that are not are taken out, sorted and
 * merged back, rather than comparing every entry many times.
 */
export function orderByFrom(entries: readonly TimelineEntry[]): readonly TimelineEntry[] {
  const n = entries.length;
  let first = 0;
  for (let last = -Infinity; first < n; first++) {
    const from = (entries[first] as TimelineEntry).from;
    if (from < last) break;
    last = from;
  }
  return first === n ? entries : mergeOutOfOrder(entries, first);
}

/**
 * {@link orderByFrom} for entries in order up to `first`: from there, each entry that starts
 * before the last one kept is moved, and the moved ones are sorted and merged back.
 */
function mergeOutOfOrder(entries: readonly TimelineEntry[], first: number): TimelineEntry[] {
  const n = entries.length;
  const moved: number[] = [];
  const isMoved = new Uint8Array(n);
  let last = (entries[first - 1] as TimelineEntry).from;
  for (let i = first; i < n; i++) {
    const from = (entries[i] as TimelineEntry).from;
    if (from >= last) last = from;
    else {
      moved.push(i);
      isMoved[i] = 1;
    }
  }
  const fromOf = (i: number) => (entries[i] as TimelineEntry).from;
  moved.sort((a, b) => fromOf(a) - fromOf(b) || a - b);
  const out = new Array<TimelineEntry>(n);
  let k = 0;
  let m = 0;
  let o = 0;
  while (k < n && m < moved.length) {
    if (isMoved[k] === 1) {
      k += 1;
      continue;
    }
    const b = moved[m] as number;
    const d = fromOf(k) - fromOf(b);
    if (d < 0 || (d === 0 && k < b)) out[o++] = entries[k++] as TimelineEntry;
    else {
      out[o++] = entries[b] as TimelineEntry;
      m += 1;
    }
  }
  for (; k < n; k++) if (isMoved[k] !== 1) out[o++] = entries[k] as TimelineEntry;
  while (m < moved.length) out[o++] = entries[moved[m++] as number] as TimelineEntry;
  return out;
}

/** The least drawn start and the greatest drawn end of the entries indexed so far. */
interface Bounds {
  min: number;
  max: number;
}

/**
 * One lane's index, in one pass over its entries: the arrays the queries search, with the block
 * summaries worked out as they fill. Widens `bounds` to the entries' drawn extent.
 */
function buildLane(lane: string, entries: readonly TimelineEntry[], bounds: Bounds): LaneIndex {
  const ordered = orderByFrom(entries);
  const n = ordered.length;
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  const maxHi = new Float64Array(n);
  const category = new Uint8Array(n);
  const blocks = Math.ceil(n / BLOCK_SIZE);
  const blockMaxHi = new Float64Array(blocks);
  // Counts of each block's own entries first, in the slots after the block; summed below.
  const blockHist = new Int32Array((blocks + 1) * CATEGORY_COUNT);
  let min = bounds.min;
  let max = bounds.max;
  let running = -Infinity;
  let blockMax = -Infinity;
  // Entries of one category often come in runs: its index is looked up once per run.
  let lastCategory: string | undefined;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const entry = ordered[i] as TimelineEntry;
    const from = entry.from;
    const to = entry.to;
    if (from < min) min = from;
    if (to > max) max = to;
    const h = Math.max(from, to);
    lo[i] = from;
    hi[i] = h;
    running = Math.max(running, h);
    maxHi[i] = running;
    if (h > blockMax) blockMax = h;
    if (entry.category !== lastCategory) {
      lastCategory = entry.category;
      c = categoryIndex(lastCategory);
    }
    category[i] = c;
    const slot = ((i >> BLOCK_SHIFT) + 1) * CATEGORY_COUNT + c;
    blockHist[slot] = (blockHist[slot] as number) + 1;
    if ((i & (BLOCK_SIZE - 1)) === BLOCK_SIZE - 1 || i === n - 1) {
      blockMaxHi[i >> BLOCK_SHIFT] = blockMax;
      blockMax = -Infinity;
    }
  }
  // Each block's counts plus those before it: the counts before each block boundary.
  for (let k = 2 * CATEGORY_COUNT; k < blockHist.length; k++) {
    blockHist[k] = (blockHist[k] as number) + (blockHist[k - CATEGORY_COUNT] as number);
  }
  bounds.min = min;
  bounds.max = max;
  return { lane, entries: ordered, lo, hi, maxHi, category, blockMaxHi, blockHist };
}

/** Entries by `key`, groups in the order their first entry comes. */
function groupBy(
  entries: readonly TimelineEntry[],
  key: (entry: TimelineEntry) => string,
): Map<string, TimelineEntry[]> {
  const groups = new Map<string, TimelineEntry[]>();
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as TimelineEntry;
    const k = key(entry);
    const group = groups.get(k);
    if (group) group.push(entry);
    else groups.set(k, [entry]);
  }
  return groups;
}

/**
 * Entries by their lane's row in `rows` (or by their lane), groups in the order their first entry
 * comes; each lane id's group is looked up once (lanes drawn in one row share it).
 */
function groupByLane(
  entries: readonly TimelineEntry[],
  rows: ReadonlyMap<string, string> | undefined,
): Map<string, TimelineEntry[]> {
  const groups = new Map<string, TimelineEntry[]>();
  const groupOfLane = new Map<string, TimelineEntry[]>();
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as TimelineEntry;
    let group = groupOfLane.get(entry.lane);
    if (!group) {
      const key = rows?.get(entry.lane) ?? entry.lane;
      group = groups.get(key);
      if (!group) {
        group = [];
        groups.set(key, group);
      }
      groupOfLane.set(entry.lane, group);
    }
    group.push(entry);
  }
  return groups;
}

/**
 * Indexes entries for per-frame queries: O(n log n) once (O(n) when they come in chronology order
 * without uncertain dates). Rebuild it when the entries, the filters or the collapse state change,
 * never while zooming or panning.
 */
export function createTimelineIndex(
  entries: readonly TimelineEntry[],
  options: TimelineIndexOptions = {},
): TimelineIndex {
  const groups: Iterable<readonly [string, readonly TimelineEntry[]]> = options.laneOf
    ? groupBy(entries, options.laneOf)
    : options.layout
      ? options.layout.filled.map((lane) => [lane.id, lane.entries] as const)
      : groupByLane(entries, options.rows);
  const lanes = new Map<string, LaneIndex>();
  const laneKeys: string[] = [];
  const bounds: Bounds = { min: Infinity, max: -Infinity };
  for (const [key, group] of groups) {
    lanes.set(key, buildLane(key, group, bounds));
    laneKeys.push(key);
  }
  return {
    entries,
    lanes,
    laneKeys,
    extent: entries.length
      ? { start: bounds.min, end: Math.max(bounds.min, bounds.max) }
      : undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// Searching

/** The first position in `[from, to)` whose value is at least `value` (`to` when none is). */
function lowerBound(values: Float64Array, value: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? Infinity) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first position in `[from, to)` whose value is above `value` (`to` when none is). */
function upperBound(values: Float64Array, value: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? Infinity) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Positions of a window in a lane: carried-in candidates `[carriedFrom, inFrom)`, then `[inFrom, inTo)`. */
interface WindowPositions {
  /** First candidate that may have begun before the window and reach into it. */
  readonly candidates: number;
  /** First entry starting inside the window. */
  readonly inFrom: number;
  /** One past the last entry starting inside the window. */
  readonly inTo: number;
}

function windowPositions(lane: LaneIndex, a: number, b: number): WindowPositions {
  const n = lane.lo.length;
  const inTo = upperBound(lane.lo, b, 0, n);
  const inFrom = lowerBound(lane.lo, a, 0, inTo);
  const candidates = lowerBound(lane.maxHi, a, 0, inFrom);
  return { candidates, inFrom, inTo };
}

/**
 * Every entry of one lane whose drawn extent intersects `[startDay, endDay]` (exactly: `from ≤
 * endDay` and `to ≥ startDay`), without aggregation: for the accessible list of what is on
 * screen, and to check the aggregated queries against.
 */
export function intersecting(
  index: TimelineIndex,
  lane: string,
  startDay: number,
  endDay: number,
): TimelineEntry[] {
  const li = index.lanes.get(lane);
  if (!li || !(endDay >= startDay)) return [];
  const { candidates, inFrom, inTo } = windowPositions(li, startDay, endDay);
  const out: TimelineEntry[] = [];
  for (let i = candidates; i < inFrom; i++) {
    if ((li.hi[i] ?? -Infinity) >= startDay) out.push(li.entries[i] as TimelineEntry);
  }
  for (let i = inFrom; i < inTo; i++) out.push(li.entries[i] as TimelineEntry);
  return out;
}

// Scratch buffers for bucket boundaries, reused across frames (queries are synchronous).
let bucketFrom = new Int32Array(256);
let bucketTo = new Int32Array(256);

function ensureBuckets(size: number): void {
  if (size <= bucketFrom.length) return;
  const grown = Math.max(size, bucketFrom.length * 2);
  const from = new Int32Array(grown);
  const to = new Int32Array(grown);
  from.set(bucketFrom);
  to.set(bucketTo);
  bucketFrom = from;
  bucketTo = to;
}

function queryLane(
  li: LaneIndex,
  a: number,
  b: number,
  pxPerDay: number,
  bucketPx: number,
  maxPerBucket: number,
  maxItems: number,
): LaneWindow {
  const { candidates, inFrom, inTo } = windowPositions(li, a, b);
  let carried = 0;
  for (let i = candidates; i < inFrom; i++) if ((li.hi[i] ?? -Infinity) >= a) carried += 1;

  // Pixel buckets on an absolute grid (so they do not shift while panning); entries that began
  // before the window count in the first bucket. Only non-empty buckets are visited.
  const daysPerBucket = bucketPx / pxPerDay;
  const firstBucket = Math.floor(a / daysPerBucket);
  let p = inFrom;
  let q = lowerBound(li.lo, (firstBucket + 1) * daysPerBucket, p, inTo);
  ensureBuckets(1);
  bucketFrom[0] = p;
  bucketTo[0] = q;
  let buckets = 1;
  p = q;
  while (p < inTo) {
    const k = Math.floor((li.lo[p] ?? 0) / daysPerBucket);
    q = lowerBound(li.lo, (k + 1) * daysPerBucket, p + 1, inTo);
    ensureBuckets(buckets + 1);
    bucketFrom[buckets] = p;
    bucketTo[buckets] = q;
    buckets += 1;
    p = q;
  }
  const countOf = (k: number) =>
    (bucketTo[k] ?? 0) - (bucketFrom[k] ?? 0) + (k === 0 ? carried : 0);

  // The largest per-bucket threshold that keeps the entries drawn one by one within maxItems.
  let biggest = 0;
  for (let k = 0; k < buckets; k++) biggest = Math.max(biggest, countOf(k));
  let threshold = Math.min(maxPerBucket, biggest);
  for (;;) {
    let single = 0;
    for (let k = 0; k < buckets; k++) {
      const c = countOf(k);
      if (c <= threshold) single += c;
    }
    if (single <= maxItems || threshold <= 0) break;
    threshold = Math.floor(threshold / 2);
  }

  const items: TimelineEntry[] = [];
  const clusters: TimelineCluster[] = [];
  for (let k = 0; k < buckets; k++) {
    const c = countOf(k);
    if (c === 0) continue;
    const from = bucketFrom[k] ?? 0;
    const to = bucketTo[k] ?? 0;
    if (c <= threshold) {
      if (k === 0) {
        for (let i = candidates; i < inFrom; i++) {
          if ((li.hi[i] ?? -Infinity) >= a) items.push(li.entries[i] as TimelineEntry);
        }
      }
      for (let i = from; i < to; i++) items.push(li.entries[i] as TimelineEntry);
      continue;
    }
    // One histogram reused for every cluster (its counts are copied into the cluster's record).
    const histogram = scratchHistogram;
    histogram.fill(0);
    let startDay = to > from ? (li.lo[from] ?? a) : Infinity;
    let endDay = to > from ? rangeMaxHi(li.hi, li, from, to) : -Infinity;
    if (to > from) addRangeHistogram(li.category, li, from, to, histogram);
    const withCarried = k === 0 && carried > 0;
    if (withCarried) {
      for (let i = candidates; i < inFrom; i++) {
        const h = li.hi[i] ?? -Infinity;
        if (h < a) continue;
        startDay = Math.min(startDay, li.lo[i] ?? startDay);
        endDay = Math.max(endDay, h);
        const cat = li.category[i] ?? 0;
        histogram[cat] = (histogram[cat] ?? 0) + 1;
      }
    }
    const bucket = k === 0 ? firstBucket : Math.floor((li.lo[from] ?? 0) / daysPerBucket);
    clusters.push({
      lane: li.lane,
      startDay,
      endDay,
      count: c,
      categories: histogramRecord(histogram),
      bucketStartDay: bucket * daysPerBucket,
      bucketEndDay: (bucket + 1) * daysPerBucket,
      first: from,
      last: to,
      carriedFrom: withCarried ? a : undefined,
    });
  }
  return { lane: li.lane, items, clusters, total: carried + (inTo - inFrom) };
}

/** The counts of the cluster being made, by category (see queryLane). */
const scratchHistogram = emptyHistogram();

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && !Number.isNaN(value) && value > 0 ? value : fallback;
}

/**
 * What to draw of each lane in the scale's window (widened by `marginPx` either side): entries one
 * by one where there is room, clusters where a pixel bucket holds more than `maxPerBucket`
 * entries, and never more than `maxItems` entries per lane. Every entry intersecting the window is
 * in exactly one of `items` or a cluster. Allocates only the returned lists: call it every frame.
 */
export function queryVisible(
  index: TimelineIndex,
  scale: TimeScale,
  options: VisibleOptions = {},
): VisibleWindow {
  const margin = Math.max(0, options.marginPx ?? 0);
  const a = scale.toDay(-margin);
  const b = scale.toDay(scale.width + margin);
  const bucketPx = positive(options.bucketPx, 8);
  const maxPerBucket = Math.max(0, options.maxPerBucket ?? 3);
  const maxItems = Math.max(0, options.maxItems ?? 250);
  const keys = options.lanes ?? index.laneKeys;
  const lanes: LaneWindow[] = [];
  for (const key of keys) {
    const li = index.lanes.get(key);
    lanes.push(
      li
        ? queryLane(li, a, b, scale.pxPerDay, bucketPx, maxPerBucket, maxItems)
        : { lane: key, items: [], clusters: [], total: 0 },
    );
  }
  return { startDay: a, endDay: b, lanes };
}

/** The entries a cluster stands for, in drawn-start order (for a tooltip, a list, a zoom-in). */
export function clusterMembers(index: TimelineIndex, cluster: TimelineCluster): TimelineEntry[] {
  const li = index.lanes.get(cluster.lane);
  if (!li) return [];
  const out: TimelineEntry[] = [];
  if (cluster.carriedFrom !== undefined) {
    const a = cluster.carriedFrom;
    const inFrom = lowerBound(li.lo, a, 0, li.lo.length);
    const candidates = lowerBound(li.maxHi, a, 0, inFrom);
    for (let i = candidates; i < inFrom; i++) {
      if ((li.hi[i] ?? -Infinity) >= a) out.push(li.entries[i] as TimelineEntry);
    }
  }
  for (let i = cluster.first; i < cluster.last; i++) out.push(li.entries[i] as TimelineEntry);
  return out;
}
