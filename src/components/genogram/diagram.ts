/**
 * The genogram drawing: SVG templates for the symbol definitions, household outlines, couple
 * lines, child links, emotional lines, people and the legend, from a computed layout. Lines and
 * symbols carry presentation attributes (`stroke`, `fill`, `stroke-dasharray`), never `style`,
 * so an exported file looks the same and a strict CSP holds; the stylesheet only themes them.
 * Patterns tell the notation apart, never colour alone.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { isolate, withoutIsolate } from '../../i18n/bidi.js';
import type { Localiser } from '../../i18n/localiser.js';
import { ageOn } from '../../i18n/format.js';
import type { Person, Relationship } from '../../model/case-record/schema.js';
import type { FuzzyDate } from '../../model/common.js';
import type {
  CoupleNotation,
  EmotionalNotation,
  GenogramLayout,
  LayoutCouple,
  LayoutNode,
  LegendItem,
  SymbolShape,
  ParentChildNotation,
  Point,
} from '../../model/genogram/layout-types.js';
import type { GenogramSettings } from '../../model/practice-model/schema.js';
import { symbolShape } from '../../model/genogram/legend.js';
import { isRedacted } from '../../model/redaction.js';
import { personName } from '../shared/people.js';
import { coupleKey, personKey, type FocusKey } from './navigation.js';
import {
  arrowheadD,
  cutOffD,
  lineD,
  midpoint,
  parallelD,
  pointAlong,
  roundedPolygonD,
  slashesD,
  zigzagD,
} from './notation.js';

/** The symbols defined once and drawn with `<use>`. */
type SymbolId =
  | SymbolShape
  | 'pregnancy'
  | 'miscarriage'
  | 'termination'
  | 'slash'
  | 'cross'
  | 'index'
  | 'brackets';

/** What the drawing needs about one person, worked out once per layout. */
export interface NodeView {
  readonly id: string;
  readonly key: FocusKey;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly symbol: SymbolId;
  /** Drawn smaller: stillbirth, miscarriage, termination. */
  readonly small: boolean;
  readonly overlays: readonly SymbolId[];
  /** Age in years, inside the symbol. */
  readonly inside: string;
  readonly name: string;
  /** Dates, occupation and sex assigned at birth, under the name. */
  readonly detail: string;
  /** The accessible name: "Tyler Carver, male, 9 years, index child". */
  readonly label: string;
}

/** The choices that change how people are drawn. */
export interface DrawingOptions {
  readonly i18n: Localiser;
  readonly today: string;
  readonly show: NonNullable<GenogramSettings['show']>;
  /** `slash` (NSGC) or `cross` (McGoldrick, ICS). */
  readonly deceased: 'slash' | 'cross';
  readonly index: string | undefined;
}

/** Dash patterns of child links by notation (biological is solid). */
export const CHILD_DASH: Partial<Record<ParentChildNotation, string>> = {
  adoptive: '7 4',
  foster: '2 3',
  step: '9 3 2 3',
  kinship: '4 2 1 2',
  'special-guardian': '12 4',
  surrogate: '1 5',
  donor: '1 3 5 3',
};

/** Dash patterns of couple lines by notation (marriage and civil partnership are solid). */
export const COUPLE_DASH: Partial<Record<CoupleNotation, string>> = {
  cohabiting: '7 4',
  engaged: '10 3 2 3',
  dating: '12 3',
  affair: '1 3',
};

const NAME_LENGTH = 17;
const DETAIL_LENGTH = 19;

/** `text` cut to `length` characters with an ellipsis; an isolated name stays isolated. */
function clip(text: string, length: number): string {
  const bare = withoutIsolate(text);
  return bare.length > length ? isolate(`${bare.slice(0, length - 1)}…`) : text;
}

/** The year of a fuzzy date, as written. */
function yearOf(date: FuzzyDate | undefined): string | undefined {
  return date === undefined ? undefined : (typeof date === 'string' ? date : date.date).slice(0, 4);
}

/** AFAB, AMAB or UAAB, written under a symbol whose gender differs from the sex recorded. */
function assignedAtBirth(person: Person, i18n: Localiser, showGender: boolean): string | undefined {
  const { sex, gender } = person;
  if (!showGender || !sex || sex === 'unknown' || !gender || gender === 'unknown') return undefined;
  if ((sex === 'male' && gender === 'man') || (sex === 'female' && gender === 'woman')) {
    return undefined;
  }
  return i18n.t(`genogram.assigned.${sex}`);
}

