/**
 * Left-to-right order within each generation row, for one connected family: partners kept
 * together as blocks, children in birth order under their parents, then a few barycentre sweeps
 * (down and up, bounded) that keep the order with the fewest crossings between rows.
 */
import type { ChildLinkInfo, DrawnCouple, Family } from './family.js';

/** People on one row who must sit together: a person with their partners (and theirs). */
export interface Block {
  readonly id: number;
  readonly generation: number;
  /** Left to right. */
  members: string[];
}

/** The order of one connected family: its rows, top first, each a list of blocks. */
export interface FamilyOrder {
  readonly generations: readonly number[];
  readonly rows: ReadonlyMap<number, readonly Block[]>;
  /** Crossings between child links of adjacent rows in the chosen order. */
  readonly crossings: number;
}

/** Where each person sat in the previous layout: generation and order within it. */
export type PreviousOrder = ReadonlyMap<
  string,
  { readonly generation: number; readonly order: number }
>;

/** Sweeps at most this many times (each a down and an up pass). */
const MAX_SWEEPS = 4;

/** Links of each unit, and which links reach each child. */
export interface LinkIndex {
  readonly byUnit: ReadonlyMap<string, readonly ChildLinkInfo[]>;
  readonly byChild: ReadonlyMap<string, readonly ChildLinkInfo[]>;
}

function push<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Indexes the family's child links by unit and by child. */
export function indexLinks(family: Family): LinkIndex {
  const byUnit = new Map<string, ChildLinkInfo[]>();
  const byChild = new Map<string, ChildLinkInfo[]>();
  for (const link of family.links) {
    push(byUnit, link.unit.key, link);
    push(byChild, link.child, link);
  }
  return { byUnit, byChild };
}

/**
 * Splits the family into connected groups (couples, parent links of any kind, sibling links,
 * living together now), each listed in record order.
 */
export function connectedFamilies(family: Family): string[][] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    // Path compression keeps later finds short.
    for (let at = id; at !== root;) {
      const next = parent.get(at) ?? root;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  const union = (a: string, b: string) => {
    if (!parent.has(a) || !parent.has(b)) return;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const p of family.persons) parent.set(p.id, p.id);
  for (const c of family.couples) union(c.a, c.b);
  for (const link of family.links) for (const p of link.unit.parents) union(p, link.child);
  for (const [a, b] of family.siblingPairs) union(a, b);
  // People living together are drawn together, even with no family tie recorded.
  for (const [a, list] of family.housemates) for (const b of list) union(a, b);
  const groups = new Map<string, string[]>();
  for (const p of family.persons) push(groups, find(p.id), p.id);
  return [...groups.values()];
}

/** The partner of `person` in a couple. */
function otherOf(couple: DrawnCouple, person: string): string {
  return couple.a === person ? couple.b : couple.a;
}

/**
 * Orders a group of partners: the person with most partners in the middle, earlier partners to
 * the left and later ones to the right, each partner's own other partners further out.
 */
function arrangePartners(members: readonly string[], family: Family): string[] {
  if (members.length === 1) return [...members];
  const inBlock = new Set(members);
  const partners = (id: string) =>
    (family.couplesOf.get(id) ?? []).filter((c) => inBlock.has(otherOf(c, id)));
  const rank = (id: string) => family.recordOrder.get(id) ?? 0;
  const root = [...members].sort(
    (x, y) => partners(y).length - partners(x).length || rank(x) - rank(y),
  )[0] as string;
  const visited = new Set<string>([root]);
  // Partners who have other partners of their own go outermost, so their chains extend outwards.
  const outward = (id: string, couples: readonly DrawnCouple[]) =>
    couples
      .map((c) => ({ partner: otherOf(c, id), start: c.start }))
      .filter(({ partner }) => !visited.has(partner))
      .sort((x, y) => {
        const fx = partners(x.partner).length > 1 ? 1 : 0;
        const fy = partners(y.partner).length > 1 ? 1 : 0;
        return fx - fy || compareStart(x.start, y.start) || rank(x.partner) - rank(y.partner);
      });
  const chain = (id: string): string[] => {
    const next = outward(id, partners(id));
    for (const n of next) visited.add(n.partner);
    return [id, ...next.flatMap((n) => chain(n.partner))];
  };
  const first = outward(root, partners(root));
  for (const n of first) visited.add(n.partner);
  // Earlier relationships to the left: the first half of the partners by start date.
  const byStart = [...first].sort(
    (x, y) => compareStart(x.start, y.start) || rank(x.partner) - rank(y.partner),
  );
  const leftCount = Math.floor(byStart.length / 2);
  const leftSet = new Set(byStart.slice(0, leftCount).map((n) => n.partner));
  const left = first.filter((n) => leftSet.has(n.partner));
  const right = first.filter((n) => !leftSet.has(n.partner));
  const leftSide = left.flatMap((n) => chain(n.partner)).reverse();
  const rightSide = right.flatMap((n) => chain(n.partner));
  const ordered = [...leftSide, root, ...rightSide];
  // Anyone not reached (cannot happen for a connected block) goes at the end.
  for (const m of members) if (!ordered.includes(m)) ordered.push(m);
  return ordered;
}

