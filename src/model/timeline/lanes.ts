/**
 * Lanes: the practice model's lanes as a tree (a lane nests under its `parent`), with each entry
 * in its lane and the view's collapse state applied. A collapsed lane is drawn as one row holding
 * its own entries and every descendant's; its descendants are hidden.
 */
import type { LocalisedText } from '../common.js';
import { issue, type ValidationIssue } from '../issues.js';
import type { PracticeModel } from '../practice-model/schema.js';
import { byRanges } from '../ranges.js';
import { OTHER_LANE, OTHER_LANE_LABEL, type TimelineEntry } from './entries.js';

/** One lane of the tree. */
export interface TimelineLane {
  readonly id: string;
  readonly label: LocalisedText;
  /** The parent lane id, for a nested lane. */
  readonly parent: string | undefined;
  /** 0 for a top-level lane. */
  readonly depth: number;
  readonly children: readonly TimelineLane[];
  /**
   * The entries drawn in this lane's row, in chronology order: its own, plus, when it is
   * collapsed, every descendant's. Empty for a hidden lane.
   */
  readonly entries: readonly TimelineEntry[];
  /** Entries whose lane is this one. */
  readonly ownCount: number;
  /** Entries of this lane and all its descendants. */
  readonly totalCount: number;
  readonly collapsed: boolean;
  /** Under a collapsed ancestor: not drawn. */
  readonly hidden: boolean;
  /** The "Other" lane, for entries of unknown types and withheld entries. */
  readonly other: boolean;
}

/** The lane tree and the rows to draw. */
export interface LaneLayout {
  /** Top-level lanes in the model's order, the "Other" lane last. */
  readonly roots: readonly TimelineLane[];
  /** Lanes to draw, top to bottom: depth-first, skipping lanes under a collapsed ancestor. */
  readonly visible: readonly TimelineLane[];
  /** Every lane by id. */
  readonly byId: ReadonlyMap<string, TimelineLane>;
  /**
   * The visible lane whose row draws a given lane's entries (the lane itself, or its nearest
   * collapsed ancestor): pass it as `rows` to `createTimelineIndex` (or the layout as `layout`).
   */
  readonly rowOf: ReadonlyMap<string, string>;
  /**
   * The lanes whose rows draw entries, in the order of their first entry: the groups
   * `createTimelineIndex` indexes when given this layout (see its `layout` option).
   */
  readonly filled: readonly TimelineLane[];
  readonly issues: readonly ValidationIssue[];
}

/** Options of {@link buildLanes}. */
export interface BuildLanesOptions {
  /** Ids of collapsed lanes. */
  readonly collapsed?: Iterable<string>;
  /** Leave out lanes with no entries in them or their descendants (default false). */
  readonly hideEmpty?: boolean;
}

interface MutableLane {
  id: string;
  label: LocalisedText;
  parent: string | undefined;
  depth: number;
  children: MutableLane[];
  entries: TimelineEntry[];
  ownCount: number;
  totalCount: number;
  collapsed: boolean;
  hidden: boolean;
  other: boolean;
}

function lane(
  id: string,
  label: LocalisedText,
  parent: string | undefined,
  other = false,
): MutableLane {
  return {
    id,
    label,
    parent,
    depth: 0,
    children: [],
    entries: [],
    ownCount: 0,
    totalCount: 0,
    collapsed: false,
    hidden: false,
    other,
  };
}

/**
 * Builds the lane tree from the model's lanes and places each entry in its lane (entries keep
 * their order, so pass them in chronology order). An entry whose lane the model does not define
 * goes to the "Other" lane with an `unknown-lane` issue; so does a lane whose parent is missing or
 * would make a cycle (it becomes a top-level lane). The "Other" lane exists only when it has
 * entries.
 */
