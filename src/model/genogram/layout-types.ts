/**
 * The genogram and ecomap layout contract: positioned people, couple lines, child links,
 * emotional links and household outlines, in SVG user units. Produced by the pure functions in
 * `layout.ts` and `ecomap.ts`, drawn by `<practice-genogram>`. Nothing here knows about the DOM.
 */
import type { CaseRecord, COUPLE_STATUSES } from '../case-record/schema.js';
import type { ValidationIssue } from '../issues.js';
import type {
  COUPLE_KINDS,
  EMOTIONAL_KINDS,
  PARENT_CHILD_KINDS,
  PracticeModel,
} from '../practice-model/schema.js';

/** How a couple line is drawn: marriage, civil partnership, cohabiting, engaged... */
export type CoupleNotation = (typeof COUPLE_KINDS)[number];
/** Where a couple stands: together, separated (one slash), divorced (two slashes)... */
export type CoupleStatus = (typeof COUPLE_STATUSES)[number];
/** How a child link is drawn: biological solid, adoptive dashed, foster dotted... */
export type ParentChildNotation = (typeof PARENT_CHILD_KINDS)[number];
/** How an emotional line is drawn: close, fused, distant, hostile, cut-off, abuse... */
export type EmotionalNotation = (typeof EMOTIONAL_KINDS)[number];

/** A point in SVG user units; y grows downwards. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** One person's symbol, placed once. */
export interface LayoutNode {
  /** The person id. */
  readonly id: string;
  /** Symbol centre. */
  readonly x: number;
  readonly y: number;
  /** Relative to the index person: 0 is their row, -1 their parents', 1 their children's. */
  readonly generation: number;
  /** Symbol width (= height). */
  readonly size: number;
  /** Left-to-right index within the generation row. */
  readonly order: number;
}

/** A couple line between two partners on the same row. */
export interface LayoutCouple {
  /** The couple relationship id. */
  readonly id: string;
  /** Person ids; `left` is drawn left of `right`. */
  readonly left: string;
  readonly right: string;
  /**
   * The line's y. When the partners sit side by side (nobody between them) this is the symbols'
   * centre line and `x1`/`x2` are the facing edges of the two symbols. When someone sits between
   * them (a person with several partners), the line runs under the row: `y` is below the symbols,
   * `x1`/`x2` are the partners' centres, and the view draws a short drop from the bottom of each
   * partner's symbol down to the line.
   */
  readonly y: number;
  readonly x1: number;
  readonly x2: number;
  readonly notation: CoupleNotation;
  readonly status?: CoupleStatus;
  /** Blood relatives as a couple: drawn with a double line. */
  readonly consanguineous: boolean;
  /** Where the children's descent line leaves the couple line. */
  readonly midX: number;
}

/** The line from a child's parents (a couple, or one parent) down to the child. */
export interface LayoutChildLink {
  readonly child: string;
  /** The parent-child relationship ids this link stands for (one per parent). */
  readonly relationships: readonly string[];
  readonly parentUnit:
    | { readonly kind: 'couple'; readonly couple: string }
    | { readonly kind: 'single'; readonly parent: string };
  readonly notation: ParentChildNotation;
  /**
   * Orthogonal polyline from the parent unit's descent point, down to the sibling bar, along it,
   * and down to the top of the child symbol. Twins share the bar point above the apex, then run
   * diagonally from the apex to each twin.
   */
  readonly path: readonly Point[];
  /** Twins and triplets: drawn from one apex; identical twins with a bar between the lines. */
  readonly twin?: { readonly group: string; readonly identical: boolean; readonly apex: Point };
}

/** An emotional line, routed above or below the rows so it passes through no symbol. */
export interface LayoutEmotionalLink {
  /** The relationship id. */
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly notation: EmotionalNotation;
  /** Drawn with an arrow from `from` to `to` (focused-on, abuse, neglect). */
  readonly directed: boolean;
  readonly path: readonly Point[];
}

/** The outline around the people who live together. */
export interface LayoutHousehold {
  readonly id: string;
  /** The member person ids that are drawn. */
  readonly members: readonly string[];
  /** A closed polygon (the view rounds its corners) around the members' symbols. */
  readonly outline: readonly Point[];
  /** False when someone who is not a member sits between members, so the outline encloses them. */
  readonly contiguous: boolean;
}