function compareStart(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/** Blocks of one connected family: partners on the same row, joined through couples. */
function blocksOf(members: readonly string[], family: Family): Block[] {
  const inFamily = new Set(members);
  const seen = new Set<string>();
  const blocks: Block[] = [];
  for (const start of members) {
    if (seen.has(start)) continue;
    const group = [start];
    seen.add(start);
    for (const id of group) {
      for (const c of family.couplesOf.get(id) ?? []) {
        const other = otherOf(c, id);
        if (!seen.has(other) && inFamily.has(other)) {
          seen.add(other);
          group.push(other);
        }
      }
    }
    blocks.push({
      id: blocks.length,
      generation: family.generation.get(start) ?? 0,
      members: arrangePartners(group, family),
    });
  }
  return blocks;
}

/**
 * Orders one connected family. Without a previous layout: depth first from the oldest people,
 * children in birth order under each parent unit, then barycentre sweeps. With one: people keep
 * their previous order, newcomers go where the depth-first order puts them, and a sweep is only
 * taken when it removes crossings.
 */
export function orderFamily(
  members: readonly string[],
  family: Family,
  links: LinkIndex,
  previous?: PreviousOrder,
): FamilyOrder {
  const blocks = blocksOf(members, family);
  const blockOf = new Map<string, Block>();
  for (const b of blocks) for (const m of b.members) blockOf.set(m, b);
  const gen = (id: string) => family.generation.get(id) ?? 0;

  // Depth first: a block, then the children of each of its members' units, oldest first.
  const rows = new Map<number, Block[]>();
  const placed = new Set<Block>();
  const rank = (b: Block) => Math.min(...b.members.map((m) => family.recordOrder.get(m) ?? 0));
  const roots = [...blocks].sort((x, y) => x.generation - y.generation || rank(x) - rank(y));
  for (const root of roots) {
    const stack: Block[] = [root];
    while (stack.length) {
      const block = stack.pop() as Block;
      if (placed.has(block)) continue;
      placed.add(block);
      push(rows, block.generation, block);
      const next: Block[] = [];
      for (const m of block.members) {
        const units = [...(family.unitsOfParent.get(m) ?? [])].sort(
          (x, y) => unitSpot(x, block) - unitSpot(y, block),
        );
        for (const unit of units) {
          const mine = block.members.indexOf(m);
          const visitedWithEarlierPartner = unit.parents.some((p) => {
            const at = block.members.indexOf(p);
            return p !== m && at >= 0 && at < mine;
          });
          if (visitedWithEarlierPartner) continue;
          for (const child of family.primaryChildren.get(unit.key) ?? []) {
            const b = blockOf.get(child);
            if (b && !placed.has(b)) next.push(b);
          }
        }
      }
      // The stack is last in, first out: push the youngest first so the oldest is visited first.
      for (let i = next.length - 1; i >= 0; i--) stack.push(next[i] as Block);
      // People this block lives with, on its row, come right after it.
      for (const m of block.members) {
        for (const mate of family.housemates.get(m) ?? []) {
          const b = blockOf.get(mate);
          if (b && b !== block && !placed.has(b) && b.generation === block.generation)
            stack.push(b);
        }
      }
    }
  }

  if (previous) applyPrevious(rows, previous);
  const generations = [...rows.keys()].sort((a, b) => a - b);

  const ownLinks = members.flatMap((m) => links.byChild.get(m) ?? []);
  const sweeper = new Sweeper(generations, rows, family, links, ownLinks, gen);
  // With a previous layout, partners keep the sides they had.
  if (!previous) sweeper.orientHomes();
  let best = sweeper.snapshot();
  let bestCrossings = sweeper.crossings();
  for (let sweep = 0; sweep < MAX_SWEEPS && bestCrossings > 0; sweep++) {
    sweeper.down();
    let c = sweeper.crossings();
    if (c < bestCrossings) {
      bestCrossings = c;
      best = sweeper.snapshot();
    }
    sweeper.up();
    c = sweeper.crossings();
    if (c < bestCrossings) {
      bestCrossings = c;
      best = sweeper.snapshot();
    }
  }
  if (!previous && bestCrossings > 0) {
    // One last down pass puts siblings back in birth order under parents that moved.
    sweeper.restore(best);
    sweeper.down();
    const c = sweeper.crossings();
    if (c <= bestCrossings) {
      bestCrossings = c;
      best = sweeper.snapshot();
    }
  }
  sweeper.restore(best);
  return { generations, rows: sweeper.rows, crossings: bestCrossings };
}

/** Where a unit's descent sits within a block, for visiting units left to right. */
function unitSpot(unit: { readonly parents: readonly string[] }, block: Block): number {
  const spots = unit.parents.map((p) => block.members.indexOf(p)).filter((i) => i >= 0);
  return spots.length ? spots.reduce((a, b) => a + b, 0) / spots.length : 0;
}

/** Reorders rows to follow the previous layout; newcomers stay after their depth-first predecessor. */
function applyPrevious(rows: Map<number, Block[]>, previous: PreviousOrder): void {
  for (const [g, list] of rows) {
    let last = -1;
    let step = 0;
    const keys = new Map<Block, number>();
    for (const block of list) {
      const known = block.members
        .map((m) => previous.get(m))
        .filter((p): p is { generation: number; order: number } => p?.generation === g);
      if (known.length) {
        last = Math.min(...known.map((p) => p.order));
        step = 0;
        keys.set(block, last);
        // Partners keep their previous sides.
        const orders = block.members.map((m) => previous.get(m)?.order);
        const firstKnown = orders.find((o) => o !== undefined);
        const lastKnown = [...orders].reverse().find((o) => o !== undefined);
        if (firstKnown !== undefined && lastKnown !== undefined && firstKnown > lastKnown)
          block.members.reverse();
      } else {
        step += 1;
        keys.set(block, last + step / 1_000_000);
      }
    }
    list.sort((x, y) => (keys.get(x) ?? 0) - (keys.get(y) ?? 0));
  }
}

/** Runs barycentre passes over the rows of one family, in place. */
class Sweeper {
  readonly rows: Map<number, Block[]>;
  private readonly position = new Map<string, number>();
  private readonly lengths = new Map<number, number>();

  constructor(
    private readonly generations: readonly number[],
    rows: Map<number, Block[]>,
    private readonly family: Family,
    private readonly links: LinkIndex,
    private readonly ownLinks: readonly ChildLinkInfo[],
    private readonly gen: (id: string) => number,
  ) {
    this.rows = rows;
    for (const g of generations) this.index(g);
  }

  snapshot(): Map<number, string[][]> {
    const out = new Map<number, string[][]>();
    for (const [g, list] of this.rows)
      out.set(
        g,
        list.map((b) => [...b.members]),
      );
    return out;
  }

  restore(snapshot: ReadonlyMap<number, readonly (readonly string[])[]>): void {
    for (const [g, list] of this.rows) {
      const wanted = snapshot.get(g) ?? [];
      const byFirst = new Map<string, Block>();
      for (const b of list) for (const m of b.members) byFirst.set(m, b);
      const next: Block[] = [];
      for (const members of wanted) {
        const b = byFirst.get(members[0] ?? '');
        if (!b) continue;
        b.members = [...members];
        next.push(b);
      }
      this.rows.set(g, next);
      this.index(g);
    }
  }

  /** Order index of each person in a row. */
  private index(g: number): void {
    let i = 0;
    for (const b of this.rows.get(g) ?? []) for (const m of b.members) this.position.set(m, i++);
    this.lengths.set(g, i);
  }

  private rowLength(g: number): number {
    return this.lengths.get(g) ?? 0;
  }

  /** Position as a fraction of the row, so rows of different lengths compare. */
  private fraction(id: string): number {
    const n = this.rowLength(this.gen(id));
    return ((this.position.get(id) ?? 0) + 0.5) / Math.max(1, n);
  }

  private unitFraction(parents: readonly string[]): number {
    let sum = 0;
    for (const p of parents) sum += this.fraction(p);
    return sum / Math.max(1, parents.length);
  }

  /** Where a person's parents are: the primary unit, else any parent unit above. */
  private upAnchor(id: string): number | undefined {
    const primary = this.family.primary.get(id);
    if (primary) return this.unitFraction(primary.unit.parents);
    const above = (this.links.byChild.get(id) ?? []).filter(
      (l) => l.unit.generation < this.gen(id),
    );
    if (!above.length) return undefined;
    let sum = 0;
    for (const l of above) sum += this.unitFraction(l.unit.parents);
    return sum / above.length;
  }

  /** Where a person's children one row below are, and how many. */
  private downAnchor(id: string): { readonly at: number; readonly weight: number } | undefined {
    let sum = 0;
    let n = 0;
    for (const unit of this.family.unitsOfParent.get(id) ?? []) {
      for (const link of this.links.byUnit.get(unit.key) ?? []) {
        if (this.gen(link.child) !== this.gen(id) + 1) continue;
        sum += this.fraction(link.child);
        n++;
      }
    }
    return n ? { at: sum / n, weight: n } : undefined;
  }

  /** Where the people a block lives with sit on its own row, if any do. */
  private householdAnchor(b: Block): number | undefined {
    let sum = 0;
    let n = 0;
    for (const m of b.members) {
      for (const mate of this.family.housemates.get(m) ?? []) {
        if (b.members.includes(mate) || this.gen(mate) !== b.generation) continue;
        sum += this.fraction(mate);
        n++;
      }
    }
    return n ? sum / n : undefined;
  }

  private ownFraction(b: Block): number {
    let sum = 0;
    for (const m of b.members) sum += this.fraction(m);
    return sum / b.members.length;
  }

  /**
   * Reverses a block when its members' anchors run right to left (each anchor taken relative to
   * the block's own place, so one anchored member goes to the side its anchor is on). When the
   * anchors do not decide, the people each member lives with on the row do.
   */
  orient(b: Block, anchorOf: (id: string) => number | undefined): void {
    if (b.members.length < 2) return;
    const own = this.ownFraction(b);
    const mid = (b.members.length - 1) / 2;
    const score = (of: (id: string) => number | undefined) => {
      let sum = 0;
      b.members.forEach((m, i) => {
        const a = of(m);
        if (a !== undefined) sum += (i - mid) * (a - own);
      });
      return sum;
    };
    let s = score(anchorOf);
    if (Math.abs(s) < 1e-12) s = score((m) => this.homeOf(b, m));
    if (s < 0) b.members.reverse();
  }

  /** Lines people up with their housemates on the row, where nothing else decides. */
  orientHomes(): void {
    for (const g of this.generations) {
      for (const b of this.rows.get(g) ?? []) this.orient(b, () => undefined);
      this.index(g);
    }
  }

  /** Where a member's housemates outside the block sit on its row. */
  private homeOf(b: Block, id: string): number | undefined {
    let sum = 0;
    let n = 0;
    for (const mate of this.family.housemates.get(id) ?? []) {
      if (b.members.includes(mate) || this.gen(mate) !== b.generation) continue;
      sum += this.fraction(mate);
      n++;
    }
    return n ? sum / n : undefined;
  }

  /** Top to bottom: each row by where its people's parents are; siblings by birth order. */
  down(): void {
    for (const g of this.generations.slice(1)) {
      const list = this.rows.get(g) ?? [];
      const keys = new Map<Block, readonly number[]>();
      for (const b of list) {
        this.orient(b, (m) => this.upAnchor(m));
        let sum = 0;
        let n = 0;
        let birth = Number.POSITIVE_INFINITY;
        for (const m of b.members) {
          const a = this.upAnchor(m);
          if (a === undefined) continue;
          sum += a;
          n++;
          birth = Math.min(birth, this.family.birthRank.get(m) ?? Number.POSITIVE_INFINITY);
        }
        const own = this.ownFraction(b);
        // With no parents drawn: beside the people they live with, else where they are.
        const home = n ? undefined : this.householdAnchor(b);
        keys.set(b, n ? [sum / n, birth, own] : [home ?? own, Number.POSITIVE_INFINITY, own]);
      }
      list.sort((x, y) => compareKeys(keys.get(x), keys.get(y)));
      this.index(g);
    }
  }

  /**
   * Bottom to top: each row by where its people's children are. Children of the same parents
   * move together, so birth order holds.
   */
  up(): void {
    for (const g of [...this.generations].reverse().slice(1)) {
      const list = this.rows.get(g) ?? [];
      const groupOf = new Map<Block, string>();
      const groupSums = new Map<string, { sum: number; weight: number; own: number; n: number }>();
      for (const b of list) {
        this.orient(b, (m) => this.downAnchor(m)?.at);
        const rep = b.members.find((m) => this.family.primary.has(m));
        const group = rep ? (this.family.primary.get(rep)?.unit.key ?? '') : `block:${b.id}`;
        groupOf.set(b, group);
        const entry = groupSums.get(group) ?? { sum: 0, weight: 0, own: 0, n: 0 };
        for (const m of b.members) {
          const d = this.downAnchor(m);
          if (d) {
            entry.sum += d.at * d.weight;
            entry.weight += d.weight;
          }
        }
        // With no children below: beside the people they live with, else where they are.
        entry.own += (entry.weight ? undefined : this.householdAnchor(b)) ?? this.ownFraction(b);
        entry.n += 1;
        groupSums.set(group, entry);
      }
      const groupKey = (group: string): number => {
        const e = groupSums.get(group);
        if (!e) return 0;
        return e.weight ? e.sum / e.weight : e.own / e.n;
      };
      const keys = new Map<Block, readonly number[]>();
      for (const b of list) {
        const group = groupOf.get(b) ?? '';
        const e = groupSums.get(group);
        const rep = b.members.find((m) => this.family.primary.has(m));
        keys.set(b, [
          groupKey(group),
          e ? e.own / e.n : 0,
          rep !== undefined ? (this.family.birthRank.get(rep) ?? 0) : 0,
          this.ownFraction(b),
        ]);
      }
      list.sort((x, y) => compareKeys(keys.get(x), keys.get(y)));
      this.index(g);
    }
  }

  /** Crossings between child links of adjacent rows, counted as inversions. */
  crossings(): number {
    const byRow = new Map<number, [number, number][]>();
    for (const link of this.ownLinks) {
      const g = link.unit.generation;
      if (this.gen(link.child) !== g + 1 || !this.position.has(link.child)) continue;
      let a = 0;
      for (const p of link.unit.parents) a += this.position.get(p) ?? 0;
      a /= Math.max(1, link.unit.parents.length);
      const list = byRow.get(g);
      const edge: [number, number] = [a, this.position.get(link.child) ?? 0];
      if (list) list.push(edge);
      else byRow.set(g, [edge]);
    }
    let total = 0;
    for (const edges of byRow.values()) total += inversions(edges);
    return total;
  }
}

function compareKeys(x: readonly number[] | undefined, y: readonly number[] | undefined): number {
  if (!x || !y) return 0;
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const a = x[i] as number;
    const b = y[i] as number;
    if (a !== b) return a < b ? -1 : 1;
  }
  return 0;
}

