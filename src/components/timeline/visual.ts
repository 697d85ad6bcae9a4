/**
 * The visual timeline's SVG: the calendar axis, the child's age, the lane rows with their marks,
 * the statutory clocks, the proceedings timetables (with the court's extensions) and the today
 * line. Render helpers only: positions come in as numbers (see `frame.ts`) and go out as SVG
 * geometry attributes, never as inline styles, so the drawing works under a strict
 * Content-Security-Policy.
 *
 * The element count is bounded: each entry or badge is one element (it is what the keyboard
 * reaches), and everything that is only decoration (ticks, fuzzy bands, clock markers, lateness
 * lines, proceedings bars) is merged into one `<path>` per kind and row.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { EventCategory } from '../../model/practice-model/schema.js';
import type {
  AgeTick,
  CalendarTicks,
  ProceedingsBar,
  Tick,
  TimelineEntry,
  TimeScale,
} from '../../model/timeline/index.js';
import type { ClockStatus } from '../../model/timescales/index.js';
import type { ClockMarker } from './clock-rows.js';
import {
  LANE_PADDING,
  ROW_HEIGHT,
  type EntryMark,
  type Frame,
  type GroupMark,
  type LaneRow,
  type Mark,
} from './frame.js';

/** Height of the calendar axis at the top. */
export const AXIS_HEIGHT = 40;
/** Height of the age row under it. */
export const AGE_HEIGHT = 24;
/** Height of one statutory clock row, and of the proceedings row. */
export const CLOCK_ROW_HEIGHT = 24;
/** Proceedings bars get a "Week N" label only when this few are in view. */
const LABELLED_BARS = 12;

/** A colour family per category: the families share a hue, and the shape carries the meaning. */
const FAMILIES: Readonly<Partial<Record<EventCategory, string>>> = {
  contact: 'front',
  referral: 'front',
  'referral-decision': 'front',
  closure: 'front',
  'early-help': 'support',
  assessment: 'support',
  'cin-plan': 'support',
  visit: 'support',
  'private-fostering': 'support',
  'strategy-discussion': 'protect',
  's47-enquiry': 'protect',
  'initial-conference': 'protect',
  'review-conference': 'protect',
  'core-group': 'protect',
  'cp-plan': 'protect',
  'legal-status': 'care',
  placement: 'care',
  'looked-after-review': 'care',
  'care-plan': 'care',
  'care-leaver': 'care',
  missing: 'care',
  'return-home-interview': 'care',
  proceedings: 'court',
  hearing: 'court',
  order: 'court',
  birth: 'life',
  death: 'life',
  move: 'life',
  police: 'agency',
  health: 'agency',
  education: 'agency',
};

/** The CSS class of an entry's colour family. */
export function familyClass(entry: TimelineEntry): string {
  if (entry.redacted) return 'k-withheld';
  return `k-${FAMILIES[entry.category] ?? 'other'}`;
}

/** A statutory clock row, ready to draw. */
export interface ClockRowView {
  readonly key: string;
  readonly markers: readonly ClockMarker[];
  readonly restarts: readonly number[];
}

/** Everything one drawing of the visual needs. */
export interface VisualModel {
  readonly scale: TimeScale;
  readonly frame: Frame;
  readonly ticks: CalendarTicks;
  readonly tickLabel: (tick: Tick) => string;
  readonly ageTicks: readonly AgeTick[] | undefined;
  readonly ageLabel: (tick: AgeTick) => string;
  readonly clocks: readonly ClockRowView[];
  readonly proceedings: readonly ProceedingsBar[];
  readonly proceedingsLabel: (bar: ProceedingsBar) => string;
  /** Day number of the start of today. */
  readonly today: number;
  readonly todayLabel: string;
  /**
   * Where the marks' own coordinates start, in window pixels: marks are drawn at `x + shift` in a
   * group moved by `-shift`, so while panning at one zoom level only that group's transform and
   * the marks entering or leaving change (see the element's origin).
   */
  readonly shift: number;
  /** The mark that takes the tab stop. */
  readonly tabKey: string | undefined;
  /** A mark's accessible name. */
  readonly markName: (mark: Mark) => string;
  /** The text drawn beside an entry. */
  readonly entryText: (entry: TimelineEntry) => string;
  /** The count drawn on a badge ("87", "1.2K"). */
  readonly countText: (count: number) => string;
  /** A lane row's name. */
  readonly laneName: (row: LaneRow) => string;
  readonly label: string;
  readonly describedBy: string;
}

