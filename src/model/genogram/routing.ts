/**
 * Lines between placed symbols: couple lines, child links (descent, sibling bar, drop to the
 * child) and emotional links. Horizontal runs live in the gaps between rows on separate tracks
 * when they would overlap; runs that must pass a row use a column free of symbols. No line is
 * routed through a symbol it does not end at.
 */
import type { ChildLinkInfo, Family, ParentUnit } from './family.js';
import { round, simplify, type HorizontalLine, type SymbolIndex } from './geometry.js';
import type { LayoutChildLink, LayoutCouple, LayoutEmotionalLink, Point } from './layout-types.js';

/** A placed person. */
export interface Placed {
  readonly x: number;
  readonly y: number;
  readonly generation: number;
}

/** The measures lines are routed with. */
export interface RoutingGeometry {
  readonly size: number;
  readonly generationGap: number;
  /** y of a generation row's symbol centres. */
  readonly rowY: (generation: number) => number;
}

/** How far sibling bars sit above the children's row, as a share of the generation gap. */
const BAR_OFFSET = 0.25;
/** Most space the bars of one gap may spread over, as a share of the generation gap. */
const BAR_SPREAD = 0.3;
const BAR_STEP = 8;
/** Emotional lanes sit just above a row's symbols. */
const LANE_OFFSET = 10;
const LANE_STEP = 4;
const UNDERLINE_OFFSET = 6;
const UNDERLINE_STEP = 6;
/** Clearance kept between a routed vertical and a symbol. */
const COLUMN_MARGIN = 6;
/** Where the 45-degree port of a symbol is, as a share of its size. */
const PORT = Math.SQRT1_2 / 2;

/** A horizontal run in a gap: entered from above at `from`, left downwards at each of `downs`. */
interface Run {
  readonly id: number;
  readonly from: number;
  readonly downs: readonly number[];
  readonly x1: number;
  readonly x2: number;
}

/** Clusters larger than this are stacked in x order, without comparing every pair. */
const MAX_ORDERED_CLUSTER = 200;

/**
 * Tracks within each gap for horizontal runs that would overlap: track 0 is nearest the row
 * below. Overlapping runs are stacked so that fewer verticals cross them: a run whose entry
 * from above falls inside another's span, or whose drops fall inside it, goes where that costs
 * the fewer crossings.
 */
class Tracks {
  private readonly requests = new Map<number, Run[]>();
  private readonly assigned = new Map<number, number>();
  private readonly counts = new Map<number, number>();
  private next = 0;

  request(gap: number, from: number, downs: readonly number[]): number {
    const id = this.next++;
    let x1 = from;
    let x2 = from;
    for (const x of downs) {
      if (x < x1) x1 = x;
      if (x > x2) x2 = x;
    }
    const run: Run = { id, from, downs, x1, x2 };
    const list = this.requests.get(gap);
    if (list) list.push(run);
    else this.requests.set(gap, [run]);
    return id;
  }

  assign(minGap: number): void {
    for (const [gap, list] of this.requests) {
      list.sort((p, q) => p.x1 - q.x1 || p.x2 - q.x2);
      let most = 0;
      // Clusters of runs that overlap, one after another along the gap.
      for (let i = 0; i < list.length;) {
        let reach = (list[i] as Run).x2;
        let j = i + 1;
        while (j < list.length && (list[j] as Run).x1 <= reach + minGap) {
          reach = Math.max(reach, (list[j] as Run).x2);
          j++;
        }
        const cluster = list.slice(i, j);
        const order = cluster.length <= MAX_ORDERED_CLUSTER ? stackOrder(cluster) : cluster;
        const placed: Run[] = [];
        for (const run of order) {
          let track = 0;
          for (const other of placed) {
            if (other.x2 + minGap >= run.x1 && run.x2 + minGap >= other.x1)
              track = Math.max(track, (this.assigned.get(other.id) ?? 0) + 1);
          }
          this.assigned.set(run.id, track);
          placed.push(run);
          most = Math.max(most, track + 1);
        }
        i = j;
      }
      this.counts.set(gap, most);
    }
  }

