/**
 * The genogram layout: a layered drawing of the case record's family. Generations come from
 * `assignGenerations`; each connected family is ordered (partners together, children in birth
 * order, barycentre sweeps against crossings), placed (children under their parents, parents over
 * their children, minimum gaps) and packed beside the others; then lines are routed around the
 * symbols and households outlined. Pure and bounded: no DOM, never throws on bad data.
 */
import type { CaseRecord } from '../case-record/schema.js';
import type { PracticeModel } from '../practice-model/schema.js';
import { placeFamily } from './coordinates.js';
import { readFamily } from './family.js';
import { SymbolIndex, round } from './geometry.js';
import { outlineHouseholds } from './households.js';
import type {
  GenogramLayout,
  LayoutBounds,
  LayoutNode,
  LayoutOptions,
  Point,
} from './layout-types.js';
import { connectedFamilies, indexLinks, orderFamily, type PreviousOrder } from './order.js';
import { routeChildren, routeCouples, routeEmotional, type Placed } from './routing.js';

/** Default symbol size, in SVG user units. */
export const DEFAULT_NODE_SIZE = 40;

/** Room under a symbol for its labels (name, age, dates), as a share of the generation gap. */
const LABEL_SHARE = 0.45;

/**
 * Lays out the genogram of `record` under `model`: every person once, in their generation's
 * row, with couple lines, child links, emotional links and household outlines. See
 * `docs/genogram-layout.md` for the method and the measures.
 */
export function layoutGenogram(
  record: CaseRecord,
  model: PracticeModel,
  options: LayoutOptions = {},
): GenogramLayout {
  const size = positive(options.nodeSize, DEFAULT_NODE_SIZE);
  const horizontalGap = positive(options.horizontalGap, size * 1.25);
  const generationGap = positive(options.generationGap, size * 2.5);
  const rowPitch = size + generationGap;
  const pitch = size + horizontalGap;
  const familyGap = horizontalGap / 2;
  const rowY = (g: number) => g * rowPitch;

  const family = readFamily(record, model, {
    ...(options.index !== undefined ? { index: options.index } : {}),
    ...(options.maxPersons !== undefined ? { maxPersons: options.maxPersons } : {}),
  });
  const links = indexLinks(family);

  // The previous layout, for keeping people where they were.
  const previous = new Map<string, { generation: number; order: number; x: number }>();
  for (const n of options.previous?.nodes ?? [])
    previous.set(n.id, { generation: n.generation, order: n.order, x: n.x });
  const previousOrder: PreviousOrder | undefined = options.previous ? previous : undefined;

  // Connected families: the index person's first, then record order; or as they were before.
  const groups = connectedFamilies(family);
  const firstRank = new Map(
    groups.map((group) => [
      group,
      group.includes(family.index ?? '') ? -1 : (family.recordOrder.get(group[0] ?? '') ?? 0),
    ]),
  );
  const previousX = new Map(
    groups.map((group) => [
      group,
      group.reduce((min, id) => Math.min(min, previous.get(id)?.x ?? Infinity), Infinity),
    ]),
  );
  const rank = (group: string[]) => firstRank.get(group) ?? 0;
  groups.sort((a, b) =>
    previousOrder
      ? compareNumbers(previousX.get(a) ?? 0, previousX.get(b) ?? 0) || rank(a) - rank(b)
      : rank(a) - rank(b),
  );

  // Order and place each family, then pack them left to right against each other's rows.
  const x = new Map<string, number>();
  const rightEdge = new Map<number, number>();
  const gen = (id: string) => family.generation.get(id) ?? 0;
  for (const group of groups) {
    const order = orderFamily(group, family, links, previousOrder);
    const local = placeFamily(order, family, links, { pitch, familyGap });
    const leftEdge = new Map<number, number>();
    const groupRight = new Map<number, number>();
    for (const [id, v] of local) {
      const g = gen(id);
      leftEdge.set(g, Math.min(leftEdge.get(g) ?? Number.POSITIVE_INFINITY, v));
      groupRight.set(g, Math.max(groupRight.get(g) ?? Number.NEGATIVE_INFINITY, v));
    }
    let shift = 0;
    for (const [g, left] of leftEdge) {
      const right = rightEdge.get(g);
      if (right !== undefined) shift = Math.max(shift, right + pitch + horizontalGap - left);
    }
    for (const [id, v] of local) x.set(id, v + shift);
    for (const [g, right] of groupRight)
      rightEdge.set(g, Math.max(rightEdge.get(g) ?? Number.NEGATIVE_INFINITY, right + shift));
  }

  // Nodes, numbered left to right within each generation.
  const placed = new Map<string, Placed>();
  const byRow = new Map<number, { id: string; x: number }[]>();
  for (const person of family.persons) {
    const px = x.get(person.id);
    if (px === undefined) continue;
    const g = gen(person.id);
    placed.set(person.id, { x: round(px), y: round(rowY(g)), generation: g });
    const row = byRow.get(g);
    const entry = { id: person.id, x: round(px) };
    if (row) row.push(entry);
    else byRow.set(g, [entry]);
  }
  const nodes: LayoutNode[] = [];
  for (const [g, row] of [...byRow].sort((a, b) => a[0] - b[0])) {
    row.sort((a, b) => a.x - b.x);
    row.forEach((entry, order) =>
      nodes.push({ id: entry.id, x: entry.x, y: round(rowY(g)), generation: g, size, order }),
    );
  }

  const symbols = new SymbolIndex(nodes);
  const geo = { size, generationGap, rowY };
  const { couples, descents } = routeCouples(family, placed, symbols, geo);
  const children = routeChildren(family, placed, symbols, descents, couples, geo);
  const emotional = routeEmotional(family, placed, symbols, couples, geo);
  const labelHeight = generationGap * LABEL_SHARE;
  const households = outlineHouseholds(record, placed, symbols, {
    size,
    padding: size / 4,
    labelHeight,
    rowY,
  });

  const bounds = boundsOf(
    [
      ...nodes.flatMap((n) => [
        { x: n.x - size / 2, y: n.y - size / 2 },
        { x: n.x + size / 2, y: n.y + size / 2 + labelHeight },
      ]),
      ...couples.flatMap((c) => [
        { x: c.x1, y: c.y },
        { x: c.x2, y: c.y },
      ]),
      ...children.flatMap((c) => c.path),
      ...emotional.flatMap((e) => e.path),
      ...households.flatMap((h) => h.outline),
    ],
    size / 2,
  );

  return { nodes, couples, children, emotional, households, bounds, issues: family.issues };
}

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

function compareNumbers(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/** The box around every point, with a margin; an empty drawing is an empty box at the origin. */
function boundsOf(points: readonly Point[], margin: number): LayoutBounds {
  if (!points.length) return { x: 0, y: 0, width: 0, height: 0 };
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    if (p.x < x0) x0 = p.x;
    if (p.y < y0) y0 = p.y;
    if (p.x > x1) x1 = p.x;
    if (p.y > y1) y1 = p.y;
  }
  return {
    x: round(x0 - margin),
    y: round(y0 - margin),
    width: round(x1 - x0 + 2 * margin),
    height: round(y1 - y0 + 2 * margin),
  };
}
