/**
 * Measures of a genogram layout's quality, for tests and benchmarks: overlaps, lines through
 * symbols, couple adjacency, generation alignment, crossings and people drawn twice. Every
 * measure reads only the layout, so any layout (ours, or a peer library's mapped into the same
 * shape) can be compared.
 */
import { SymbolIndex, segmentsCross } from './geometry.js';
import type { GenogramLayout, LayoutMetrics, Point } from './layout-types.js';

/** The legend helper sits with the measures: both read a finished layout. */
export { legendItems, symbolShape } from './legend.js';

/** A line segment with the link it belongs to, for counting crossings. */
interface Tagged {
  readonly a: Point;
  readonly b: Point;
  /** The link (child link index or couple id): segments of one link never cross each other. */
  readonly link: string;
  /** The parent unit: child links of one unit share their bar, so never count as crossing. */
  readonly unit: string;
}

/** Grid cell size for the crossing count. */
const CELL = 120;

/**
 * Measures a layout.
 *
 * - `overlaps`: pairs of symbols whose boxes overlap (touching edges do not count).
 * - `linesThroughSymbols`: (segment, symbol) pairs where a couple line, child link segment or
 *   emotional link segment passes through the inside of a symbol it does not end at.
 * - `coupleAdjacency`: share of couple lines whose partners are on one row with nobody between
 *   them except other partners of either (a person with several partners has them on both sides).
 * - `generationAlignment`: share of people whose y is their generation row's y, with rows in
 *   generation order top to bottom.
 * - `crossings`: points where a child link crosses a couple line, or crosses a child link of
 *   another parent unit (a line over a shared sibling bar is one crossing, not one per sibling).
 * - `personsDrawnTwice`: people with more than one symbol.
 * - `contiguousHouseholds`: share of household outlines with no one else inside.
 */
export function layoutMetrics(layout: GenogramLayout): LayoutMetrics {
  return {
    overlaps: countOverlaps(layout),
    linesThroughSymbols: countLinesThroughSymbols(layout),
    coupleAdjacency: coupleAdjacency(layout),
    generationAlignment: generationAlignment(layout),
    crossings: countCrossings(layout),
    personsDrawnTwice: countDrawnTwice(layout),
    contiguousHouseholds: layout.households.length
      ? layout.households.filter((h) => h.contiguous).length / layout.households.length
      : 1,
  };
}

function countOverlaps(layout: GenogramLayout): number {
  const nodes = [...layout.nodes].sort((a, b) => a.x - b.x);
  let overlaps = 0;
  for (let i = 0; i < nodes.length; i++) {
    const a = nodes[i];
    if (!a) continue;
    for (let j = i + 1; j < nodes.length; j++) {
      const b = nodes[j];
      if (!b) continue;
      const reach = (a.size + b.size) / 2;
      if (b.x - a.x >= reach) break;
      if (Math.abs(b.y - a.y) < reach) overlaps++;
    }
  }
  return overlaps;
}

function countLinesThroughSymbols(layout: GenogramLayout): number {
  const symbols = new SymbolIndex(layout.nodes);
  const couples = new Map(layout.couples.map((c) => [c.id, c]));
  let count = 0;
  const check = (path: readonly Point[], own: ReadonlySet<string>) => {
    for (let i = 0; i + 1 < path.length; i++) {
      // Half a unit of forgiveness: a line that only touches an edge is not through it.
      count += symbols.crossed(path[i] as Point, path[i + 1] as Point, -0.5, own).length;
    }
  };
  for (const c of layout.couples) {
    check(
      [
        { x: c.x1, y: c.y },
        { x: c.x2, y: c.y },
      ],
      new Set([c.left, c.right]),
    );
  }
  for (const link of layout.children) {
    const own = new Set([link.child]);
    if (link.parentUnit.kind === 'single') own.add(link.parentUnit.parent);
    else {
      const c = couples.get(link.parentUnit.couple);
      if (c) {
        own.add(c.left);
        own.add(c.right);
      }
    }
    check(link.path, own);
  }
  for (const e of layout.emotional) check(e.path, new Set([e.from, e.to]));
  return count;
}

function coupleAdjacency(layout: GenogramLayout): number {
  if (!layout.couples.length) return 1;
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const partners = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    const set = partners.get(a) ?? new Set<string>();
    set.add(b);
    partners.set(a, set);
  };
  for (const c of layout.couples) {
    add(c.left, c.right);
    add(c.right, c.left);
  }
  const symbols = new SymbolIndex(layout.nodes);
  let adjacent = 0;
  for (const c of layout.couples) {
    const l = byId.get(c.left);
    const r = byId.get(c.right);
    if (!l || !r || l.y !== r.y) continue;
    const lo = Math.min(l.x, r.x);
    const hi = Math.max(l.x, r.x);
    const ok = symbols
      .row(l.y)
      .filter((n) => n.x > lo && n.x < hi)
      .every((n) => partners.get(c.left)?.has(n.id) || partners.get(c.right)?.has(n.id));
    if (ok) adjacent++;
  }
  return adjacent / layout.couples.length;
}