/** Pairs of edges (a, b) with a1 < a2 and b1 > b2: crossings between two rows. O(E log E). */
export function inversions(edges: readonly (readonly [number, number])[]): number {
  const sorted = [...edges].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const values = [...new Set(sorted.map((e) => e[1]))].sort((a, b) => a - b);
  const rankOf = new Map(values.map((v, i) => [v, i + 1]));
  const tree = new Array<number>(values.length + 1).fill(0);
  const add = (i: number) => {
    for (; i < tree.length; i += i & -i) tree[i] = (tree[i] ?? 0) + 1;
  };
  const countUpTo = (i: number) => {
    let s = 0;
    for (; i > 0; i -= i & -i) s += tree[i] ?? 0;
    return s;
  };
  let total = 0;
  let inserted = 0;
  for (let i = 0; i < sorted.length;) {
    // Edges from the same parent position do not cross each other.
    let j = i;
    while (
      j < sorted.length &&
      (sorted[j] as [number, number])[0] === (sorted[i] as [number, number])[0]
    )
      j++;
    for (let k = i; k < j; k++) {
      const r = rankOf.get((sorted[k] as [number, number])[1]) ?? 0;
      total += inserted - countUpTo(r);
    }
    for (let k = i; k < j; k++) add(rankOf.get((sorted[k] as [number, number])[1]) ?? 0);
    inserted += j - i;
    i = j;
  }
  return total;
}
