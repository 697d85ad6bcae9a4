/**
 * Household outlines: a closed, stepped polygon around the people who live together now, one
 * band per generation row (symbol and label), joined between rows (by a corridor through the gap
 * when the bands do not overlap). A household is contiguous when no one else's symbol falls
 * inside its outline.
 */
import type { CaseRecord } from '../case-record/schema.js';
import { round, simplify, type SymbolIndex } from './geometry.js';
import type { LayoutHousehold, Point } from './layout-types.js';
import type { Placed } from './routing.js';

/** The measures outlines are drawn with. */
export interface OutlineGeometry {
  readonly size: number;
  /** Space kept around symbols inside the outline. */
  readonly padding: number;
  /** Room for the labels drawn under a symbol. */
  readonly labelHeight: number;
  readonly rowY: (generation: number) => number;
}

/**
 * The people living in each household now: households and memberships with no end date.
 * People not drawn are left out; a household with nobody drawn has no outline.
 */
export function currentHouseholds(
  record: CaseRecord,
  drawn: { has(id: string): boolean },
): { readonly id: string; readonly members: readonly string[] }[] {
  const out: { id: string; members: string[] }[] = [];
  for (const household of record.households ?? []) {
    if (!household || household.to !== undefined) continue;
    const members: string[] = [];
    for (const m of household.members ?? []) {
      if (!m || m.to !== undefined || !drawn.has(m.person) || members.includes(m.person)) continue;
      members.push(m.person);
    }
    if (members.length) out.push({ id: household.id, members });
  }
  return out;
}

/** Outlines every current household. */
export function outlineHouseholds(
  record: CaseRecord,
  nodes: ReadonlyMap<string, Placed>,
  symbols: SymbolIndex,
  geo: OutlineGeometry,
): LayoutHousehold[] {
  return currentHouseholds(record, nodes).map(({ id, members }) => {
    const { outline, bands } = outlineOf(members, nodes, geo);
    const inside = new Set(members);
    let contiguous = true;
    for (const band of bands) {
      const y = geo.rowY(band.generation);
      for (const n of symbols.between(y, band.left, band.right)) {
        if (!inside.has(n.id)) contiguous = false;
      }
    }
    return { id, members, outline, contiguous };
  });
}

interface Band {
  readonly generation: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

function outlineOf(
  members: readonly string[],
  nodes: ReadonlyMap<string, Placed>,
  geo: OutlineGeometry,
): { readonly outline: Point[]; readonly bands: readonly Band[] } {
  const half = geo.size / 2 + geo.padding;
  const byRow = new Map<number, { lo: number; hi: number }>();
  for (const id of members) {
    const n = nodes.get(id);
    if (!n) continue;
    const row = byRow.get(n.generation);
    if (row) {
      row.lo = Math.min(row.lo, n.x);
      row.hi = Math.max(row.hi, n.x);
    } else byRow.set(n.generation, { lo: n.x, hi: n.x });
  }
  const gens = [...byRow.keys()].sort((a, b) => a - b);
  const first = gens[0] ?? 0;
  const last = gens[gens.length - 1] ?? 0;
  const bands: Band[] = [];
  for (let g = first; g <= last; g++) {
    let span = byRow.get(g);
    if (!span) {
      // A row with no member between two that have: the overlap of its neighbours, else both.
      const above = byRow.get(gens.filter((x) => x < g).pop() ?? first);
      const below = byRow.get(gens.find((x) => x > g) ?? last);
      const lo = Math.max(above?.lo ?? 0, below?.lo ?? 0);
      const hi = Math.min(above?.hi ?? 0, below?.hi ?? 0);
      span =
        lo <= hi
          ? { lo, hi }
          : {
              lo: Math.min(above?.lo ?? 0, below?.lo ?? 0),
              hi: Math.max(above?.hi ?? 0, below?.hi ?? 0),
            };
    }
    const y = geo.rowY(g);
    bands.push({
      generation: g,
      left: span.lo - half,
      right: span.hi + half,
      top: y - geo.size / 2 - geo.padding,
      bottom: y + geo.size / 2 + geo.labelHeight,
    });
  }
  // Between two rows the outline steps sideways. When the bands do not overlap it becomes a
  // corridor through the gap between the rows (where there are no symbols): the side moving
  // outwards steps higher than the side moving inwards, so the polygon never crosses itself.
  const steps = bands.slice(0, -1).map((a, i) => {
    const b = bands[i + 1] as Band;
    const mid = (a.bottom + b.top) / 2;
    const half = Math.min((b.top - a.bottom) / 4, geo.size / 3);
    if (a.right <= b.left) return { right: mid - half, left: mid + half };
    if (b.right <= a.left) return { right: mid + half, left: mid - half };
    return { right: mid, left: mid };
  });
  const points: Point[] = [];
  const firstBand = bands[0] as Band;
  points.push({ x: firstBand.left, y: firstBand.top }, { x: firstBand.right, y: firstBand.top });
  for (let i = 0; i < bands.length; i++) {
    const band = bands[i] as Band;
    const next = bands[i + 1];
    const step = steps[i];
    if (next && step)
      points.push({ x: band.right, y: step.right }, { x: next.right, y: step.right });
    else points.push({ x: band.right, y: band.bottom });
  }
  const lastBand = bands[bands.length - 1] as Band;
  points.push({ x: lastBand.left, y: lastBand.bottom });
  for (let i = bands.length - 1; i > 0; i--) {
    const band = bands[i] as Band;
    const prev = bands[i - 1] as Band;
    const y = (steps[i - 1] as { left: number }).left;
    points.push({ x: band.left, y }, { x: prev.left, y });
  }
  const outline = simplify(points.map((p) => ({ x: round(p.x), y: round(p.y) })));
  // The closing point repeats the first: a closed polygon lists each corner once.
  const firstPoint = outline[0];
  const lastPoint = outline[outline.length - 1];
  if (firstPoint && lastPoint && firstPoint.x === lastPoint.x && firstPoint.y === lastPoint.y)
    outline.pop();
  return { outline, bands };
}