/** Top of the lane rows. */
export function lanesTop(model: Pick<VisualModel, 'ageTicks'>): number {
  return AXIS_HEIGHT + (model.ageTicks ? AGE_HEIGHT : 0);
}

/** Height of the whole drawing. */
export function visualHeight(
  model: Pick<VisualModel, 'ageTicks' | 'frame' | 'clocks' | 'proceedings'>,
): number {
  return (
    lanesTop(model) +
    model.frame.height +
    (model.clocks.length + (model.proceedings.length ? 1 : 0)) * CLOCK_ROW_HEIGHT
  );
}

/** Keeps coordinates of very long periods within a drawable range around the window. */
function clip(x: number, width: number): number {
  return Math.min(width + 64, Math.max(-64, x));
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

/** A rectangle as a path segment. */
function rectPath(x: number, y: number, w: number, h: number): string {
  return `M${round(x)} ${round(y)}h${round(w)}v${h}h${round(-w)}z`;
}

/** A path of vertical lines from `y1` to `y2` at each x. */
function verticals(xs: readonly number[], y1: number, y2: number): string {
  return xs.map((x) => `M${round(x)} ${y1}V${y2}`).join('');
}

function renderAxis(model: VisualModel, width: number, height: number): SVGTemplateResult {
  const { ticks } = model;
  return svg`<g class="axis" aria-hidden="true">
    <rect class="axis-band" x="0" y="0" width=${width} height=${AXIS_HEIGHT}></rect>
    <path class="tick minor" d=${verticals(
      ticks.minor.map((t) => t.px),
      AXIS_HEIGHT - 8,
      AXIS_HEIGHT,
    )}></path>
    <path class="tick major" d=${verticals(
      ticks.major.map((t) => t.px),
      AXIS_HEIGHT - 16,
      height,
    )}></path>
    ${ticks.major.map(
      (t) => svg`<text class="tick-label" x=${round(t.px) + 4} y="18">${model.tickLabel(t)}</text>`,
    )}
  </g>`;
}

function renderAge(model: VisualModel, width: number): SVGTemplateResult | typeof nothing {
  if (!model.ageTicks) return nothing;
  const y = AXIS_HEIGHT;
  return svg`<g class="age" aria-hidden="true">
    <rect class="age-band" x="0" y=${y} width=${width} height=${AGE_HEIGHT}></rect>
    <path class="tick" d=${verticals(
      model.ageTicks.map((t) => t.px),
      y,
      y + 8,
    )}></path>
    ${model.ageTicks.map(
      (t) =>
        svg`<text class="age-label" x=${round(t.px) + 3} y=${y + 17}>${model.ageLabel(t)}</text>`,
    )}
  </g>`;
}

/** The vertical centre of a mark's row. */
function centreOf(mark: Mark, y: number): number {
  return y + LANE_PADDING + mark.row * ROW_HEIGHT + ROW_HEIGHT / 2;
}

/** The fuzzy bands of a lane row's uncertain dates, as one path. */
function fuzzyPath(
  row: LaneRow,
  y: number,
  scale: TimeScale,
  width: number,
  shift: number,
): string {
  let d = '';
  for (const mark of row.marks) {
    if (mark.type !== 'entry') continue;
    const cy = centreOf(mark, y);
    for (const span of [mark.entry.uncertain, mark.entry.endUncertain]) {
      if (!span) continue;
      const x0 = clip(scale.toPx(span.earliest), width);
      const x1 = clip(scale.toPx(span.latest + 1), width);
      d += rectPath(x0 + shift, cy - 5, Math.max(2, x1 - x0), 10);
    }
  }
  return d;
}

function entryShape(
  mark: EntryMark,
  y: number,
  model: VisualModel,
  width: number,
): SVGTemplateResult {
  const entry = mark.entry;
  const cy = centreOf(mark, y);
  const classes = `mark ${familyClass(entry)}${entry.significant ? ' significant' : ''}${
    entry.open ? ' open' : ''
  }`;
  const tabindex = mark.key === model.tabKey ? '0' : '-1';
  const name = model.markName(mark);
  if (entry.kind === 'period') {
    const x0 = clip(mark.x0, width);
    const x1 = Math.max(x0 + 3, clip(mark.x1, width));
    const text = model.entryText(entry);
    const fits = mark.label && x1 - x0 > text.length * 7 + 8;
    const left = x0 + model.shift;
    return svg`<rect class=${`${classes} bar`} data-key=${mark.key} role="button"
      aria-haspopup="dialog" tabindex=${tabindex} aria-label=${name} x=${round(left)} y=${cy - 7}
      width=${round(x1 - x0)} height="14" rx="3" mask=${entry.open ? 'url(#fade)' : nothing}></rect>${
        fits
          ? svg`<text class="mark-label on-bar" aria-hidden="true" x=${round(Math.max(x0, 0) + model.shift + 4)}
              y=${cy + 4}>${text}</text>`
          : nothing
      }`;
  }
  const x = round(mark.x0 + model.shift);
  const shape = entry.significant
    ? svg`<path class=${`${classes} point`} data-key=${mark.key} role="button"
        aria-haspopup="dialog" tabindex=${tabindex} aria-label=${name}
        d=${`M${x} ${cy - 7}l7 7-7 7-7-7z`}></path>`
    : svg`<circle class=${`${classes} point`} data-key=${mark.key} role="button"
        aria-haspopup="dialog" tabindex=${tabindex} aria-label=${name} cx=${x} cy=${cy}
        r="6"></circle>`;
  return svg`${shape}${
    mark.label
      ? svg`<text class="mark-label" aria-hidden="true" x=${x + 10} y=${cy + 4}>${model.entryText(
          entry,
        )}</text>`
      : nothing
  }`;
}

/** A cluster or "+N more" badge: one text element drawn over a thick rounded outline of itself. */
function badge(mark: GroupMark, y: number, model: VisualModel): SVGTemplateResult {
  const text = `${mark.type === 'more' ? '+' : ''}${model.countText(mark.count)}`;
  return svg`<text class=${`badge ${mark.type}`} data-key=${mark.key} role="button"
    tabindex=${mark.key === model.tabKey ? '0' : '-1'} aria-label=${`${text}: ${model.markName(mark)}`}
    x=${round((mark.x0 + mark.x1) / 2 + model.shift)} y=${centreOf(mark, y) + 4} text-anchor="middle">${text}</text>`;
}

function renderLanes(model: VisualModel, width: number, top: number): SVGTemplateResult {
  const { frame, scale } = model;
  return svg`${frame.rows.map(
    (row, i) =>
      svg`<rect class=${`lane-band${i % 2 ? ' odd' : ''}`} aria-hidden="true" x="0"
        y=${top + row.y} width=${width} height=${row.height}></rect>`,
  )}<g transform=${`translate(${round(-model.shift)} 0)`}>${frame.rows.map((row) => {
    const fuzzy = fuzzyPath(row, top + row.y, scale, width, model.shift);
    return svg`<g class="lane" role="group" aria-label=${model.laneName(row)}>${
      fuzzy ? svg`<path class="fuzzy" aria-hidden="true" d=${fuzzy}></path>` : nothing
    }${repeat(
      row.marks,
      (mark) => mark.key,
      (mark) =>
        mark.type === 'entry'
          ? entryShape(mark, top + row.y, model, width)
          : badge(mark, top + row.y, model),
    )}</g>`;
  })}</g>`;
}

const CLOCK_STATUSES: readonly ClockStatus[] = ['met', 'upcoming', 'due', 'met-late', 'overdue'];

/** One clock marker as a path segment: its shape says its status, its colour repeats it. */
function clockSegment(status: ClockStatus, x: number, cy: number): string {
  const r = round(x);
  switch (status) {
    case 'overdue':
      return `M${r} ${cy - 7}l7 12h-14z`;
    case 'met-late':
      return `M${r - 5} ${cy - 5}h10v10h-10z`;
    case 'due':
      return `M${r} ${cy - 6}l6 6-6 6-6-6z`;
    default:
      return `M${r - 5} ${cy}a5 5 0 1 0 10 0a5 5 0 1 0-10 0z`;
  }
}

function renderClocks(model: VisualModel, width: number, top: number): SVGTemplateResult {
  return svg`<g class="clocks" aria-hidden="true">${model.clocks.map((row, i) => {
    const y = top + i * CLOCK_ROW_HEIGHT;
    const cy = y + CLOCK_ROW_HEIGHT / 2;
    const shapes = new Map<ClockStatus, string>();
    const late = { overdue: '', 'met-late': '' };
    for (const m of row.markers) {
      shapes.set(m.status, (shapes.get(m.status) ?? '') + clockSegment(m.status, m.x, cy));
      if (m.lateX !== undefined && (m.status === 'overdue' || m.status === 'met-late')) {
        late[m.status] += `M${round(m.x)} ${cy}H${round(clip(m.lateX, width))}`;
      }
    }
    const restart = row.restarts
      .map(
        (x) =>
          `M${round(x)} ${y + 3}v${CLOCK_ROW_HEIGHT - 6}m0 ${6 - CLOCK_ROW_HEIGHT}h6l-2 3 2 3h-6`,
      )
      .join('');
    return svg`<rect class="clock-band" x="0" y=${y} width=${width} height=${CLOCK_ROW_HEIGHT}></rect>${
      restart ? svg`<path class="restart" d=${restart}></path>` : nothing
    }${(['overdue', 'met-late'] as const).map((s) =>
      late[s] ? svg`<path class=${`late ${s}`} d=${late[s]}></path>` : nothing,
    )}${CLOCK_STATUSES.map((s) => {
      const d = shapes.get(s);
      return d ? svg`<path class=${`clock ${s}`} d=${d}></path>` : nothing;
    })}`;
  })}</g>`;
}

/**
 * Rectangles of one row, all at one height, as a path: those that overlap or touch are drawn as
 * one (they would look the same), so a zoomed-out row of hundreds of proceedings writes a few
 * rectangles rather than one per bar. `spans` holds each rectangle's left and right edge in turn.
 */
export function spansPath(spans: number[], y: number, h: number): string {
  const n = spans.length / 2;
  if (n === 0) return '';
  let order: number[] | undefined;
  for (let i = 1; i < n; i++) {
    if ((spans[2 * i] as number) < (spans[2 * i - 2] as number)) {
      order = Array.from({ length: n }, (_, k) => k).sort(
        (p, q) => (spans[2 * p] as number) - (spans[2 * q] as number),
      );
      break;
    }
  }
  let d = '';
  let start = NaN;
  let end = NaN;
  for (let k = 0; k < n; k++) {
    const i = order ? (order[k] as number) : k;
    const left = spans[2 * i] as number;
    const right = spans[2 * i + 1] as number;
    if (left <= end + 0.5) {
      if (right > end) end = right;
      continue;
    }
    if (start === start) d += rectPath(start, y, end - start, h);
    start = left;
    end = right;
  }
  return d + rectPath(start, y, end - start, h);
}

function renderProceedings(
  model: VisualModel,
  width: number,
  top: number,
): SVGTemplateResult | typeof nothing {
  if (!model.proceedings.length) return nothing;
  const { scale } = model;
  const cy = top + CLOCK_ROW_HEIGHT / 2;
  // Each shape's left and right edges, merged into rectangles at the end (see `spansPath`).
  const target: number[] = [];
  const extension: number[] = [];
  const elapsed: number[] = [];
  const extended: number[] = [];
  const over: number[] = [];
  let extendedDue = '';
  let lastDueX = NaN;
  const labels: { x: number; text: string }[] = [];
  // Bars come in issue order: stop at the first issued after the window.
  const shown: ProceedingsBar[] = [];
  for (const bar of model.proceedings) {
    if (bar.issued > scale.endDay) break;
    if (Math.max(bar.until, bar.ended ?? model.today + 1) >= scale.startDay) shown.push(bar);
  }
  for (const bar of shown) {
    const x0 = clip(scale.toPx(bar.issued), width);
    const xDue = clip(scale.toPx(bar.due), width);
    const xUntil = clip(scale.toPx(bar.until), width);
    const xEnd = clip(scale.toPx(bar.ended ?? model.today + 1), width);
    target.push(x0, x0 + Math.max(1, xDue - x0));
    elapsed.push(x0, x0 + Math.max(1, Math.min(xEnd, xDue) - x0));
    if (bar.until > bar.due) {
      // The court's extension: its own outline, and a bar at the day it runs to.
      extension.push(xDue, xDue + Math.max(1, xUntil - xDue));
      // One bar per pixel column.
      const dueX = round(xUntil);
      if (dueX !== lastDueX) extendedDue += `M${dueX} ${cy - 9}V${cy + 9}`;
      lastDueX = dueX;
      if (bar.pastDue) {
        extended.push(xDue, xDue + Math.max(1, Math.min(xEnd, xUntil) - xDue));
      }
    }
    if (bar.overdue) over.push(xUntil, xUntil + Math.max(1, xEnd - xUntil));
    if (shown.length <= LABELLED_BARS) {
      labels.push({ x: Math.max(xEnd, xUntil) + 4, text: model.proceedingsLabel(bar) });
    }
  }
  const path = (cls: string, spans: number[], y: number, h: number) => {
    const d = spansPath(spans, y, h);
    return d ? svg`<path class=${cls} d=${d}></path>` : nothing;
  };
  return svg`<g class="proceedings" aria-hidden="true">
    <rect class="clock-band" x="0" y=${top} width=${width} height=${CLOCK_ROW_HEIGHT}></rect>
    ${path('target', target, cy - 6, 12)}${path('extension', extension, cy - 6, 12)}${path(
      'elapsed',
      elapsed,
      cy - 3,
      6,
    )}${path('extended', extended, cy - 3, 6)}${path('over', over, cy - 3, 6)}
    ${extendedDue ? svg`<path class="extended-due" d=${extendedDue}></path>` : nothing}
    ${labels.map((l) => svg`<text class="mark-label" x=${round(l.x)} y=${cy + 4}>${l.text}</text>`)}
  </g>`;
}

function renderToday(
  model: VisualModel,
  width: number,
  height: number,
): SVGTemplateResult | typeof nothing {
  const x = model.scale.toPx(model.today + 0.5);
  if (x < 0 || x > width) return nothing;
  // The label sits left of the line near the right edge, so it is never cut off.
  const left = x > width - 60;
  return svg`<g class="today" aria-hidden="true">
    <line x1=${round(x)} x2=${round(x)} y1="22" y2=${height}></line>
    <text x=${round(left ? x - 4 : x + 4)} y=${AXIS_HEIGHT - 4}
      text-anchor=${left ? 'end' : 'start'}>${model.todayLabel}</text>
  </g>`;
}

/** The whole drawing: one `<svg>` sized to the window. */
export function renderVisual(model: VisualModel, width: number): SVGTemplateResult {
  const height = visualHeight(model);
  const top = lanesTop(model);
  const clocksTop = top + model.frame.height;
  return svg`<svg class="canvas" part="canvas" xmlns="http://www.w3.org/2000/svg" width=${width}
      height=${height} viewBox=${`0 0 ${width} ${height}`} role="group" aria-label=${model.label}
      aria-describedby=${model.describedBy} tabindex=${model.tabKey === undefined ? '0' : nothing}>
    <defs>
      <linearGradient id="fade-gradient"><stop offset="0.55" stop-color="#fff"></stop><stop
        offset="1" stop-color="#fff" stop-opacity="0.15"></stop></linearGradient>
      <mask id="fade" maskContentUnits="objectBoundingBox"><rect width="1" height="1"
        fill="url(#fade-gradient)"></rect></mask>
    </defs>
    ${renderAxis(model, width, height)}${renderAge(model, width)}${renderLanes(model, width, top)}
    ${renderClocks(model, width, clocksTop)}${renderProceedings(
      model,
      width,
      clocksTop + model.clocks.length * CLOCK_ROW_HEIGHT,
    )}${renderToday(model, width, height)}
  </svg>`;
}