/** How one person is drawn and named. */
export function nodeView(
  node: LayoutNode,
  person: Person | undefined,
  adopted: boolean,
  options: DrawingOptions,
): NodeView {
  const { i18n, show } = options;
  const base = { id: node.id, key: personKey(node.id), x: node.x, y: node.y, size: node.size };
  if (!person || isRedacted(person)) {
    const name = person ? personName(person, i18n) : i18n.t('common.nameWithheld');
    return {
      ...base,
      symbol: 'diamond',
      small: false,
      overlays: [],
      inside: '',
      name: clip(name, NAME_LENGTH),
      detail: '',
      label: name,
    };
  }
  const showGender = show.genderIdentity !== false;
  const status = person.lifeStatus ?? 'alive';
  const name = personName(person, i18n);
  const overlays: SymbolId[] = [];
  let symbol: SymbolId = symbolShape(person, showGender);
  if (status === 'pregnancy' || status === 'miscarriage' || status === 'termination') {
    symbol = status;
  }
  if (
    status === 'deceased' ||
    status === 'stillbirth' ||
    (status === 'alive' && person.dateOfDeath)
  ) {
    overlays.push(options.deceased);
  }
  if (adopted) overlays.push('brackets');
  if (options.index === person.id) overlays.push('index');

  const alive = status === 'alive' && !person.dateOfDeath;
  const age =
    alive && person.dateOfBirth && show.ages !== false
      ? ageOn(person.dateOfBirth, options.today)
      : undefined;
  const born = yearOf(person.dateOfBirth);
  const died = yearOf(person.dateOfDeath);
  const dates =
    show.dates === false
      ? undefined
      : born && died
        ? i18n.t('genogram.diagram.lifespan', { born, died })
        : born && status !== 'pregnancy'
          ? i18n.t('genogram.diagram.born', { year: born })
          : died
            ? i18n.t('genogram.diagram.died', { year: died })
            : undefined;
  const detail = [
    dates,
    show.occupation === false ? undefined : person.occupation,
    assignedAtBirth(person, i18n, showGender),
  ].filter((part): part is string => Boolean(part));

  const description = [
    name,
    person.sex || person.gender
      ? showGender && person.gender && person.gender !== 'unknown'
        ? person.gender === 'other' && person.genderDescription
          ? person.genderDescription
          : i18n.t(`gender.${person.gender}`)
        : i18n.t(`sex.${person.sex ?? 'unknown'}`)
      : undefined,
    person.dateOfBirth && alive && show.ages !== false
      ? i18n.age(person.dateOfBirth, options.today)
      : undefined,
    status === 'alive' ? undefined : i18n.t(`lifeStatus.${status}`),
    options.index === person.id ? i18n.t('genogram.indexChild') : undefined,
  ].filter((part): part is string => Boolean(part));

  return {
    ...base,
    symbol,
    small: status === 'stillbirth' || status === 'miscarriage' || status === 'termination',
    overlays,
    inside: age ? String(age.years) : '',
    name: clip(name, NAME_LENGTH),
    detail: clip(detail.join(' · '), DETAIL_LENGTH),
    label: description.join(', '),
  };
}

// ---------------------------------------------------------------------------------------------
// Definitions

/**
 * Symbols as path data in a 40-unit box centred on 0 (scaled to each symbol's size). Paths, not
 * `<use>` of `<symbol>`: a browser draws a few thousand plain paths much faster than the shadow
 * trees `<use>` creates, and a person still costs one element for the outline and one for all
 * its markers together.
 */
const SYMBOL_D: Readonly<Record<SymbolId | 'agency' | 'professional', string>> = {
  square: 'M-18 -18H18V18H-18Z',
  circle: 'M-18 0A18 18 0 1 0 18 0A18 18 0 1 0 -18 0Z',
  diamond: 'M0 -20L20 0L0 20L-20 0Z',
  pregnancy: 'M0 -16L17 14H-17Z',
  miscarriage: 'M0 -9L9 7H-9Z',
  termination: 'M0 -9L9 7H-9ZM-11 11L11 -11',
  slash: 'M-23 23L23 -23',
  cross: 'M-15 -15L15 15M15 -15L-15 15',
  index: 'M-44 22L-25 10M-33 10L-25 10L-29 17',
  brackets: 'M-23 -25H-28V25H-23M23 -25H28V25H23',
  agency:
    'M-16 -16H16A10 10 0 0 1 26 -6V6A10 10 0 0 1 16 16H-16A10 10 0 0 1 -26 6V-6A10 10 0 0 1 -16 -16Z',
  professional: 'M-10 -20H10L20 -10V10L10 20H-10L-20 10V-10Z',
};

