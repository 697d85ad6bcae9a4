/**
 * Small plane-geometry helpers for the genogram layout and its quality measures: segments
 * against symbol boxes (indexed by row, so a query is a binary search), and segment crossings.
 */
import type { Point } from './layout-types.js';

/** A symbol to test lines against. */
export interface SymbolBox {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
}

/** True when the segment p-q passes through the open box [x0, x1] x [y0, y1] (Liang-Barsky). */
export function segmentCrossesBox(
  p: Point,
  q: Point,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): boolean {
  if (x1 <= x0 || y1 <= y0) return false;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let t0 = 0;
  let t1 = 1;
  const clip = (pp: number, qq: number): boolean => {
    if (pp === 0) return qq > 0;
    const r = qq / pp;
    if (pp < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  if (!clip(-dx, p.x - x0)) return false;
  if (!clip(dx, x1 - p.x)) return false;
  if (!clip(-dy, p.y - y0)) return false;
  if (!clip(dy, y1 - p.y)) return false;
  return t1 - t0 > 1e-9;
}

/** A horizontal line to keep routed columns off. */
export interface HorizontalLine {
  readonly y: number;
  readonly x1: number;
  readonly x2: number;
}

/** Symbols grouped by row (same y) and sorted by x, for fast segment queries. */
export class SymbolIndex {
  private readonly rows: {
    readonly y: number;
    readonly boxes: SymbolBox[];
    readonly xs: number[];
  }[];
  private readonly half: number;

  constructor(boxes: readonly SymbolBox[]) {
    const byY = new Map<number, SymbolBox[]>();
    let half = 0;
    for (const box of boxes) {
      half = Math.max(half, box.size / 2);
      const list = byY.get(box.y);
      if (list) list.push(box);
      else byY.set(box.y, [box]);
    }
    this.half = half;
    this.rows = [...byY]
      .sort((a, b) => a[0] - b[0])
      .map(([y, list]) => {
        list.sort((a, b) => a.x - b.x);
        return { y, boxes: list, xs: list.map((b) => b.x) };
      });
  }

  /** Symbols on the row at `y`, left to right. */
  row(y: number): readonly SymbolBox[] {
    return this.rowAt(y)?.boxes ?? [];
  }

  /** x of the symbols on the row at `y`, ascending. */
  rowXs(y: number): readonly number[] {
    return this.rowAt(y)?.xs ?? [];
  }

  /** Symbols on the row at `y` whose centres are strictly between `x0` and `x1`. */
  between(y: number, x0: number, x1: number): readonly SymbolBox[] {
    const row = this.rowAt(y);
    if (!row) return [];
    const lo = Math.min(x0, x1);
    const hi = Math.max(x0, x1);
    const out: SymbolBox[] = [];
    for (let i = lowerBound(row.xs, lo); i < row.boxes.length; i++) {
      const box = row.boxes[i] as SymbolBox;
      if (box.x >= hi) break;
      if (box.x > lo) out.push(box);
    }
    return out;
  }

  private rowAt(y: number) {
    let lo = 0;
    let hi = this.rows.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const row = this.rows[mid] as (typeof this.rows)[number];
      if (row.y === y) return row;
      if (row.y < y) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /**
   * Symbols (other than `exclude`) the segment passes through, each box grown by `margin`
   * (negative to forgive lines that only touch an edge).
   */
  crossed(p: Point, q: Point, margin: number, exclude?: ReadonlySet<string>): SymbolBox[] {
    const out: SymbolBox[] = [];
    const reach = this.half + Math.max(0, margin);
    const yLo = Math.min(p.y, q.y) - reach;
    const yHi = Math.max(p.y, q.y) + reach;
    const xLo = Math.min(p.x, q.x) - reach;
    const xHi = Math.max(p.x, q.x) + reach;
    for (const row of this.rows) {
      if (row.y < yLo || row.y > yHi) continue;
      for (let i = lowerBound(row.xs, xLo); i < row.boxes.length; i++) {
        const box = row.boxes[i] as SymbolBox;
        if (box.x > xHi) break;
        if (exclude?.has(box.id)) continue;
        const h = box.size / 2 + margin;
        if (segmentCrossesBox(p, q, box.x - h, box.y - h, box.x + h, box.y + h)) out.push(box);
      }
    }
    return out;
  }

  /**
   * An x for a vertical run from a line at `fromX` to one at `toX` that crosses no symbol (kept
   * `margin` clear) on any row between `yFrom` and `yTo`, nor any of `lines` (couple lines: a
   * link running down through one would look like the couple's own descent). The midpoint when
   * it is free, else the edge of the blocked stretch with the shorter detour (weighted towards `toX`).
   */
  freeColumn(
    fromX: number,
    toX: number,
    yFrom: number,
    yTo: number,
    margin: number,
    lines: readonly HorizontalLine[] = [],
  ): number {
    const target = (fromX + toX) / 2;
    const lo = Math.min(yFrom, yTo);
    const hi = Math.max(yFrom, yTo);
    const blocked: [number, number][] = [];
    for (const line of lines) {
      if (line.y >= lo && line.y <= hi) blocked.push([line.x1 - margin, line.x2 + margin]);
    }
    for (const row of this.rows) {
      if (row.y + this.half < lo || row.y - this.half > hi) continue;
      for (const box of row.boxes) {
        const h = box.size / 2 + margin;
        blocked.push([box.x - h, box.x + h]);
      }
    }
    if (!blocked.length) return target;
    blocked.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const [a, b] of blocked) {
      const last = merged[merged.length - 1];
      if (last && a <= last[1]) last[1] = Math.max(last[1], b);
      else merged.push([a, b]);
    }
    const inside = merged.find(([a, b]) => target > a && target < b);
    if (!inside) return target;
    // Running along the far gap costs more: it is where the sibling bars of that row are.
    const cost = (x: number) => Math.abs(x - fromX) + 1.5 * Math.abs(x - toX);
    return cost(inside[0]) <= cost(inside[1]) ? inside[0] : inside[1];
  }
}

/** First index whose value is >= `value` in an ascending list. */
export function lowerBound(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * True when segments a-b and c-d cross at a point inside both (not at an end of either, and
 * not when they run along each other).
 */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const r = { x: b.x - a.x, y: b.y - a.y };
  const s = { x: d.x - c.x, y: d.y - c.y };
  const denom = r.x * s.y - r.y * s.x;
  if (Math.abs(denom) < 1e-12) return false;
  const qp = { x: c.x - a.x, y: c.y - a.y };
  const t = (qp.x * s.y - qp.y * s.x) / denom;
  const u = (qp.x * r.y - qp.y * r.x) / denom;
  const eps = 1e-6;
  return t > eps && t < 1 - eps && u > eps && u < 1 - eps;
}

/** Drops repeated points and middle points of straight runs. */
export function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 1e-9 && Math.abs(last.y - p.y) < 1e-9) continue;
    const before = out[out.length - 2];
    if (before && last) {
      const cross = (last.x - before.x) * (p.y - last.y) - (last.y - before.y) * (p.x - last.x);
      const dot = (last.x - before.x) * (p.x - last.x) + (last.y - before.y) * (p.y - last.y);
      if (Math.abs(cross) < 1e-9 && dot > 0) {
        out[out.length - 1] = p;
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

/** Rounds to two decimals: stable output, smaller SVG. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