  track(id: number): number {
    return this.assigned.get(id) ?? 0;
  }

  count(gap: number): number {
    return this.counts.get(gap) ?? 1;
  }
}

/** Crossings if `low` runs below `high`: low's entry passes high's run, high's drops pass low's. */
function stackCost(low: Run, high: Run): number {
  let cost = low.from > high.x1 && low.from < high.x2 ? 1 : 0;
  for (const x of high.downs) if (x > low.x1 && x < low.x2) cost++;
  return cost;
}

/**
 * Bottom-to-top order of a cluster: each run (in x order) goes below the first run already
 * placed that it is cheaper under. The pairwise costs need not be transitive, so this is done by
 * insertion rather than by a sort, whose result would then depend on the engine.
 */
function stackOrder(cluster: readonly Run[]): Run[] {
  const order: Run[] = [];
  for (const run of cluster) {
    const at = order.findIndex((other) => stackCost(run, other) < stackCost(other, run));
    if (at < 0) order.push(run);
    else order.splice(at, 0, run);
  }
  return order;
}

/** Couple lines, and where each couple's children descend from. */
export function routeCouples(
  family: Family,
  nodes: ReadonlyMap<string, Placed>,
  symbols: SymbolIndex,
  geo: RoutingGeometry,
): { readonly couples: LayoutCouple[]; readonly descents: ReadonlyMap<string, Point> } {
  const s = geo.size;
  const couples: LayoutCouple[] = [];
  const descents = new Map<string, Point>();
  const under: {
    couple: (typeof family.couples)[number];
    l: Placed;
    r: Placed;
    left: string;
    right: string;
  }[] = [];
  for (const couple of family.couples) {
    const a = nodes.get(couple.a);
    const b = nodes.get(couple.b);
    if (!a || !b) continue;
    const [left, right] = a.x <= b.x ? [couple.a, couple.b] : [couple.b, couple.a];
    const l = (a.x <= b.x ? a : b) as Placed;
    const r = (a.x <= b.x ? b : a) as Placed;
    const between = symbols.between(l.y, l.x, r.x).length;
    const common = {
      id: couple.id,
      left,
      right,
      notation: couple.notation,
      ...(couple.status ? { status: couple.status } : {}),
      consanguineous: couple.consanguineous,
    };
    if (between <= 0) {
      const x1 = l.x + s / 2;
      const x2 = r.x - s / 2;
      const midX = (x1 + x2) / 2;
      couples.push({ ...common, y: round(l.y), x1: round(x1), x2: round(x2), midX: round(midX) });
      descents.set(couple.id, { x: round(midX), y: round(l.y) });
    } else {
      under.push({ couple, l, r, left, right });
    }
  }
  // Partners with someone between them: a line under the row, on its own track.
  const tracks = new Tracks();
  const ids = under.map((u) => tracks.request(u.l.generation, u.l.x, [u.r.x]));
  tracks.assign(2);
  under.forEach((u, i) => {
    const { couple, l, r, left, right } = u;
    const y = l.y + s / 2 + UNDERLINE_OFFSET + tracks.track(ids[i] as number) * UNDERLINE_STEP;
    let midX = (l.x + r.x) / 2;
    const row = [l, ...symbols.between(l.y, l.x, r.x), r];
    if (row.some((n) => Math.abs(n.x - midX) < s / 2 + COLUMN_MARGIN)) {
      // Descend through the gap nearest the middle rather than under a symbol.
      let best = midX;
      let bestDistance = Number.POSITIVE_INFINITY;
      for (let k = 0; k + 1 < row.length; k++) {
        const gap = ((row[k]?.x ?? 0) + (row[k + 1]?.x ?? 0)) / 2;
        if (Math.abs(gap - midX) < bestDistance) {
          bestDistance = Math.abs(gap - midX);
          best = gap;
        }
      }
      midX = best;
    }
    couples.push({
      id: couple.id,
      left,
      right,
      y: round(y),
      x1: round(l.x),
      x2: round(r.x),
      notation: couple.notation,
      ...(couple.status ? { status: couple.status } : {}),
      consanguineous: couple.consanguineous,
      midX: round(midX),
    });
    descents.set(couple.id, { x: round(midX), y: round(y) });
  });
  return { couples, descents };
}

