/**
 * Long passes over a record's items, cut into ranges.
 *
 * A record is usually read once, so a pass over its events runs as cold code. V8 compiles a loop
 * that keeps running within one call a second time, with its optimising compiler (on-stack
 * replacement), on a background thread. On a two-core machine that compilation competes with the
 * page for the processor: measured on a first render of 10,000 events, it took more time than the
 * faster code gave back (`--js-flags=--osr-from-maglev=0` made the render 10 to 20 ms faster).
 * A pass of a few hundred items per call is left to the quicker compilers, and a function called
 * once per range is optimised, if ever, like any other.
 */

/** Items per call of a range reader. */
export const RANGE_SIZE = 512;

/** Calls `read(from, to)` for consecutive ranges of at most {@link RANGE_SIZE} of `count` items. */
export function byRanges(count: number, read: (from: number, to: number) => void): void {
  for (let from = 0; from < count; from += RANGE_SIZE)
    read(from, Math.min(count, from + RANGE_SIZE));
}