/** A box in SVG user units. */
export interface LayoutBounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Everything the genogram draws, positioned. */
export interface GenogramLayout {
  readonly nodes: readonly LayoutNode[];
  readonly couples: readonly LayoutCouple[];
  readonly children: readonly LayoutChildLink[];
  readonly emotional: readonly LayoutEmotionalLink[];
  readonly households: readonly LayoutHousehold[];
  /** Encloses every symbol, line and outline (labels below symbols included). */
  readonly bounds: LayoutBounds;
  /** What could not be drawn, and why. The layout never throws. */
  readonly issues: readonly ValidationIssue[];
}

/** Options for `layoutGenogram`. */
export interface LayoutOptions {
  /** The index person; defaults to the record's `index`, then its first subject. */
  readonly index?: string;
  /** Symbol width and height; default 40. */
  readonly nodeSize?: number;
  /** The least space between two symbols on a row; default `nodeSize` (room for labels). */
  readonly horizontalGap?: number;
  /** Space between rows; default `nodeSize * 2.5` (room for labels, sibling bars and lines). */
  readonly generationGap?: number;
  /** The previous layout: people keep their order within their row where possible. */
  readonly previous?: GenogramLayout;
  /** People beyond this many are left out with an issue; default 5,000. */
  readonly maxPersons?: number;
}

/** The genogram layout function's signature (implemented in `layout.ts`). */
export type LayoutGenogram = (
  record: CaseRecord,
  model: PracticeModel,
  options?: LayoutOptions,
) => GenogramLayout;

// ---------------------------------------------------------------------------------------------
// Ecomap

/** How strong a link on the ecomap is: strong (thick), weak (dashed), stressful (hatched). */
export type EcomapStrength = 'strong' | 'weak' | 'stressful';

/** A person, agency or professional on the ecomap. */
export interface EcomapNode {
  readonly id: string;
  readonly kind: 'person' | 'agency' | 'professional';
  /** Circle centre. */
  readonly x: number;
  readonly y: number;
  /** 0 the centre, 1 household and close family, 2 wider family, professionals and agencies. */
  readonly ring: number;
}

/** A link from the centre (or between two placed nodes) with its strength. */
export interface EcomapLink {
  readonly from: string;
  readonly to: string;
  readonly strength: EcomapStrength;
  readonly path: readonly Point[];
}

/** The radial ecomap: the child at the centre, people and agencies around. */
export interface EcomapLayout {
  readonly centre: string;
  readonly nodes: readonly EcomapNode[];
  readonly links: readonly EcomapLink[];
  readonly bounds: LayoutBounds;
}

// ---------------------------------------------------------------------------------------------
// Quality measures and the legend

/** Layout quality, measured by `layoutMetrics`. Fractions are 0..1 (1 when there is nothing to measure). */
export interface LayoutMetrics {
  /** Pairs of symbols whose boxes (with no gap) intersect. */
  readonly overlaps: number;
  /** Couple lines, child link segments and emotional link segments that cross a symbol they do not end at. */
  readonly linesThroughSymbols: number;
  /** Fraction of couples with no symbol between the two partners on their row, other than another partner of one of them. */
  readonly coupleAdjacency: number;
  /** Fraction of persons whose y is their generation row's y. */
  readonly generationAlignment: number;
  /** Proper intersections between child link segments and couple lines, and between child links of different parent units. */
  readonly crossings: number;
  /** Person ids that appear in more than one node. */
  readonly personsDrawnTwice: number;
  /** Fraction of household outlines with no one else inside (1 when there are none). */
  readonly contiguousHouseholds: number;
}

/**
 * The symbol's outline: a square for a man (or male, when gender is not recorded), a circle for a
 * woman (or female), a diamond for non-binary, other, intersex or unknown.
 */
export type SymbolShape = 'square' | 'circle' | 'diamond';

/** The symbols a legend may show: the three outlines, then markers and pregnancy outcomes. */
export const LEGEND_SYMBOLS = [
  'square',
  'circle',
  'diamond',
  'deceased',
  'index',
  'pregnancy',
  'miscarriage',
  'termination',
  'stillbirth',
] as const;
/** One of `LEGEND_SYMBOLS`. */
export type LegendSymbol = (typeof LEGEND_SYMBOLS)[number];

/** One entry in the legend, generated from what is drawn, in a stable order. */
export type LegendItem =
  | { readonly kind: 'symbol'; readonly symbol: LegendSymbol }
  | {
      readonly kind: 'couple';
      readonly notation: CoupleNotation;
      readonly status?: CoupleStatus;
      readonly consanguineous: boolean;
    }
  | { readonly kind: 'child'; readonly notation: ParentChildNotation }
  | { readonly kind: 'twins'; readonly identical: boolean }
  | { readonly kind: 'emotional'; readonly notation: EmotionalNotation }
  | { readonly kind: 'household' };
