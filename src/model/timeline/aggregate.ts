/**
 * Aggregation: where too many entries of one lane fall into one pixel bucket, the view draws a
 * cluster ("87 entries: 60 visits, 27 core groups") instead of each entry. This module holds the
 * cluster shape and the block summaries that make a cluster's extent and category histogram cheap
 * (a constant number of blocks scanned, not every member), so a frame costs the same with 100 or
 * 100,000 entries under the pointer.
 */
import { EVENT_CATEGORIES, type EventCategory } from '../practice-model/schema.js';

/** An entry's position shifted right by this many bits is its block. */
export const BLOCK_SHIFT = 6;
/** Entries per block of the block summaries. */
export const BLOCK_SIZE = 2 ** BLOCK_SHIFT;
/** The number of categories: slots of a histogram. */
export const CATEGORY_COUNT = EVENT_CATEGORIES.length;
const CATEGORY_INDEX: ReadonlyMap<string, number> = new Map(EVENT_CATEGORIES.map((c, i) => [c, i]));

/** The index of a category in `EVENT_CATEGORIES` (`other` for anything unknown). */
export function categoryIndex(category: string): number {
  return CATEGORY_INDEX.get(category) ?? CATEGORY_INDEX.get('other') ?? CATEGORY_COUNT - 1;
}

/** Many entries of one lane drawn as one mark. */
export interface TimelineCluster {
  /** The lane key of the index it came from. */
  readonly lane: string;
  /** The earliest drawn start and the latest drawn end of its entries (day numbers). */
  readonly startDay: number;
  readonly endDay: number;
  readonly count: number;
  /** Entries by category (only categories with entries). */
  readonly categories: Readonly<Partial<Record<EventCategory, number>>>;
  /** The pixel bucket it stands for, in day numbers: the view draws it there. */
  readonly bucketStartDay: number;
  readonly bucketEndDay: number;
  /** Positions `[first, last)` of its entries in the lane's sorted arrays (see `clusterMembers`). */
  readonly first: number;
  readonly last: number;
  /**
   * When the cluster also holds entries that began before the window and reach into it: the
   * window's first day, to find them again. Undefined otherwise.
   */
  readonly carriedFrom: number | undefined;
}

/** Per-block summaries of a lane's sorted entries. */
export interface BlockStats {
  /** The latest drawn end in each block. */
  readonly blockMaxHi: Float64Array;
  /**
   * Category counts before each block boundary: `blockHist[b × C + c]` is the number of entries
   * of category `c` among positions `[0, b × BLOCK_SIZE)`, with C the number of categories.
   */
  readonly blockHist: Int32Array;
}

/** The latest drawn end among positions `[p, q)`. */
export function rangeMaxHi(hi: Float64Array, stats: BlockStats, p: number, q: number): number {
  let max = -Infinity;
  const firstFull = Math.ceil(p / BLOCK_SIZE);
  const lastFull = Math.floor(q / BLOCK_SIZE);
  if (firstFull >= lastFull) {
    for (let i = p; i < q; i++) if ((hi[i] ?? -Infinity) > max) max = hi[i] ?? max;
    return max;
  }
  for (let i = p; i < firstFull * BLOCK_SIZE; i++)
    if ((hi[i] ?? -Infinity) > max) max = hi[i] ?? max;
  for (let b = firstFull; b < lastFull; b++) {
    const m = stats.blockMaxHi[b] ?? -Infinity;
    if (m > max) max = m;
  }
  for (let i = lastFull * BLOCK_SIZE; i < q; i++)
    if ((hi[i] ?? -Infinity) > max) max = hi[i] ?? max;
  return max;
}

/** Adds the category counts of positions `[p, q)` to `into` (one slot per category). */
export function addRangeHistogram(
  category: Uint8Array,
  stats: BlockStats,
  p: number,
  q: number,
  into: Int32Array,
): void {
  const firstFull = Math.ceil(p / BLOCK_SIZE);
  const lastFull = Math.floor(q / BLOCK_SIZE);
  const count = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const c = category[i] ?? 0;
      into[c] = (into[c] ?? 0) + 1;
    }
  };
  if (firstFull >= lastFull) {
    count(p, q);
    return;
  }
  count(p, firstFull * BLOCK_SIZE);
  const a = firstFull * CATEGORY_COUNT;
  const b = lastFull * CATEGORY_COUNT;
  for (let c = 0; c < CATEGORY_COUNT; c++) {
    into[c] = (into[c] ?? 0) + (stats.blockHist[b + c] ?? 0) - (stats.blockHist[a + c] ?? 0);
  }
  count(lastFull * BLOCK_SIZE, q);
}

/** The non-zero counts of a histogram, by category name. */
export function histogramRecord(counts: Int32Array): Partial<Record<EventCategory, number>> {
  const out: Partial<Record<EventCategory, number>> = {};
  for (let c = 0; c < CATEGORY_COUNT; c++) {
    const n = counts[c] ?? 0;
    const name = EVENT_CATEGORIES[c];
    if (n > 0 && name) out[name] = n;
  }
  return out;
}

/** A zeroed histogram, one slot per category. */
export function emptyHistogram(): Int32Array {
  return new Int32Array(CATEGORY_COUNT);
}