const scaled = new Map<string, string>();

/** A symbol's path data at `size` (cached: a family uses two or three sizes). */
export function symbolD(id: keyof typeof SYMBOL_D, size = 40): string {
  const key = `${id}@${size}`;
  let d = scaled.get(key);
  if (d === undefined) {
    const r = (n: string) => Math.round((+n * size) / 4) / 10;
    // Every number scales, except an arc's three flags.
    d = SYMBOL_D[id].replace(
      /A([\d.]+) ([\d.]+) (\d \d \d)|-?[\d.]+/g,
      (match, rx?: string, ry?: string, flags?: string) =>
        flags && rx && ry ? `A${r(rx)} ${r(ry)} ${flags}` : String(r(match)),
    );
    scaled.set(key, d);
  }
  return d;
}

/** One symbol drawn as a path: an outline (filled) or markers (not filled). */
export const symbolPath = (id: keyof typeof SYMBOL_D, size: number, markers = false) =>
  svg`<path d=${symbolD(id, size)} fill=${markers ? 'none' : id === 'miscarriage' ? 'currentColor' : nothing} />`;

// ---------------------------------------------------------------------------------------------
// Layers

/** Dotted rounded outlines around the people who live together, as one path. */
export function renderHouseholds(layout: GenogramLayout): SVGTemplateResult | typeof nothing {
  if (layout.households.length === 0) return nothing;
  const d = layout.households.map((h) => roundedPolygonD(h.outline, 14)).join('');
  return svg`<path class="households" d=${d} fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2 4" aria-hidden="true" />`;
}

/** Joins the `d` of items that are drawn alike into one path per style (fewer elements). */
function byStyle<T>(
  items: readonly T[],
  style: (item: T) => string,
  d: (item: T) => string,
): Map<string, string> {
  const paths = new Map<string, string>();
  for (const item of items) {
    const key = style(item);
    paths.set(key, (paths.get(key) ?? '') + d(item));
  }
  return paths;
}

/** The `d` of a couple line: single or double, with the status slashes. */
export function coupleD(
  couple: Pick<LayoutCouple, 'x1' | 'x2' | 'y' | 'midX' | 'status' | 'consanguineous'>,
): string {
  const { x1, x2, y } = couple;
  const line = couple.consanguineous
    ? parallelD(
        [
          { x: x1, y },
          { x: x2, y },
        ],
        2,
        4,
      )
    : lineD([
        { x: x1, y },
        { x: x2, y },
      ]);
  const slashes =
    couple.status === 'divorced'
      ? 2
      : couple.status === 'separated' || couple.status === 'ended'
        ? 1
        : 0;
  const at = (x1 + couple.midX) / 2;
  return slashes ? line + slashesD(at, y, slashes) : line;
}

/** Couple lines, focusable along family lines, with their years when there is room. */
export function renderCouples(
  layout: GenogramLayout,
  relationships: ReadonlyMap<string, Relationship>,
  label: (couple: LayoutCouple) => string,
  showDates: boolean,
  focus: FocusKey | undefined,
): SVGTemplateResult {
  return svg`<g class="couples" fill="none" stroke="currentColor" stroke-width="2">
    ${layout.couples.map((c) => {
      const key = coupleKey(c.id);
      const relationship = relationships.get(c.id);
      const years = [
        yearOf(relationship?.start),
        yearOf(relationship?.end ?? relationship?.separated),
      ];
      const text = showDates && years[0] ? years.filter(Boolean).join('–') : '';
      return svg`<path
          class="couple"
          d=${coupleD(c)}
          stroke-dasharray=${COUPLE_DASH[c.notation] ?? nothing}
          data-key=${key}
          role="button"
          tabindex=${focus === key ? 0 : -1}
          aria-label=${label(c)}
        />${
          text && text.length * 5 < c.x2 - c.x1
            ? svg`<text class="couple-years" x=${(c.x1 + c.x2) / 2} y=${c.y - 9} text-anchor="middle" font-size="9" fill="currentColor" stroke="none" aria-hidden="true">${text}</text>`
            : nothing
        }`;
    })}
  </g>`;
}