/** The point a unit's child links leave from: the couple line's middle, or the parent's foot. */
function descentOf(
  unit: ParentUnit,
  nodes: ReadonlyMap<string, Placed>,
  descents: ReadonlyMap<string, Point>,
  size: number,
): Point | undefined {
  if (unit.kind === 'couple' && unit.couple) {
    const d = descents.get(unit.couple.id);
    if (d) return d;
  }
  const parent = nodes.get(unit.parents[0] ?? '');
  return parent ? { x: parent.x, y: parent.y + size / 2 } : undefined;
}

function parentUnitOf(
  unit: ParentUnit,
  descents: ReadonlyMap<string, Point>,
): LayoutChildLink['parentUnit'] {
  if (unit.kind === 'couple' && unit.couple && descents.has(unit.couple.id))
    return { kind: 'couple', couple: unit.couple.id };
  return { kind: 'single', parent: unit.parents[0] ?? '' };
}

/** Child links: one per parent unit and child, the primary one through the unit's sibling bar. */
export function routeChildren(
  family: Family,
  nodes: ReadonlyMap<string, Placed>,
  symbols: SymbolIndex,
  descents: ReadonlyMap<string, Point>,
  coupleLines: readonly HorizontalLine[],
  geo: RoutingGeometry,
): LayoutChildLink[] {
  const s = geo.size;
  const tracks = new Tracks();
  const top = (g: number) => geo.rowY(g) - s / 2;
  type Plan =
    | {
        readonly kind: 'bar';
        readonly link: ChildLinkInfo;
        readonly d: Point;
        readonly request: number;
        readonly gap: number;
      }
    | {
        readonly kind: 'long';
        readonly link: ChildLinkInfo;
        readonly d: Point;
        readonly col: number;
        readonly first: number;
        readonly firstGap: number;
        readonly second: number;
        readonly secondGap: number;
      };
  const plans: Plan[] = [];
  const barOfUnit = new Map<string, number>();

  for (const link of family.links) {
    const child = nodes.get(link.child);
    const d = descentOf(link.unit, nodes, descents, s);
    if (!child || !d) continue;
    const parentGen = link.unit.generation;
    const isPrimary = family.primary.get(link.child) === link;
    if (isPrimary) {
      let request = barOfUnit.get(link.unit.key);
      if (request === undefined) {
        const xs = (family.primaryChildren.get(link.unit.key) ?? [])
          .map((c) => nodes.get(c)?.x)
          .filter((x): x is number => x !== undefined);
        request = tracks.request(child.generation, d.x, xs);
        barOfUnit.set(link.unit.key, request);
      }
      plans.push({ kind: 'bar', link, d, request, gap: child.generation });
    } else if (child.generation === parentGen + 1) {
      const request = tracks.request(child.generation, d.x, [child.x]);
      plans.push({ kind: 'bar', link, d, request, gap: child.generation });
    } else {
      // Past rows in between (or back up to the child's row): down a column free of symbols.
      const [fromRow, toRow] =
        child.generation > parentGen
          ? [parentGen + 1, child.generation - 1]
          : [child.generation, parentGen];
      const col = symbols.freeColumn(
        d.x,
        child.x,
        geo.rowY(fromRow) - s / 2,
        geo.rowY(toRow) + s / 2,
        COLUMN_MARGIN,
        coupleLines,
      );
      plans.push({
        kind: 'long',
        link,
        d,
        col,
        first: tracks.request(parentGen + 1, d.x, [col]),
        firstGap: parentGen + 1,
        second: tracks.request(child.generation, col, [child.x]),
        secondGap: child.generation,
      });
    }
  }
  tracks.assign(4);
  const trackY = (gap: number, id: number) => {
    const n = tracks.count(gap);
    const step = n > 1 ? Math.min(BAR_STEP, (geo.generationGap * BAR_SPREAD) / (n - 1)) : 0;
    return top(gap) - geo.generationGap * BAR_OFFSET - tracks.track(id) * step;
  };

  const out: LayoutChildLink[] = [];
  for (const plan of plans) {
    const { link, d } = plan;
    const child = nodes.get(link.child) as Placed;
    const childTop = { x: child.x, y: child.y - s / 2 };
    let points: Point[];
    let twin: LayoutChildLink['twin'];
    if (plan.kind === 'bar') {
      const y = trackY(plan.gap, plan.request);
      const group = family.byId.get(link.child)?.multipleBirth;
      const isPrimary = family.primary.get(link.child) === link;
      const twins =
        group && isPrimary
          ? (family.primaryChildren.get(link.unit.key) ?? []).filter(
              (c) => family.byId.get(c)?.multipleBirth?.group === group.group && nodes.has(c),
            )
          : [];
      if (group && twins.length > 1) {
        const apexX = twins.reduce((sum, c) => sum + (nodes.get(c)?.x ?? 0), 0) / twins.length;
        const apex = { x: round(apexX), y: round(y) };
        twin = { group: group.group, identical: group.identical === true, apex };
        points = [d, { x: d.x, y }, apex, childTop];
      } else {
        points = [d, { x: d.x, y }, { x: child.x, y }, childTop];
      }
    } else {
      const y1 = trackY(plan.firstGap, plan.first);
      const y2 = trackY(plan.secondGap, plan.second);
      points = [
        d,
        { x: d.x, y: y1 },
        { x: plan.col, y: y1 },
        { x: plan.col, y: y2 },
        { x: child.x, y: y2 },
        childTop,
      ];
    }
    out.push({
      child: link.child,
      relationships: link.relationships,
      parentUnit: parentUnitOf(link.unit, descents),
      notation: link.notation,
      path: simplify(points.map((p) => ({ x: round(p.x), y: round(p.y) }))),
      ...(twin ? { twin } : {}),
    });
  }
  return out;
}