function generationAlignment(layout: GenogramLayout): number {
  if (!layout.nodes.length) return 1;
  const ys = new Map<number, Map<number, number>>();
  for (const n of layout.nodes) {
    const counts = ys.get(n.generation) ?? new Map<number, number>();
    counts.set(n.y, (counts.get(n.y) ?? 0) + 1);
    ys.set(n.generation, counts);
  }
  const rowY = new Map<number, number>();
  for (const [g, counts] of ys) {
    const [y] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [0];
    rowY.set(g, y);
  }
  // A row out of generation order counts as misaligned.
  const gens = [...rowY.keys()].sort((a, b) => a - b);
  const misplaced = new Set<number>();
  for (let i = 1; i < gens.length; i++) {
    if ((rowY.get(gens[i] as number) ?? 0) <= (rowY.get(gens[i - 1] as number) ?? 0))
      misplaced.add(gens[i] as number);
  }
  const aligned = layout.nodes.filter(
    (n) => !misplaced.has(n.generation) && n.y === rowY.get(n.generation),
  ).length;
  return aligned / layout.nodes.length;
}

function countCrossings(layout: GenogramLayout): number {
  const segments: Tagged[] = [];
  const unitKey = (u: GenogramLayout['children'][number]['parentUnit']) =>
    u.kind === 'couple' ? `couple:${u.couple}` : `single:${u.parent}`;
  layout.children.forEach((link, i) => {
    for (let k = 0; k + 1 < link.path.length; k++) {
      segments.push({
        a: link.path[k] as Point,
        b: link.path[k + 1] as Point,
        link: `child:${i}`,
        unit: unitKey(link.parentUnit),
      });
    }
  });
  for (const c of layout.couples) {
    segments.push({
      a: { x: c.x1, y: c.y },
      b: { x: c.x2, y: c.y },
      link: `couple:${c.id}`,
      unit: `couple:${c.id}`,
    });
  }
  const grid = new Map<string, Tagged[]>();
  for (const s of segments) {
    const cx0 = Math.floor(Math.min(s.a.x, s.b.x) / CELL);
    const cx1 = Math.floor(Math.max(s.a.x, s.b.x) / CELL);
    const cy0 = Math.floor(Math.min(s.a.y, s.b.y) / CELL);
    const cy1 = Math.floor(Math.max(s.a.y, s.b.y) / CELL);
    for (let cx = cx0; cx <= cx1; cx++) {
      for (let cy = cy0; cy <= cy1; cy++) {
        const key = `${cx},${cy}`;
        const list = grid.get(key);
        if (list) list.push(s);
        else grid.set(key, [s]);
      }
    }
  }
  // Siblings' links share their bar, so one line over a bar crosses each of their paths at the
  // same point: a crossing is a point, counted once.
  const points = new Set<string>();
  for (const [key, list] of grid) {
    const [cx, cy] = key.split(',').map(Number) as [number, number];
    // Links of one unit never count against each other: compare unit with unit, so a cell
    // crossed by a thousand siblings' shared bar costs nothing.
    const byUnit = new Map<string, Tagged[]>();
    for (const s of list) {
      const same = byUnit.get(s.unit);
      if (same) same.push(s);
      else byUnit.set(s.unit, [s]);
    }
    const units = [...byUnit.values()];
    for (let i = 0; i < units.length; i++) {
      for (let j = i + 1; j < units.length; j++) {
        for (const s of units[i] as Tagged[]) {
          for (const t of units[j] as Tagged[]) {
            if (s.link.startsWith('couple:') && t.link.startsWith('couple:')) continue;
            if (!segmentsCross(s.a, s.b, t.a, t.b)) continue;
            // Count each crossing once: in the cell that holds the crossing point.
            const p = intersection(s.a, s.b, t.a, t.b);
            if (Math.floor(p.x / CELL) === cx && Math.floor(p.y / CELL) === cy)
              points.add(`${Math.round(p.x * 10)},${Math.round(p.y * 10)}`);
          }
        }
      }
    }
  }
  return points.size;
}

function intersection(a: Point, b: Point, c: Point, d: Point): Point {
  const r = { x: b.x - a.x, y: b.y - a.y };
  const s = { x: d.x - c.x, y: d.y - c.y };
  const denom = r.x * s.y - r.y * s.x;
  const t = ((c.x - a.x) * s.y - (c.y - a.y) * s.x) / denom;
  return { x: a.x + t * r.x, y: a.y + t * r.y };
}

function countDrawnTwice(layout: GenogramLayout): number {
  const seen = new Map<string, number>();
  for (const n of layout.nodes) seen.set(n.id, (seen.get(n.id) ?? 0) + 1);
  let twice = 0;
  for (const count of seen.values()) if (count > 1) twice++;
  return twice;
}