/** Lines from parents to children, drawn by notation; twins from one apex, identical with a bar. */
export function renderChildren(layout: GenogramLayout): SVGTemplateResult {
  const twins = new Map<string, { apex: Point; ends: Point[] }>();
  for (const link of layout.children) {
    if (!link.twin?.identical) continue;
    const group = twins.get(link.twin.group) ?? { apex: link.twin.apex, ends: [] };
    const end = link.path[link.path.length - 1];
    if (end) group.ends.push(end);
    twins.set(link.twin.group, group);
  }
  const bars = [...twins.values()]
    .filter((g) => g.ends.length > 1)
    .map(({ apex, ends }) => {
      const along = ends.map((end) =>
        pointAlong([apex, end], Math.hypot(end.x - apex.x, end.y - apex.y) * 0.4),
      );
      along.sort((a, b) => a.x - b.x);
      // The bar joins the leftmost and the rightmost twin's lines.
      return lineD([along[0], along[along.length - 1]].filter((p) => p !== undefined));
    })
    .join('');
  const paths = byStyle(
    layout.children,
    (link) => link.notation,
    (link) => lineD(link.path),
  );
  return svg`<g class="children" fill="none" stroke="currentColor" stroke-width="1.5" aria-hidden="true">
    ${[...paths].map(
      ([notation, d]) =>
        svg`<path class=${`child child--${notation}`} d=${d} stroke-dasharray=${CHILD_DASH[notation as ParentChildNotation] ?? nothing} />`,
    )}
    ${bars ? svg`<path class="twin-bars" d=${bars} />` : nothing}
  </g>`;
}

/** The notations drawn with an arrow from `from` to `to`, whatever the type says. */
const ARROWED = new Set<EmotionalNotation>([
  'focused-on',
  'abuse-physical',
  'abuse-emotional',
  'abuse-sexual',
  'neglect',
]);

/** The `d` of an emotional line (double, triple, zigzag, broken, arrowed) and its dash pattern. */
export function emotionalD(
  points: readonly Point[],
  notation: EmotionalNotation,
  directed: boolean,
): { d: string; dash?: string } {
  let d: string;
  switch (notation) {
    case 'close':
      d = parallelD(points, 2, 5);
      break;
    case 'fused':
      d = parallelD(points, 3, 4);
      break;
    case 'hostile':
    case 'abuse-physical':
    case 'abuse-emotional':
    case 'abuse-sexual':
      d = zigzagD(points);
      break;
    case 'close-hostile':
      d = parallelD(points, 2, 10) + zigzagD(points, 3);
      break;
    case 'cut-off':
      d = cutOffD(points);
      break;
    default:
      d = lineD(points);
  }
  if (directed || ARROWED.has(notation)) d += arrowheadD(points);
  return notation === 'distant'
    ? { d, dash: '3 5' }
    : notation === 'harmonious'
      ? { d, dash: '8 2 2 2' }
      : { d };
}

/** Emotional lines (one path per kind), with the kind of abuse or neglect written beside them. */
export function renderEmotional(
  layout: GenogramLayout,
  i18n: Localiser,
  labelled = true,
): SVGTemplateResult {
  const drawn = layout.emotional.map((link) => ({
    link,
    ...emotionalD(link.path, link.notation, link.directed),
  }));
  const paths = byStyle(
    drawn,
    (item) => `${item.link.notation}|${item.dash ?? ''}`,
    (item) => item.d,
  );
  const labels = labelled
    ? layout.emotional.filter(
        (link) => link.notation.startsWith('abuse') || link.notation === 'neglect',
      )
    : [];
  return svg`<g class="emotional" fill="none" stroke="currentColor" stroke-width="1.5" aria-hidden="true">
    ${[...paths].map(([key, d]) => {
      const [notation, dash] = key.split('|');
      return svg`<path class=${`feeling feeling--${notation}`} d=${d} stroke-dasharray=${dash || nothing} />`;
    })}
    ${labels.map((link) => {
      const at = midpoint(link.path);
      return svg`<text x=${at.x} y=${at.y - 8} text-anchor="middle" font-size="10" fill="currentColor" stroke="none">${i18n.t(`genogram.emotional.${link.notation}`)}</text>`;
    })}
  </g>`;
}

/**
 * The people: one focusable, selectable group each (symbol and overlays), named by `aria-label`.
 * Their written labels are a separate layer ({@link renderLabels}), so a symbol's accessible
 * name never competes with the text drawn around it.
 */