/** Emotional links: straight when clear, else over the row or through the gaps between rows. */
export function routeEmotional(
  family: Family,
  nodes: ReadonlyMap<string, Placed>,
  symbols: SymbolIndex,
  coupleLines: readonly HorizontalLine[],
  geo: RoutingGeometry,
): LayoutEmotionalLink[] {
  const s = geo.size;
  const partners = new Set(family.couples.map((c) => [c.a, c.b].sort().join('\u0000')));
  const tracks = new Tracks();
  type Plan =
    | { readonly kind: 'straight'; readonly points: Point[] }
    | {
        readonly kind: 'same-row';
        readonly a: Placed;
        readonly b: Placed;
        readonly request: number;
        readonly gap: number;
      }
    | {
        readonly kind: 'rows';
        readonly upper: Placed;
        readonly lower: Placed;
        readonly col?: number;
        readonly first: number;
        readonly firstGap: number;
        readonly second: number;
        readonly secondGap: number;
      };
  const plans: { info: (typeof family.emotional)[number]; plan: Plan; reversed: boolean }[] = [];

  for (const info of family.emotional) {
    const a = nodes.get(info.from);
    const b = nodes.get(info.to);
    if (!a || !b) continue;
    const exclude = new Set([info.from, info.to]);
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length = Math.hypot(dx, dy) || 1;
    const ux = dx / length;
    const uy = dy / length;
    const start = { x: a.x + (ux * s) / 2, y: a.y + (uy * s) / 2 };
    const end = { x: b.x - (ux * s) / 2, y: b.y - (uy * s) / 2 };
    const coupled = partners.has([info.from, info.to].sort().join('\u0000'));
    const sameRow = a.generation === b.generation;
    if (
      !(sameRow && coupled) &&
      length > s &&
      symbols.crossed(start, end, 2, exclude).length === 0
    ) {
      plans.push({ info, plan: { kind: 'straight', points: [start, end] }, reversed: false });
      continue;
    }
    if (sameRow) {
      const [l, r] = a.x <= b.x ? [a, b] : [b, a];
      const request = tracks.request(a.generation, l.x, [r.x]);
      plans.push({
        info,
        plan: { kind: 'same-row', a, b, request, gap: a.generation },
        reversed: false,
      });
      continue;
    }
    const [upper, lower, reversed] = a.generation < b.generation ? [a, b, false] : [b, a, true];
    const firstGap = upper.generation + 1;
    const secondGap = lower.generation;
    let col: number | undefined;
    if (secondGap > firstGap) {
      col = symbols.freeColumn(
        upper.x,
        lower.x,
        geo.rowY(firstGap) - s / 2,
        geo.rowY(secondGap - 1) + s / 2,
        COLUMN_MARGIN,
        coupleLines,
      );
    }
    const sg = Math.sign((col ?? lower.x) - upper.x) || 1;
    const first = tracks.request(firstGap, upper.x + (sg * s) / 2, [col ?? lower.x]);
    const second = col === undefined ? first : tracks.request(secondGap, col, [lower.x]);
    plans.push({
      info,
      plan: {
        kind: 'rows',
        upper,
        lower,
        ...(col !== undefined ? { col } : {}),
        first,
        firstGap,
        second,
        secondGap,
      },
      reversed,
    });
  }
  tracks.assign(2);
  const laneY = (gap: number, id: number) => {
    const n = tracks.count(gap);
    const step = n > 1 ? Math.min(LANE_STEP, (geo.generationGap * 0.12) / (n - 1)) : 0;
    return geo.rowY(gap) - s / 2 - LANE_OFFSET - tracks.track(id) * step;
  };
  const port = (p: Placed, sx: number, sy: number): Point => ({
    x: p.x + sx * PORT * s,
    y: p.y + sy * PORT * s,
  });

  return plans.map(({ info, plan, reversed }) => {
    let points: Point[];
    if (plan.kind === 'straight') points = plan.points;
    else if (plan.kind === 'same-row') {
      const { a, b } = plan;
      const y = laneY(plan.gap, plan.request);
      const sg = Math.sign(b.x - a.x) || 1;
      points = [
        port(a, sg, -1),
        { x: a.x + (sg * s) / 2, y },
        { x: b.x - (sg * s) / 2, y },
        port(b, -sg, -1),
      ];
    } else {
      const { upper, lower } = plan;
      const y1 = laneY(plan.firstGap, plan.first);
      const y2 = laneY(plan.secondGap, plan.second);
      const sg = Math.sign((plan.col ?? lower.x) - upper.x) || 1;
      const sl = Math.sign(lower.x - (plan.col ?? upper.x)) || 1;
      points = [
        port(upper, sg, 1),
        { x: upper.x + (sg * s) / 2, y: y1 },
        ...(plan.col !== undefined
          ? [
              { x: plan.col, y: y1 },
              { x: plan.col, y: y2 },
            ]
          : []),
        { x: lower.x - (sl * s) / 2, y: y2 },
        port(lower, -sl, -1),
      ];
      if (reversed) points.reverse();
    }
    return {
      id: info.id,
      from: info.from,
      to: info.to,
      notation: info.notation,
      directed: info.directed,
      path: simplify(points.map((p) => ({ x: round(p.x), y: round(p.y) }))),
    };
  });
}
