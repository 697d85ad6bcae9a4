/**
 * Path geometry for the genogram's lines: the `d` strings of parallel lines, zigzags, broken lines,
 * arrowheads, slashes and rounded outlines. Each line kind is one `<path>` whose `d` composes its
 * parts, so a family of hundreds stays at a few SVG elements per person. Pure functions.
 */
import type { Point } from '../../model/genogram/layout-types.js';

const round = (n: number): number => Math.round(n * 10) / 10;
const ORIGIN: Point = { x: 0, y: 0 };
/** The point at `index` (callers keep indexes in range; the origin keeps types honest). */
const at = (points: readonly Point[], index: number): Point => points[index] ?? ORIGIN;
const pt = (p: Point): string => `${round(p.x)} ${round(p.y)}`;

/** `M x y L x y ...` through the points (an empty string for fewer than two). */
export function lineD(points: readonly Point[]): string {
  return points.length < 2 ? '' : `M${points.map(pt).join('L')}`;
}

/** A closed polygon with rounded corners (radius clamped to half of each edge). */
export function roundedPolygonD(points: readonly Point[], radius: number): string {
  const n = points.length;
  if (n < 3) return lineD(points);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const prev = at(points, (i + n - 1) % n);
    const here = at(points, i);
    const next = at(points, (i + 1) % n);
    const a = towards(here, prev, radius);
    const b = towards(here, next, radius);
    parts.push(`${i === 0 ? 'M' : 'L'}${pt(a)}Q${pt(here)} ${pt(b)}`);
  }
  return `${parts.join('')}Z`;
}

/** The point `distance` from `from` towards `to`, at most half-way. */
function towards(from: Point, to: Point, distance: number): Point {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  if (length === 0) return from;
  const t = Math.min(distance, length / 2) / length;
  return { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
}

/** Unit direction and left-hand normal of a segment. */
function frame(a: Point, b: Point): { ux: number; uy: number; nx: number; ny: number } {
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const ux = (b.x - a.x) / length;
  const uy = (b.y - a.y) / length;
  return { ux, uy, nx: -uy, ny: ux };
}

/** The frame of a polyline of one point: no direction to move sideways in. */
const STILL = { ux: 1, uy: 0, nx: 0, ny: 0 };

/** The polyline moved sideways by `distance` (mitred corners), for double and triple lines. */
export function offsetLine(points: readonly Point[], distance: number): Point[] {
  return points.map((p, i) => {
    const before = i > 0 ? frame(at(points, i - 1), p) : undefined;
    const after = i < points.length - 1 ? frame(p, at(points, i + 1)) : undefined;
    const f1 = before ?? after ?? STILL;
    const f2 = after ?? before ?? STILL;
    let nx = f1.nx + f2.nx;
    let ny = f1.ny + f2.ny;
    const length = Math.hypot(nx, ny);
    if (length < 1e-6) return { x: p.x + f1.nx * distance, y: p.y + f1.ny * distance };
    nx /= length;
    ny /= length;
    const scale = distance / Math.max(0.3, nx * f1.nx + ny * f1.ny);
    return { x: p.x + nx * scale, y: p.y + ny * scale };
  });
}

/** Several copies of the polyline side by side, `gap` apart, centred on it. */
export function parallelD(points: readonly Point[], count: number, gap: number): string {
  let d = '';
  for (let i = 0; i < count; i++) d += lineD(offsetLine(points, (i - (count - 1) / 2) * gap));
  return d;
}

/** Total length of a polyline. */
function lengthOf(points: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    total += Math.hypot(
      at(points, i).x - at(points, i - 1).x,
      at(points, i).y - at(points, i - 1).y,
    );
  }
  return total;
}

/** The point `distance` along the polyline, with the frame of the segment it lies on. */
export function pointAlong(
  points: readonly Point[],
  distance: number,
): Point & { ux: number; uy: number; nx: number; ny: number } {
  let left = Math.max(0, distance);
  for (let i = 1; i < points.length; i++) {
    const a = at(points, i - 1);
    const b = at(points, i);
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (left <= length || i === points.length - 1) {
      const t = length === 0 ? 0 : Math.min(1, left / length);
      return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t, ...frame(a, b) };
    }
    left -= length;
  }
  const only = points[0] ?? { x: 0, y: 0 };
  return { ...only, ux: 1, uy: 0, nx: 0, ny: 1 };
}

/** The middle of a polyline (where labels and cut-off bars go). */
export function midpoint(points: readonly Point[]): Point {
  const p = pointAlong(points, lengthOf(points) / 2);
  return { x: p.x, y: p.y };
}

/** The part of a polyline between two distances along it. */
function slice(points: readonly Point[], from: number, to: number): Point[] {
  const out: Point[] = [pointAlong(points, from)];
  let walked = 0;
  for (let i = 1; i < points.length; i++) {
    walked += Math.hypot(
      at(points, i).x - at(points, i - 1).x,
      at(points, i).y - at(points, i - 1).y,
    );
    if (walked > from && walked < to) out.push(at(points, i));
  }
  out.push(pointAlong(points, to));
  return out.map(({ x, y }) => ({ x, y }));
}

/** A zigzag along the polyline (hostile, abuse): teeth `amplitude` high, `step` apart. */
export function zigzagD(points: readonly Point[], amplitude = 4, step = 6): string {
  const total = lengthOf(points);
  const teeth = Math.max(2, Math.floor(total / step));
  const out: Point[] = [];
  for (let i = 0; i <= teeth; i++) {
    const p = pointAlong(points, (total * i) / teeth);
    const side = i === 0 || i === teeth ? 0 : i % 2 ? amplitude : -amplitude;
    out.push({ x: p.x + p.nx * side, y: p.y + p.ny * side });
  }
  return lineD(out);
}

/** An open arrowhead at the end of the polyline, pointing along its last segment. */
export function arrowheadD(points: readonly Point[], size = 8): string {
  const tip = pointAlong(points, lengthOf(points));
  const back = { x: tip.x - tip.ux * size, y: tip.y - tip.uy * size };
  const half = size / 2;
  return lineD([
    { x: back.x + tip.nx * half, y: back.y + tip.ny * half },
    tip,
    { x: back.x - tip.nx * half, y: back.y - tip.ny * half },
  ]);
}

/** A line broken in the middle with a bar on each side of the gap (cut-off). */
export function cutOffD(points: readonly Point[], gap = 10, bar = 6): string {
  const total = lengthOf(points);
  const a = Math.max(0, total / 2 - gap / 2);
  const b = Math.min(total, total / 2 + gap / 2);
  const barAt = (distance: number) => {
    const p = pointAlong(points, distance);
    return lineD([
      { x: p.x + p.nx * bar, y: p.y + p.ny * bar },
      { x: p.x - p.nx * bar, y: p.y - p.ny * bar },
    ]);
  };
  return lineD(slice(points, 0, a)) + barAt(a) + barAt(b) + lineD(slice(points, b, total));
}

/** Short diagonal strokes across a horizontal line at `x` (separated one, divorced two). */
export function slashesD(x: number, y: number, count: number, height = 7): string {
  let d = '';
  for (let i = 0; i < count; i++) {
    const cx = x + (i - (count - 1) / 2) * 5;
    d += lineD([
      { x: cx - height / 2, y: y + height },
      { x: cx + height / 2, y: y - height },
    ]);
  }
  return d;
}
