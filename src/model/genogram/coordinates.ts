/**
 * x coordinates for one ordered family. Each row is solved exactly as a weighted least-squares
 * problem under minimum-gap constraints (pool-adjacent-violators, linear time): children are
 * pulled under their parents' descent point, parents over the middle of their children, in
 * alternating passes. Partners stay at the minimum gap, so couples never drift apart.
 */
import type { Family } from './family.js';
import type { Block, FamilyOrder, LinkIndex } from './order.js';

/** Spacing of the rows' symbols, in SVG user units. */
export interface Spacing {
  /** Centre-to-centre distance of neighbours in a family: symbol size plus the horizontal gap. */
  readonly pitch: number;
  /** Extra space between neighbours who are not siblings or partners. */
  readonly familyGap: number;
}

/** Passes of (down, up) before the final down pass. */
const PASSES = 6;
/** How strongly a block stays where it is when nothing pulls it. */
const INERTIA = 0.01;
/** How strongly other parent links (foster, kinship, a second birth parent) pull. */
const SECONDARY = 0.3;

interface RowPlan {
  readonly blocks: readonly Block[];
  /** Minimum distance from block k's first member to block k+1's first member. */
  readonly gaps: readonly number[];
}

function isSibling(family: Family, a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const ua = family.primary.get(a)?.unit.key;
  return ua !== undefined && ua === family.primary.get(b)?.unit.key;
}

/** Minimises Σ w (x - t)² subject to x[k+1] - x[k] >= gaps[k]. */
export function solveRow(
  targets: readonly number[],
  weights: readonly number[],
  gaps: readonly number[],
): number[] {
  const n = targets.length;
  const offsets = new Array<number>(n).fill(0);
  for (let k = 1; k < n; k++) offsets[k] = (offsets[k - 1] as number) + (gaps[k - 1] as number);
  // With y = x - offset the constraints become y non-decreasing: isotonic regression.
  const sums: number[] = [];
  const ws: number[] = [];
  const counts: number[] = [];
  for (let k = 0; k < n; k++) {
    const w = Math.max(1e-9, weights[k] as number);
    sums.push(w * ((targets[k] as number) - (offsets[k] as number)));
    ws.push(w);
    counts.push(1);
    while (sums.length > 1) {
      const last = sums.length - 1;
      const meanLast = (sums[last] as number) / (ws[last] as number);
      const meanPrev = (sums[last - 1] as number) / (ws[last - 1] as number);
      if (meanPrev <= meanLast) break;
      sums[last - 1] = (sums[last - 1] as number) + (sums.pop() as number);
      ws[last - 1] = (ws[last - 1] as number) + (ws.pop() as number);
      counts[last - 1] = (counts[last - 1] as number) + (counts.pop() as number);
    }
  }
  const out: number[] = [];
  for (let p = 0; p < sums.length; p++) {
    const mean = (sums[p] as number) / (ws[p] as number);
    for (let c = 0; c < (counts[p] as number); c++)
      out.push(mean + (offsets[out.length] as number));
  }
  return out;
}