export function buildLanes(
  model: Pick<PracticeModel, 'lanes'> | undefined,
  entries: readonly TimelineEntry[],
  options: BuildLanesOptions = {},
): LaneLayout {
  const issues: ValidationIssue[] = [];
  const byId = new Map<string, MutableLane>();
  const order: MutableLane[] = [];
  (model?.lanes ?? []).forEach((l, i) => {
    if (byId.has(l.id) || l.id === OTHER_LANE) {
      issues.push(
        issue(
          ['lanes', i, 'id'],
          'duplicate-id',
          `"${l.id}" is used by an earlier lane; this one is left out`,
          { id: l.id },
        ),
      );
      return;
    }
    const made = lane(l.id, l.label, l.parent);
    byId.set(l.id, made);
    order.push(made);
  });

  // Parents: a missing parent or a cycle makes the lane top-level.
  const parentOf = (l: MutableLane): MutableLane | undefined =>
    l.parent === undefined ? undefined : byId.get(l.parent);
  order.forEach((l, i) => {
    if (l.parent === undefined) return;
    if (!byId.has(l.parent)) {
      issues.push(
        issue(
          ['lanes', i, 'parent'],
          'unknown-lane',
          `refers to lane "${l.parent}", which is not in the model; shown as a top-level lane`,
          { variant: 'parent', lane: l.parent },
        ),
      );
      l.parent = undefined;
      return;
    }
    // A cycle through this lane is broken here; a cycle above it is broken at its own lanes.
    let steps = 0;
    for (let p = parentOf(l); p && steps <= order.length; p = parentOf(p), steps++) {
      if (p === l) {
        issues.push(
          issue(
            ['lanes', i, 'parent'],
            'lane-cycle',
            `makes lane "${l.id}" its own ancestor; shown as a top-level lane`,
            { lane: l.id },
          ),
        );
        l.parent = undefined;
        break;
      }
    }
  });

  const collapsed = new Set(options.collapsed ?? []);
  const roots: MutableLane[] = [];
  for (const l of order) {
    l.collapsed = collapsed.has(l.id);
    const parent = parentOf(l);
    if (parent) parent.children.push(l);
    else roots.push(l);
  }

  // Depths, hidden flags and the row each lane is drawn in, before the entries: the lane tree
  // does not depend on them (the "Other" lane, made when an entry needs it, is its own row).
  const rowOf = new Map<string, string>();
  const slots = new Map<string, LaneSlot>();
  const place = (l: MutableLane, depth: number, row: MutableLane | undefined) => {
    l.depth = depth;
    l.hidden = row !== undefined;
    rowOf.set(l.id, (row ?? l).id);
    slots.set(l.id, { lane: l, row: row ?? l, unknown: false });
    const childRow = row ?? (l.collapsed ? l : undefined);
    for (const child of l.children) place(child, depth + 1, childRow);
  };
  for (const root of roots) place(root, 0, undefined);

  const { filled, other } = placeEntries(entries, slots, issues);
  if (other) {
    other.collapsed = collapsed.has(OTHER_LANE);
    byId.set(OTHER_LANE, other);
    roots.push(other);
    rowOf.set(OTHER_LANE, OTHER_LANE);
  }

  // Totals, from the leaves up.
  const total = (l: MutableLane): number => {
    let sum = l.ownCount;
    for (const child of l.children) sum += total(child);
    l.totalCount = sum;
    return sum;
  };
  for (const root of roots) total(root);

  const prune = (list: MutableLane[]): MutableLane[] =>
    options.hideEmpty ? list.filter((l) => l.totalCount > 0) : list;
  const visible: MutableLane[] = [];
  const walk = (list: MutableLane[]) => {
    for (const l of prune(list)) {
      visible.push(l);
      if (!l.collapsed) walk(l.children);
    }
  };
  const prunedRoots = prune(roots);
  if (options.hideEmpty) {
    for (const l of byId.values()) l.children = prune(l.children);
  }
  walk(prunedRoots);
  return { roots: prunedRoots, visible, byId, rowOf, filled, issues };
}

/** Where the entries of one lane id go. */
interface LaneSlot {
  /** The lane that counts them as its own. */
  readonly lane: MutableLane;
  /** The lane whose row draws them. */
  readonly row: MutableLane;
  /** A lane id the model does not define: each entry is reported. */
  readonly unknown: boolean;
}

/**
 * Counts each entry in its lane and adds it to its row, in one pass (in ranges, see ranges.ts);
 * lanes are looked up once per lane id, not once per entry. An entry of a lane id `slots` does
 * not hold goes to the "Other" lane, made for it.
 */
function placeEntries(
  entries: readonly TimelineEntry[],
  slots: Map<string, LaneSlot>,
  issues: ValidationIssue[],
): { filled: MutableLane[]; other: MutableLane | undefined } {
  const placed: Placed = { entries, slots, issues, filled: [], other: undefined };
  byRanges(entries.length, (from, to) => placeRange(placed, from, to));
  return placed;
}

/** What {@link placeEntries} has placed so far. */
interface Placed {
  readonly entries: readonly TimelineEntry[];
  readonly slots: Map<string, LaneSlot>;
  readonly issues: ValidationIssue[];
  /** The rows given entries, in the order of their first entry. */
  readonly filled: MutableLane[];
  other: MutableLane | undefined;
}

/** Places `entries[from]` to `entries[to - 1]`: one range of {@link byRanges}. */
function placeRange(placed: Placed, from: number, to: number): void {
  const { entries, slots, issues, filled } = placed;
  for (let i = from; i < to; i++) {
    const entry = entries[i] as TimelineEntry;
    let slot = slots.get(entry.lane);
    if (slot === undefined) {
      const other = (placed.other ??= lane(OTHER_LANE, OTHER_LANE_LABEL, undefined, true));
      slot = { lane: other, row: other, unknown: entry.lane !== OTHER_LANE };
      slots.set(entry.lane, slot);
    }
    if (slot.unknown) issues.push(unknownEntryLane(entry));
    slot.lane.ownCount += 1;
    const list = slot.row.entries;
    if (list.length === 0) filled.push(slot.row);
    list.push(entry);
  }
}

function unknownEntryLane(entry: TimelineEntry): ValidationIssue {
  return issue(
    ['events', entry.index, 'type'],
    'unknown-lane',
    `is drawn in lane "${entry.lane}", which is not in the model; shown in the "Other" lane`,
    { variant: 'drawn', lane: entry.lane },
  );
}

/** The ids of a lane and all its descendants (for a "this lane" filter that includes sub-lanes). */
export function laneAndDescendants(layout: LaneLayout, id: string): string[] {
  const out: string[] = [];
  const walk = (l: TimelineLane | undefined) => {
    if (!l) return;
    out.push(l.id);
    l.children.forEach(walk);
  };
  walk(layout.byId.get(id));
  return out;
}