export function renderNodes(
  nodes: readonly NodeView[],
  focus: FocusKey | undefined,
  selection: string | undefined,
): SVGTemplateResult {
  return svg`<g class="nodes">
    ${nodes.map((n) => {
      const size = n.small ? n.size * 0.6 : n.size;
      return svg`<g
        class="node"
        transform=${`translate(${n.x} ${n.y})`}
        data-key=${n.key}
        data-symbol=${n.symbol}
        data-marks=${n.overlays.length ? n.overlays.join(' ') : nothing}
        role="button"
        tabindex=${focus === n.key ? 0 : -1}
        aria-pressed=${selection === n.id ? 'true' : 'false'}
        aria-label=${n.label}
        fill="#ffffff"
        stroke="currentColor"
        stroke-width="2"
      >${symbolPath(n.symbol, size)}${
        n.overlays.length
          ? svg`<path d=${n.overlays.map((o) => symbolD(o, size)).join('')} fill="none" />`
          : nothing
      }</g>`;
    })}
  </g>`;
}

/** Ages inside the symbols, names and details under them (hidden from assistive technology). */
export function renderLabels(nodes: readonly NodeView[]): SVGTemplateResult {
  return svg`<g class="labels" fill="currentColor" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke" text-anchor="middle" aria-hidden="true">
    ${nodes.map(
      (n) =>
        svg`${n.inside ? svg`<text x=${n.x} y=${n.y + 4.5} font-size="13" data-for=${n.key}>${n.inside}</text>` : nothing}<text x=${n.x} y=${n.y + n.size / 2 + 14} font-size="11" data-for=${n.key}>${n.name}</text>${
          n.detail
            ? svg`<text class="detail" x=${n.x} y=${n.y + n.size / 2 + 27} font-size="9" data-for=${n.key}>${n.detail}</text>`
            : nothing
        }`,
    )}
  </g>`;
}

// ---------------------------------------------------------------------------------------------
// Legend

/** A small drawing of one legend item, in a 48 by 24 box. */
export function legendSample(item: LegendItem, deceased: 'slash' | 'cross'): SVGTemplateResult {
  const line = [
    { x: 4, y: 12 },
    { x: 44, y: 12 },
  ];
  switch (item.kind) {
    case 'symbol': {
      const s = item.symbol;
      const small = s === 'miscarriage' || s === 'termination' || s === 'stillbirth';
      const shape: SymbolId =
        s === 'deceased' || s === 'index' ? 'square' : s === 'stillbirth' ? 'diamond' : s;
      const size = small ? 14 : 18;
      const overlay =
        s === 'deceased' || s === 'stillbirth' ? deceased : s === 'index' ? 'index' : undefined;
      return svg`<g transform="translate(28 12)" fill="#ffffff" stroke="currentColor" stroke-width="2">${symbolPath(shape, size)}${overlay ? symbolPath(overlay, size, true) : nothing}</g>`;
    }
    case 'couple':
      return svg`<path d=${coupleD({ x1: 4, x2: 44, y: 12, midX: 36, status: item.status, consanguineous: item.consanguineous })} fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray=${COUPLE_DASH[item.notation] ?? nothing} />`;
    case 'child':
      return svg`<path d="M24 2V22" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray=${CHILD_DASH[item.notation] ?? nothing} />`;
    case 'twins':
      return svg`<path d=${`M24 2L12 22M24 2L36 22${item.identical ? 'M19 10H29' : ''}`} fill="none" stroke="currentColor" stroke-width="1.5" />`;
    case 'emotional': {
      const { d, dash } = emotionalD(line, item.notation, false);
      return svg`<path d=${d} fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray=${dash ?? nothing} />`;
    }
    case 'household':
      return svg`<rect x="4" y="3" width="40" height="18" rx="6" fill="none" stroke="currentColor" stroke-width="1.5" stroke-dasharray="2 4" />`;
  }
}

/** The words for one legend item. */
export function legendLabel(item: LegendItem, i18n: Localiser): string {
  switch (item.kind) {
    case 'symbol':
      return i18n.t(`genogram.symbol.${item.symbol}`);
    case 'couple':
      return i18n.list(
        [
          i18n.t(`genogram.couple.${item.notation}`),
          item.consanguineous ? i18n.t('genogram.consanguineous') : '',
          item.status && item.status !== 'current' ? i18n.t(`coupleStatus.${item.status}`) : '',
        ].filter(Boolean),
      );
    case 'child':
      return i18n.t(`genogram.child.${item.notation}`);
    case 'twins':
      return i18n.t(item.identical ? 'genogram.identicalTwins' : 'genogram.twins');
    case 'emotional':
      return i18n.t(`genogram.emotional.${item.notation}`);
    case 'household':
      return i18n.t('genogram.householdOutline');
  }
}
