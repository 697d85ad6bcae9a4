/**
 * Keyboard movement along family lines: from a person up to a parent, down to their eldest child,
 * left and right along their row, where partners sit side by side (through the couple line, which
 * can be focused too) and brothers and sisters next to each other. Where a person has no parent
 * or child drawn, up and down go to the nearest person on the row above or below, so the keyboard
 * reaches everyone drawn. Pure functions over the layout.
 */
import type { KinshipGraph } from '../../model/genogram/generations.js';
import type {
  GenogramLayout,
  LayoutCouple,
  LayoutNode,
  Point,
} from '../../model/genogram/layout-types.js';

/** An arrow key's direction. */
export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * A focus stop: `p:<person id>`, `c:<couple relationship id>`, or on the ecomap
 * `e:<agency or professional id>`.
 */
export type FocusKey = `p:${string}` | `c:${string}` | `e:${string}`;

/** The focus key of a person. */
export const personKey = (id: string): FocusKey => `p:${id}`;
/** The focus key of a couple line. */
export const coupleKey = (id: string): FocusKey => `c:${id}`;

/** Moves focus stops along the family's lines. */
export interface FamilyNavigator {
  /** The stop reached from `from` by an arrow key, or `undefined` at the edge of the family. */
  step(from: FocusKey, direction: Direction): FocusKey | undefined;
  /** Where a stop is drawn. */
  position(key: FocusKey): Point | undefined;
}

/** Builds the navigator for one layout. */
export function familyNavigator(layout: GenogramLayout, graph: KinshipGraph): FamilyNavigator {
  const nodes = new Map(layout.nodes.map((n) => [n.id, n]));
  const couples = new Map(layout.couples.map((c) => [c.id, c]));
  const coupleOf = new Map<string, LayoutCouple>();
  for (const c of layout.couples) {
    coupleOf.set(`${c.left}|${c.right}`, c);
    coupleOf.set(`${c.right}|${c.left}`, c);
  }
  const rows = new Map<number, LayoutNode[]>();
  for (const n of layout.nodes) {
    const row = rows.get(n.generation);
    if (row) row.push(n);
    else rows.set(n.generation, [n]);
  }
  for (const row of rows.values()) row.sort((a, b) => a.x - b.x);
  const generations = [...rows.keys()].sort((a, b) => a - b);
  const coupleChildren = new Map<string, LayoutNode[]>();
  for (const link of layout.children) {
    const child = nodes.get(link.child);
    if (link.parentUnit.kind !== 'couple' || !child) continue;
    const list = coupleChildren.get(link.parentUnit.couple) ?? [];
    list.push(child);
    coupleChildren.set(link.parentUnit.couple, list);
  }

  const drawn = (ids: Iterable<string>) =>
    [...ids].flatMap((id) => {
      const node = nodes.get(id);
      return node ? [node] : [];
    });
  const leftmost = (list: readonly LayoutNode[]) =>
    list.reduce<LayoutNode | undefined>((best, n) => (!best || n.x < best.x ? n : best), undefined);
  const nearestIn = (generation: number | undefined, x: number) =>
    generation === undefined
      ? undefined
      : (rows.get(generation) ?? []).reduce<LayoutNode | undefined>(
          (best, n) => (!best || Math.abs(n.x - x) < Math.abs(best.x - x) ? n : best),
          undefined,
        );
  const rowBeside = (node: LayoutNode, offset: -1 | 1) => {
    const at = generations.indexOf(node.generation) + offset;
    return nearestIn(generations[at], node.x);
  };
  const key = (node: LayoutNode | undefined) => (node ? personKey(node.id) : undefined);

  const fromPerson = (node: LayoutNode, direction: Direction): FocusKey | undefined => {
    if (direction === 'up') {
      const parents = drawn((graph.parents.get(node.id) ?? []).map((l) => l.person));
      return key(leftmost(parents) ?? rowBeside(node, -1));
    }
    if (direction === 'down') {
      const children = drawn((graph.children.get(node.id) ?? []).map((l) => l.person));
      return key(leftmost(children) ?? rowBeside(node, 1));
    }
    const row = rows.get(node.generation) ?? [];
    const next = row[row.indexOf(node) + (direction === 'left' ? -1 : 1)];
    if (!next) return undefined;
    const couple = coupleOf.get(`${node.id}|${next.id}`);
    return couple ? coupleKey(couple.id) : personKey(next.id);
  };

  const fromCouple = (couple: LayoutCouple, direction: Direction): FocusKey | undefined => {
    if (direction === 'left' || direction === 'up') return personKey(couple.left);
    if (direction === 'right') return personKey(couple.right);
    const child = leftmost(coupleChildren.get(couple.id) ?? []);
    if (child) return personKey(child.id);
    const left = nodes.get(couple.left);
    return left ? fromPerson(left, 'down') : undefined;
  };

  return {
    step(from, direction) {
      const id = from.slice(2);
      if (from.startsWith('c:')) {
        const couple = couples.get(id);
        return couple ? fromCouple(couple, direction) : undefined;
      }
      const node = nodes.get(id);
      return node ? fromPerson(node, direction) : undefined;
    },
    position(key) {
      const id = key.slice(2);
      if (key.startsWith('c:')) {
        const c = couples.get(id);
        return c && { x: c.midX, y: c.y };
      }
      const n = nodes.get(id);
      return n && { x: n.x, y: n.y };
    },
  };
}