/** Places one ordered family; x of every person, the leftmost symbol centre at 0. */
export function placeFamily(
  order: FamilyOrder,
  family: Family,
  links: LinkIndex,
  spacing: Spacing,
): Map<string, number> {
  const { pitch, familyGap } = spacing;
  const x = new Map<string, number>();
  const gen = (id: string) => family.generation.get(id) ?? 0;

  const plans = new Map<number, RowPlan>();
  for (const g of order.generations) {
    const blocks = order.rows.get(g) ?? [];
    const gaps: number[] = [];
    for (let k = 0; k + 1 < blocks.length; k++) {
      const a = blocks[k] as Block;
      const b = blocks[k + 1] as Block;
      const last = a.members[a.members.length - 1];
      const first = b.members[0];
      gaps.push(
        (a.members.length - 1) * pitch + pitch + (isSibling(family, last, first) ? 0 : familyGap),
      );
    }
    plans.set(g, { blocks, gaps });
    // Start packed to the left.
    let at = 0;
    blocks.forEach((b, k) => {
      b.members.forEach((m, i) => x.set(m, at + i * pitch));
      at += gaps[k] ?? 0;
    });
  }

  const anchorOf = (b: Block) => x.get(b.members[0] ?? '') ?? 0;
  const offsetOf = (b: Block, id: string) => Math.max(0, b.members.indexOf(id)) * pitch;
  const descent = (parents: readonly string[]) => {
    let sum = 0;
    for (const p of parents) sum += x.get(p) ?? 0;
    return sum / Math.max(1, parents.length);
  };

  const solve = (g: number, target: (b: Block) => { t: number; w: number } | undefined) => {
    const plan = plans.get(g);
    if (!plan || plan.blocks.length === 0) return;
    siblingCache = new Map();
    const ts: number[] = [];
    const ws: number[] = [];
    for (const b of plan.blocks) {
      const own = anchorOf(b);
      const wanted = target(b) ?? homeTarget(b);
      if (wanted && wanted.w > 0) {
        ts.push((wanted.t * wanted.w + own * INERTIA) / (wanted.w + INERTIA));
        ws.push(wanted.w + INERTIA);
      } else {
        ts.push(own);
        ws.push(INERTIA);
      }
    }
    const solved = solveRow(ts, ws, plan.gaps);
    plan.blocks.forEach((b, k) => {
      const a = solved[k] as number;
      b.members.forEach((m, i) => x.set(m, a + i * pitch));
    });
  };

  // With nothing else pulling: a light pull towards the people the block lives with on its row.
  const homeTarget = (b: Block) => {
    let sum = 0;
    let w = 0;
    for (const m of b.members) {
      for (const mate of family.housemates.get(m) ?? []) {
        if (b.members.includes(mate) || gen(mate) !== b.generation) continue;
        const mx = x.get(mate);
        if (mx === undefined) continue;
        sum += (mx - offsetOf(b, m)) * SECONDARY;
        w += SECONDARY;
      }
    }
    return w ? { t: sum / w, w } : undefined;
  };

  // Children under each unit, left to right: worked out once per row pass.
  let siblingCache = new Map<string, { readonly at: Map<string, number>; readonly n: number }>();
  const siblingsInRow = (unitKey: string) => {
    let entry = siblingCache.get(unitKey);
    if (!entry) {
      const sorted = [...(family.primaryChildren.get(unitKey) ?? [])].sort(
        (a, b) => (x.get(a) ?? 0) - (x.get(b) ?? 0),
      );
      entry = { at: new Map(sorted.map((c, i) => [c, i])), n: sorted.length };
      siblingCache.set(unitKey, entry);
    }
    return entry;
  };

  const downTarget = (b: Block) => {
    let sum = 0;
    let w = 0;
    for (const m of b.members) {
      const link = family.primary.get(m);
      if (!link) {
        // No parents drawn just above: a light pull towards any parent unit higher up.
        for (const other of links.byChild.get(m) ?? []) {
          if (other.unit.generation >= gen(m)) continue;
          sum += (descent(other.unit.parents) - offsetOf(b, m)) * SECONDARY;
          w += SECONDARY;
        }
        continue;
      }
      const siblings = siblingsInRow(link.unit.key);
      const i = siblings.at.get(m) ?? 0;
      const t = descent(link.unit.parents) + (i - (siblings.n - 1) / 2) * pitch;
      sum += t - offsetOf(b, m);
      w += 1;
    }
    return w ? { t: sum / w, w } : undefined;
  };

  const upTarget = (b: Block) => {
    let sum = 0;
    let w = 0;
    const seen = new Set<string>();
    for (const m of b.members) {
      for (const unit of family.unitsOfParent.get(m) ?? []) {
        if (seen.has(unit.key)) continue;
        seen.add(unit.key);
        let children = (family.primaryChildren.get(unit.key) ?? []).filter(
          (c) => gen(c) === gen(m) + 1,
        );
        let strength = 1;
        if (!children.length) {
          // Only caring or second links to children below: a light pull over them.
          children = (links.byUnit.get(unit.key) ?? [])
            .map((l) => l.child)
            .filter((c) => gen(c) === gen(m) + 1);
          strength = SECONDARY;
        }
        if (!children.length) continue;
        let lo = Number.POSITIVE_INFINITY;
        let hi = Number.NEGATIVE_INFINITY;
        for (const c of children) {
          const cx = x.get(c) ?? 0;
          if (cx < lo) lo = cx;
          if (cx > hi) hi = cx;
        }
        let offset = 0;
        for (const p of unit.parents) offset += offsetOf(b, p);
        offset /= Math.max(1, unit.parents.length);
        const weight = children.length * strength;
        sum += ((lo + hi) / 2 - offset) * weight;
        w += weight;
      }
    }
    return w ? { t: sum / w, w } : undefined;
  };

  const rows = order.generations;
  for (let pass = 0; pass < PASSES; pass++) {
    for (const g of rows.slice(1)) solve(g, downTarget);
    for (const g of [...rows].reverse().slice(1)) solve(g, upTarget);
  }
  const both = (b: Block) => {
    const d = downTarget(b);
    const u = upTarget(b);
    if (!d) return u;
    if (!u) return d;
    return { t: (d.t * d.w + u.t * u.w) / (d.w + u.w), w: d.w + u.w };
  };
  for (let pass = 0; pass < 4; pass++) {
    for (const g of rows) solve(g, both);
    for (const g of [...rows].reverse()) solve(g, both);
  }

  let min = Number.POSITIVE_INFINITY;
  for (const v of x.values()) min = Math.min(min, v);
  if (Number.isFinite(min)) for (const [id, v] of x) x.set(id, v - min);
  return x;
}
