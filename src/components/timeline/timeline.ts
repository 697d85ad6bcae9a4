import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatTick } from '../../i18n/format.js';
import { addYears, toDayNumber } from '../../model/calendar/dates.js';
import type { CaseEvent, CaseRecord, Person } from '../../model/case-record/schema.js';
import type { ValidationIssue } from '../../model/issues.js';
import type { PracticeModel } from '../../model/practice-model/schema.js';
import { isRedacted } from '../../model/redaction.js';
import {
  ageTicks,
  buildLanes,
  calendarTicks,
  chronologyRows,
  courtChronology,
  createTimelineIndex,
  isoOfDay,
  laneAndDescendants,
  MIN_SPAN_DAYS,
  proceedingsBars,
  timelineEntries,
  TimeScale,
  type AgeTick,
  type ChronologySortKey,
  type CourtChronologyRow,
  type LaneLayout,
  type ProceedingsBar,
  type TimelineEntries,
  type TimelineEntry,
  type TimelineIndex,
} from '../../model/timeline/index.js';
import { summariseCompliance, type TimescaleClock } from '../../model/timescales/index.js';
import { CaseViewElement, type ReadyCaseView } from '../shared/case-view-element.js';
import { viewClocks, visibleClocks } from '../shared/clocks.js';
import { nameOf, personName } from '../shared/people.js';
import { renderEmpty, renderIssueList } from '../shared/states.js';
import { clockMarkers, clockRows, restartMarkers, type ClockRow } from './clock-rows.js';
import {
  renderExport,
  renderFilters,
  renderLegend,
  renderToolbar,
  renderViews,
  type Choice,
} from './controls.js';
import { chronologyCsv, courtCsv } from './csv.js';
import { renderEntryDetails, renderGroupDetails } from './details.js';
import { download, rasterise, serialiseSvg, standaloneSvg, type ExportLabel } from './export.js';
import {
  computeFrame,
  LANE_PADDING,
  markDay,
  MAX_ROWS,
  nearestMark,
  stepAcross,
  stepInLane,
  type Frame,
  type LaneRow,
  type Mark,
} from './frame.js';
import { PanZoomGestures } from './gestures.js';
import { EntryText } from './labels.js';
import { journeySummary, renderSummary } from './summary.js';
import {
  PRINT_ROWS,
  renderChronologyTable,
  renderClocksSection,
  renderCourtTable,
  renderPager,
  renderPrintNote,
  type TableSort,
} from './table.js';
import { timelineStyles } from './timeline.styles.js';
import {
  AGE_HEIGHT,
  AXIS_HEIGHT,
  CLOCK_ROW_HEIGHT,
  lanesTop,
  renderVisual,
  type ClockRowView,
  type VisualModel,
} from './visual.js';

/** The views of `<practice-timeline>`. */
export const TIMELINE_VIEWS = ['timeline', 'table', 'court'] as const;
/** One of {@link TIMELINE_VIEWS}: the drawing, the chronology table, or the court chronology. */
export type TimelineView = (typeof TIMELINE_VIEWS)[number];

/** Filters shared by every view; each one left out lets everything through. */
export interface TimelineFilters {
  /** Lane ids: a lane includes its sub-lanes. */
  readonly lanes?: readonly string[];
  /** Event type ids. */
  readonly types?: readonly string[];
  /** Agency ids. */
  readonly agencies?: readonly string[];
  /** Words to find, in any order, ignoring case and accents. */
  readonly text?: string;
}

/** Width of the lane names column beside the drawing (matches the stylesheet). */
const LABEL_COLUMN_PX = 176;
/** The narrowest drawing, in pixels. */
const MIN_PLOT_PX = 200;
/** Entries listed in the details of a cluster. */
const CLUSTER_LISTED = 20;
/**
 * Rows of the chronology under the drawing rendered with it. A longer page, and the summaries under
 * it, wait for the first idle moment after the drawing is painted: they are below the fold, and
 * rendering them would hold up the drawing.
 */
const EAGER_ROWS = 12;
/** The latest the content under the drawing waits for an idle moment, in milliseconds. */
const BELOW_TIMEOUT_MS = 500;

/** Remembers one computed value until one of its inputs changes (by identity). */
class Memo<T> {
  private inputs: readonly unknown[] | undefined;
  private value: T | undefined;

  get(inputs: readonly unknown[], compute: () => T): T {
    const last = this.inputs;
    if (last && last.length === inputs.length && inputs.every((x, i) => x === last[i])) {
      return this.value as T;
    }
    this.value = compute();
    this.inputs = inputs;
    return this.value;
  }
}

/** Everything one render works from, kept for the event handlers and exports. */
interface Current {
  readonly view: ReadyCaseView;
  readonly text: EntryText;
  readonly entries: TimelineEntries;
  readonly filtered: readonly TimelineEntry[];
  readonly layout: LaneLayout;
  readonly index: TimelineIndex;
  readonly scale: TimeScale;
  readonly frame: Frame | undefined;
  readonly visual: VisualModel | undefined;
  readonly clockLabels: readonly string[];
  /** Each clock label's language, when it is not the view's (see `Localiser.textLang`). */
  readonly clockLangs: readonly (string | undefined)[];
  readonly today: number;
}

/**
 * What the details dialog shows, and where focus goes back to when it closes: the mark `returnKey`
 * of the drawing, or (`fromRow`) the "Details" button of the table row of entry `returnKey`.
 */
type Detail =
  | {
      readonly kind: 'entry';
      readonly entry: TimelineEntry;
      readonly returnKey: string;
      readonly fromRow?: boolean;
    }
  | { readonly kind: 'group'; readonly mark: Mark; readonly returnKey: string };

/**
 * A count as short as a badge needs: "87", "1.2K", "12K", "1.2M". Written here rather than with
 * `Intl` compact notation, whose first use costs more than a frame; English and Welsh write these
 * the same way.
 */
function compactNumber(count: number): string {
  const short = (n: number, unit: string) =>
    `${n < 10 ? (Math.floor(n * 10) / 10).toString() : Math.floor(n).toString()}${unit}`;
  if (count < 1000) return String(count);
  if (count < 1_000_000) return short(count / 1000, 'K');
  return short(count / 1_000_000, 'M');
}

function isView(value: unknown): value is TimelineView {
  return (TIMELINE_VIEWS as readonly unknown[]).includes(value);
}

/** The strings of a filter list; undefined (no filter) for anything else or an empty list. */
function strings(value: unknown): readonly string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const list = value.filter((v): v is string => typeof v === 'string');
  return list.length ? list : undefined;
}

/**
 * The child's journey: a zoomable drawing of every entry on the practice model's lanes (points,
 * periods, uncertain dates as fuzzy bands, clusters where entries are too dense), the child's
 * age, the statutory clocks (due, overdue, met late, restarted) and the proceedings timetable
 * (the model's rule, 26 weeks in England and Wales, with the court's extensions); the same
 * entries as an accessible chronology table, sortable and paged, each row with a "Details"
 * button opening the entry as its mark does; and the court chronology. Filters (area, type,
 * source, words, significant only, and the selected person) apply to every view. Entries the
 * audience may not see are removed, or drawn and listed as "Information withheld", in every view
 * and export. Exports are made in the browser: CSV of the chronology, SVG and PNG of the drawing,
 * and print (by `print()` or the browser's menu: every row of the view's table, up to 5,000,
 * saying so when there are more). Under the drawing, a chronology page of more than a dozen rows
 * and the summaries after it are rendered in the first idle moment after the drawing is painted
 * (at once when printing), so a large journey is drawn without waiting for them.
 *
 * Works inside `<practice-case>` (following its selection) or alone with `.model` and `.record`.
 *
 * Keyboard, on the drawing: Left and Right move to the previous and next entry of the area, Up
 * and Down to the nearest entry of the area above or below, Enter opens an entry (or zooms into a
 * cluster), + and - zoom, Shift with Left or Right moves in time, Home shows the whole journey and
 * T goes to today. Ctrl (or ⌘) with the mouse wheel, or a pinch, zooms at the pointer; dragging or
 * a sideways scroll moves in time; buttons do all of it too.
 *
 * @summary The child's journey: a zoomable timeline, the chronology table and the court chronology.
 * @tagname practice-timeline
 *
 * @csspart views - The view switcher ("Timeline", "Table", "Court chronology").
 * @csspart controls - The filter controls.
 * @csspart filter - The "Showing entries for ..." notice with its "Show all" button.
 * @csspart count - The live count of entries shown.
 * @csspart toolbar - The zoom and move buttons above the drawing.
 * @csspart export - The export buttons.
 * @csspart visual - The drawing with its lane names.
 * @csspart canvas - The SVG drawing.
 * @csspart legend - The key to the drawing's shapes.
 * @csspart details - The dialog showing one entry, or the entries of a cluster.
 * @csspart table - The chronology table (and the court chronology, with `court`).
 * @csspart court - The court chronology table.
 * @csspart row - Each entry's row.
 * @csspart withheld - The row of an entry withheld from the audience.
 * @csspart pager - The previous and next page buttons of a table.
 * @csspart summary - The journey summary (episodes, stability, proceedings).
 * @csspart clocks - The statutory timescales section.
 * @csspart status - A timescale's status text.
 * @csspart timeline-issues - The notice listing entries that could not be drawn as recorded.
 * @csspart problem - The alert shown when the element's own practice model is rejected.
 * @csspart issues - The list of problems.
 * @csspart record-notice - The notice listing parts of the element's own record left out.
 * @csspart empty - The message shown when there is nothing to show.
 *
 * @cssprop --practice-color-text - Text colour (system token).
 * @cssprop --practice-color-text-secondary - Secondary text (system token).
 * @cssprop --practice-color-surface - Header, band and withheld-row background (system token).
 * @cssprop --practice-color-border - Row borders and grid lines (system token).
 * @cssprop --practice-color-accent - Links, buttons and the checkbox (system token).
 * @cssprop --practice-color-focus - Focus ring (system token).
 * @cssprop --practice-font-family - Font (system token).
 * @cssprop --practice-timeline-header-background - Table header background.
 * @cssprop --practice-timeline-row-border - Border under each row.
 * @cssprop --practice-timeline-withheld-background - Background of withheld rows.
 * @cssprop --practice-timeline-overdue-color - Marker of overdue timescales.
 * @cssprop --practice-timeline-due-color - Marker of timescales due soon or met late.
 * @cssprop --practice-timeline-met-color - Marker of timescales met on time.
 * @cssprop --practice-timeline-today-color - The today line.
 * @cssprop --practice-timeline-front-color - Entries at the front door (contacts, referrals, closure).
 * @cssprop --practice-timeline-support-color - Early help, assessment, child in need, visits.
 * @cssprop --practice-timeline-protect-color - Child protection entries.
 * @cssprop --practice-timeline-care-color - Looked-after entries (legal status, placements, reviews).
 * @cssprop --practice-timeline-court-color - Proceedings, hearings and orders.
 * @cssprop --practice-timeline-life-color - Births, deaths and moves.
 * @cssprop --practice-timeline-agency-color - Police, health and education entries.
 * @cssprop --practice-timeline-other-color - Entries of other and unknown types.
 *
 * @fires {PracticeSelectEvent} practice-select - "Show all" cleared the person filter
 *   (`personId` is `undefined`).
 * @fires {PracticeInvalidEvent} practice-invalid - The element's own `model` was rejected or parts
 *   of its own `record` were left out.
 */
export class PracticeTimeline extends CaseViewElement {
  static override styles = timelineStyles;

  /** The view shown: `timeline` (the drawing, default), `table` or `court`. */
  @property({ reflect: true }) view: TimelineView = 'timeline';

  /** Shows only significant entries (medium or high, or significant by type). */
  @property({ type: Boolean, reflect: true, attribute: 'significant-only' })
  significantOnly = false;

  /** Filters by area, type, source and words, shared by every view (the person follows `selection`). */
  @property({ attribute: false }) filters: TimelineFilters = {};

  /** Years the court chronology covers, back from today (default 2). */
  @property({ type: Number, attribute: 'court-years' }) courtYears = 2;

  /** The first day shown when the drawing opens, `YYYY-MM-DD` (default: the whole journey). */
  @property() from?: string;

  /** The last day shown when the drawing opens, `YYYY-MM-DD`. */
  @property() to?: string;

  /** Rows per page of the tables (default 50). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  // Internal state ------------------------------------------------------------------------------

  @state() private collapsed: readonly string[] = [];
  @state() private sort: TableSort = { key: 'date', direction: 'ascending' };
  @state() private page = 0;
  @state() private detail: Detail | undefined;
  @state() private printing = false;
  /** The list of timescales met late or overdue is open (it is rendered only then). */
  @state() private lateOpen = false;

  /** The window drawn; changed by zooming and panning (not reactive: see `setScale`). */
  private scale: TimeScale | undefined;
  private scaleFor: unknown;
  private plotWidth = 0;
  private stickyRows = new Map<string, number>();
  private stickyFor: unknown[] = [];
  private current: Current | undefined;
  /** The mark holding the tab stop in the drawing. */
  private focusKey: string | undefined;
  private names = new WeakMap<TimelineEntry, string>();
  private groupNames = new Map<string, string>();
  private namesFor: EntryText | undefined;
  /** The day at the marks' own x = 0, kept while the zoom level stays (see `VisualModel.shift`). */
  private origin: { pxPerDay: number; day: number } | undefined;
  /** Move focus to `focusKey` after the next render (keyboard navigation). */
  private focusPending = false;
  /** After the next render, focus the "Details" button of the table row of this entry index. */
  private focusRow: string | undefined;
  /** After a jump past the window: focus the mark of this lane nearest this day. */
  private focusTarget: { lane: string; day: number } | undefined;
  /** Drag, pinch and wheel: each new window is drawn at the next animation frame. */
  private readonly gestures = new PanZoomGestures(
    () => this.current?.scale,
    (next) => {
      this.scale = next;
      this.requestUpdate();
    },
  );
  private resizeObserver: ResizeObserver | undefined;
  /**
   * The chronology and summaries under the drawing: `pending` until they are first rendered (see
   * {@link EAGER_ROWS}), then `shown` for good, so later renders never take them away again.
   */
  private below: 'pending' | 'shown' = 'pending';
  /** The last render left the content under the drawing out. */
  private belowLeftOut = false;
  /** Cancels the idle callback that shows the content under the drawing. */
  private cancelBelow: (() => void) | undefined;

  private readonly entriesMemo = new Memo<TimelineEntries>();
  private readonly textMemo = new Memo<EntryText>();
  private readonly filteredMemo = new Memo<readonly TimelineEntry[]>();
  private readonly layoutMemo = new Memo<LaneLayout>();
  private readonly indexMemo = new Memo<TimelineIndex>();
  private readonly modelLanesMemo = new Memo<LaneLayout>();
  private readonly clocksMemo = new Memo<readonly TimescaleClock[]>();
  private readonly clockRowsMemo = new Memo<readonly ClockRow[]>();
  private readonly barsMemo = new Memo<ProceedingsBar[]>();
  private readonly rowsMemo = new Memo<TimelineEntry[]>();
  private readonly courtMemo = new Memo<CourtChronologyRow[]>();
  private readonly sectionsMemo = new Memo<TemplateResult>();
  private readonly tableMemo = new Memo<TemplateResult>();
  private readonly controlsMemo = new Memo<TemplateResult>();
  private readonly choicesMemo = new Memo<{
    lanes: Choice[];
    types: Choice[];
    agencies: Choice[];
  }>();

  // Lifecycle ---------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver((records) => {
        const width = Math.floor(records[0]?.contentRect.width ?? 0);
        if (width > 0 && width !== this.plotWidth) {
          this.plotWidth = width;
          // The first report usually confirms the width the first render worked out.
          if (Math.max(MIN_PLOT_PX, width) !== this.scale?.width) this.requestUpdate();
        }
      });
    }
    window.addEventListener('afterprint', this.onAfterPrint);
    window.addEventListener('beforeprint', this.onBeforePrint);
    if (this.belowLeftOut && this.below === 'pending') this.scheduleBelow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.gestures.cancel();
    window.removeEventListener('afterprint', this.onAfterPrint);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    this.cancelBelow?.();
    this.cancelBelow = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!isView(this.view)) this.view = 'timeline';
    if (
      changed.has('filters') ||
      changed.has('significantOnly') ||
      changed.has('selection') ||
      changed.has('view') ||
      changed.has('record') ||
      changed.has('courtYears')
    ) {
      this.page = 0;
    }
    if (changed.has('from') || changed.has('to')) this.scale = undefined;
  }

  protected override updated(): void {
    if (this.belowLeftOut && this.below === 'pending') this.scheduleBelow();
    const plot = this.renderRoot.querySelector('.plot');
    if (plot && this.resizeObserver) this.resizeObserver.observe(plot);
    if (this.focusPending && this.focusKey !== undefined) {
      this.focusPending = false;
      const mark = this.markElement(this.focusKey);
      mark?.focus({ preventScroll: true });
    }
    if (this.focusRow !== undefined) {
      const selector = `button[data-entry="${CSS.escape(this.focusRow)}"]`;
      this.focusRow = undefined;
      this.renderRoot.querySelector<HTMLButtonElement>(selector)?.focus();
    }
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.details');
    if (dialog && this.detail && !dialog.open) {
      try {
        dialog.showModal();
      } catch {
        dialog.show();
      }
    }
  }

  // Public methods ----------------------------------------------------------------------------

  /** Zooms in (twice as close), keeping the centre, or the focused entry, where it is. */
  zoomIn(): void {
    this.zoomBy(2);
  }

  /** Zooms out (twice as far). */
  zoomOut(): void {
    this.zoomBy(0.5);
  }

  /** Shows the whole journey: every entry that the filters let through. */
  fit(): void {
    const current = this.current;
    if (!current) return;
    this.setScale(this.fitted(current.index, current.scale));
  }

  /** Centres the drawing on today, keeping the zoom. */
  goToToday(): void {
    const current = this.current;
    if (!current) return;
    this.setScale(current.scale.centreOn(current.today + 0.5));
  }

  /** Moves the window `px` pixels later in time (negative: earlier). */
  panBy(px: number): void {
    const current = this.current;
    if (current) this.setScale(current.scale.panBy(px));
  }

  /** Shows the days from `start` to `end` (`YYYY-MM-DD`, both included). */
  showRange(start: string, end: string): void {
    const current = this.current;
    try {
      this.setScale(TimeScale.fromDates(start, end, current?.scale.width ?? 800));
    } catch {
      // Not a date: the window stays.
    }
  }

  /**
   * The chronology as CSV (RFC 4180): the court chronology in the court view, otherwise every
   * entry the filters let through, in the table's order. Cells that a spreadsheet would read as
   * a formula are prefixed with `'`.
   */
  exportCsv(): string {
    const current = this.current;
    if (!current) return '';
    return this.view === 'court'
      ? courtCsv(this.courtRows(current), current.text.i18n)
      : chronologyCsv(this.tableRows(current), current.text);
  }

  /**
   * The drawing as a standalone SVG file (lane names included, colours as attributes), or
   * `undefined` when the timeline view is not shown.
   */
  exportSvg(): string | undefined {
    const element = this.exportElement();
    return element ? serialiseSvg(element) : undefined;
  }

  /** The drawing as a PNG image, drawn locally at twice its size; rejects outside the timeline view. */
  exportPng(): Promise<Blob> {
    const element = this.exportElement();
    if (!element) return Promise.reject(new Error('The timeline view is not shown'));
    return rasterise(element, 2);
  }

  /**
   * Prints the view's table (every row, up to 5,000, with a note saying so when there are more),
   * without the controls or the drawing.
   */
  async print(): Promise<void> {
    this.printing = true;
    await this.updateComplete;
    window.print();
  }

  // Event handlers ----------------------------------------------------------------------------

  private readonly onAfterPrint = (): void => {
    this.printing = false;
  };

  /**
   * Printing from the browser's menu, as `print()` does: every row of the table (up to
   * {@link PRINT_ROWS}) and whatever waits under the drawing, rendered now, before the page is laid
   * out for paper. `afterprint` goes back to the page.
   */
  private readonly onBeforePrint = (): void => {
    this.printing = true;
    this.showBelow();
    this.performUpdate();
  };

  private onViewClick(event: Event): void {
    const view = (event.currentTarget as HTMLElement).dataset.view;
    if (isView(view)) {
      this.view = view;
      this.detail = undefined;
    }
  }

  private onSignificantChange(event: Event): void {
    this.significantOnly = (event.target as HTMLInputElement).checked;
  }

  private onFilterChange(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const value = target.value;
    const name = target.name as 'lanes' | 'types' | 'agencies' | 'text';
    const next: Record<string, unknown> = { ...this.filters };
    if (name === 'text') next.text = value || undefined;
    else next[name] = value ? [value] : undefined;
    this.filters = next as TimelineFilters;
  }

  private onShowAll(): void {
    this.data.select(undefined);
  }

  private readonly onLateToggle = (event: Event): void => {
    this.lateOpen = (event.currentTarget as HTMLDetailsElement).open;
  };

  private onCourtYears(event: Event): void {
    this.courtYears = Number((event.target as HTMLSelectElement).value) || 2;
  }

  private onSort(event: Event): void {
    const key = (event.currentTarget as HTMLElement).dataset.sort as ChronologySortKey;
    const direction =
      this.sort.key === key && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = { key, direction };
    this.page = 0;
  }

  private onPage(event: Event): void {
    this.page = Math.max(0, this.page + Number((event.currentTarget as HTMLElement).dataset.page));
  }

  private onToggleLane(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.lane ?? '';
    this.collapsed = this.collapsed.includes(id)
      ? this.collapsed.filter((l) => l !== id)
      : [...this.collapsed, id];
  }

  private onToolbar(event: Event): void {
    switch ((event.currentTarget as HTMLElement).dataset.action) {
      case 'zoom-in':
        return this.zoomIn();
      case 'zoom-out':
        return this.zoomOut();
      case 'fit':
        return this.fit();
      case 'today':
        return this.goToToday();
      case 'earlier':
        return this.panBy(-(this.current?.scale.width ?? 800) / 2);
      case 'later':
        return this.panBy((this.current?.scale.width ?? 800) / 2);
    }
  }

  private onExport(event: Event): void {
    const kind = (event.currentTarget as HTMLElement).dataset.export;
    const name = this.current?.text.i18n.t('timeline.export.fileName') ?? 'chronology';
    if (kind === 'csv') {
      download(
        new Blob(['\uFEFF', this.exportCsv()], { type: 'text/csv;charset=utf-8' }),
        `${name}.csv`,
      );
    } else if (kind === 'svg') {
      const svgText = this.exportSvg();
      if (svgText) download(new Blob([svgText], { type: 'image/svg+xml' }), `${name}.svg`);
    } else if (kind === 'png') {
      this.exportPng().then(
        (blob) => download(blob, `${name}.png`),
        () => undefined,
      );
    } else if (kind === 'print') {
      void this.print();
    }
  }

  private onCanvasClick(event: MouseEvent): void {
    if (this.gestures.dragged) {
      this.gestures.dragged = false;
      return;
    }
    const key = (event.target as Element).closest('[data-key]')?.getAttribute('data-key');
    const mark = key ? this.findMark(key)?.mark : undefined;
    if (mark) {
      this.focusKey = mark.key;
      this.activate(mark);
    }
  }

  private onCanvasKeyDown(event: KeyboardEvent): void {
    const current = this.current;
    if (!current || event.altKey || event.ctrlKey || event.metaKey) return;
    const key = (event.target as Element).closest('[data-key]')?.getAttribute('data-key');
    const found = key ? this.findMark(key) : undefined;
    const width = current.scale.width;
    let handled = true;
    switch (event.key) {
      case 'ArrowLeft':
      case 'ArrowRight': {
        const direction = event.key === 'ArrowLeft' ? -1 : 1;
        if (event.shiftKey || !found) this.panBy((direction * width) / 4);
        else this.moveInLane(found.row, found.mark, direction);
        break;
      }
      case 'ArrowUp':
      case 'ArrowDown':
        if (found) this.moveAcross(found.row, found.mark, event.key === 'ArrowUp' ? -1 : 1);
        else handled = false;
        break;
      case 'Enter':
      case ' ':
        if (found) this.activate(found.mark);
        else handled = false;
        break;
      case '+':
      case '=':
        this.zoomBy(2, found?.mark);
        break;
      case '-':
      case '_':
        this.zoomBy(0.5, found?.mark);
        break;
      case 'Home':
        this.fit();
        break;
      case 't':
      case 'T':
        this.goToToday();
        break;
      default:
        handled = false;
    }
    if (handled) {
      event.preventDefault();
      if (found) this.focusPending = true;
    }
  }

  /** A table row's "Details" button: the same dialog as the entry's mark in the drawing. */
  private onRowDetails(event: Event): void {
    const index = (event.currentTarget as HTMLElement).dataset.entry ?? '';
    const entry = this.current?.filtered.find((e) => String(e.index) === index);
    if (entry) this.detail = { kind: 'entry', entry, returnKey: index, fromRow: true };
  }

  /** The details closed: focus goes back to the entry (or the row's button) they were opened from. */
  private readonly onDialogClose = (): void => {
    const detail = this.detail;
    this.detail = undefined;
    if (!detail) return;
    if (detail.kind === 'entry' && detail.fromRow) {
      this.focusRow = detail.returnKey;
    } else {
      this.focusKey = detail.returnKey;
      this.focusPending = true;
    }
  };

  // Content under the drawing -----------------------------------------------------------------

  /** Shows the content under the drawing at the next idle moment (at the latest after a timeout). */
  private scheduleBelow(): void {
    if (this.cancelBelow) return;
    const show = () => {
      this.cancelBelow = undefined;
      this.showBelow();
    };
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(show, { timeout: BELOW_TIMEOUT_MS });
      this.cancelBelow = () => cancelIdleCallback(id);
    } else {
      // No idle callbacks: after the frame that paints the drawing.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const frame = requestAnimationFrame(() => {
        timer = setTimeout(show);
      });
      this.cancelBelow = () => {
        cancelAnimationFrame(frame);
        if (timer !== undefined) clearTimeout(timer);
      };
    }
  }

  private showBelow(): void {
    this.cancelBelow?.();
    this.cancelBelow = undefined;
    if (this.below === 'shown') return;
    this.below = 'shown';
    this.requestUpdate();
  }

  /**
   * Whether this render leaves out the content under the drawing (a long chronology page, the
   * journey summary, the statutory timescales) until the drawing has been painted.
   */
  private belowWaits(rows: number): boolean {
    this.belowLeftOut = false;
    if (this.below === 'shown') return false;
    const size = Math.max(1, Math.floor(this.pageSize) || 50);
    const waits = this.view === 'timeline' && !this.printing && Math.min(size, rows) > EAGER_ROWS;
    if (!waits) this.below = 'shown';
    this.belowLeftOut = waits;
    return waits;
  }

  // Scale -------------------------------------------------------------------------------------

  /** Changes the window now (buttons, keys): the next render draws it. */
  private setScale(next: TimeScale): void {
    this.gestures.settle();
    this.scale = next;
    this.requestUpdate();
  }

  private zoomBy(factor: number, around?: Mark): void {
    const current = this.current;
    if (!current) return;
    const anchor = around
      ? (around.x0 + Math.max(around.x0, around.x1)) / 2
      : current.scale.width / 2;
    this.setScale(current.scale.zoomAt(factor, Math.min(current.scale.width, Math.max(0, anchor))));
  }

  private fitted(index: TimelineIndex, scale: TimeScale): TimeScale {
    return index.extent ? scale.fit([index.extent], 0.03) : scale;
  }

  private zoomToMark(mark: Mark): void {
    const current = this.current;
    if (!current) return;
    const start = mark.type === 'entry' ? mark.entry.from : mark.startDay;
    const end = mark.type === 'entry' ? mark.entry.to : mark.endDay;
    const span = Math.max(MIN_SPAN_DAYS, end - start);
    this.setScale(new TimeScale(start - span * 0.1, end + span * 0.1, current.scale.width));
    this.focusTarget = { lane: this.findMark(mark.key)?.row.key ?? '', day: start };
  }

  // Keyboard navigation -----------------------------------------------------------------------

  private findMark(key: string): { row: LaneRow; mark: Mark } | undefined {
    for (const row of this.current?.frame?.rows ?? []) {
      const mark = row.marks.find((m) => m.key === key);
      if (mark) return { row, mark };
    }
    return undefined;
  }

  private markElement(key: string): HTMLElement | SVGElement | null {
    return this.renderRoot.querySelector<SVGElement>(`[data-key="${CSS.escape(key)}"]`);
  }

  private moveTo(mark: Mark): void {
    this.focusKey = mark.key;
    this.requestUpdate();
    const width = this.current?.scale.width ?? 0;
    const x = mark.x0;
    if (x < 8 || x > width - 8) {
      const day = markDay(mark, 'start');
      const scale = this.current?.scale;
      if (scale) this.setScale(scale.centreOn(day));
      this.focusTarget = { lane: this.findMark(mark.key)?.row.key ?? '', day };
    }
  }

  private moveInLane(row: LaneRow, mark: Mark, direction: 1 | -1): void {
    const current = this.current;
    if (!current) return;
    const step = stepInLane(current.index, row, mark, direction, current.scale.width);
    if (!step) return;
    if ('mark' in step) {
      this.moveTo(step.mark);
      return;
    }
    // Past the window: bring the lane's next entry into view, then focus it.
    this.setScale(current.scale.centreOn(step.day));
    this.focusTarget = step;
  }

  private moveAcross(row: LaneRow, mark: Mark, direction: 1 | -1): void {
    const frame = this.current?.frame;
    const target = frame ? stepAcross(frame, row, mark, direction) : undefined;
    if (target) this.moveTo(target);
  }

  /** After a jump past the window: the mark of the target lane nearest the target day takes focus. */
  private resolveFocusTarget(frame: Frame, scale: TimeScale): void {
    const target = this.focusTarget;
    this.focusTarget = undefined;
    const row =
      frame.rows.find((r) => r.key === target?.lane) ?? frame.rows.find((r) => r.marks.length);
    const mark = target && row ? nearestMark(row, scale.toPx(target.day)) : undefined;
    if (!mark) return;
    this.focusKey = mark.key;
    this.focusPending = true;
  }

  private activate(mark: Mark): void {
    if (mark.type === 'entry') {
      this.detail = { kind: 'entry', entry: mark.entry, returnKey: mark.key };
      return;
    }
    const scale = this.current?.scale;
    // A cluster that cannot be split any further (all on one moment) is listed instead.
    const canZoom = !!scale && scale.span > MIN_SPAN_DAYS * 1.01;
    if (canZoom && mark.endDay - mark.startDay >= MIN_SPAN_DAYS) this.zoomToMark(mark);
    else this.detail = { kind: 'group', mark, returnKey: mark.key };
  }

  // Data ----------------------------------------------------------------------------------------

  private entriesOf(view: ReadyCaseView): TimelineEntries {
    return this.entriesMemo.get([view.record, view.model, view.today], () =>
      timelineEntries(view.record, view.model, { today: view.today }),
    );
  }

  private laneFilter(
    model: PracticeModel,
    lanes: readonly string[] | undefined,
  ): string[] | undefined {
    if (!lanes) return undefined;
    const all = this.modelLanesMemo.get([model], () => buildLanes(model, []));
    return lanes.flatMap((id) => {
      const ids = laneAndDescendants(all, id);
      return ids.length ? ids : [id];
    });
  }

  private filteredOf(
    view: ReadyCaseView,
    entries: TimelineEntries,
    text: EntryText,
  ): readonly TimelineEntry[] {
    const filters = this.filters ?? {};
    const lanes = strings(filters.lanes);
    const types = strings(filters.types);
    const agencies = strings(filters.agencies);
    const words = typeof filters.text === 'string' ? filters.text.trim() : '';
    const unfiltered =
      !this.significantOnly &&
      !lanes &&
      !types &&
      !agencies &&
      view.selection === undefined &&
      !words;
    return this.filteredMemo.get(
      [entries, filters, this.significantOnly, view.selection, text],
      () =>
        // Nothing to leave out: the entries are already in chronology order.
        unfiltered
          ? entries.entries
          : chronologyRows(entries.entries, {
              significantOnly: this.significantOnly,
              lanes: this.laneFilter(view.model, lanes),
              types,
              agencies,
              person: view.selection,
              text: typeof filters.text === 'string' ? filters.text : undefined,
              textOf: (entry) => text.searchable(entry),
              locale: view.locale,
            }),
    );
  }

  private tableRows(current: Current): TimelineEntry[] {
    const sort = this.sort;
    return this.rowsMemo.get([current.filtered, sort, current.view.locale], () =>
      sort.key === 'date' && sort.direction === 'ascending'
        ? [...current.filtered]
        : chronologyRows(current.filtered, {
            sort,
            locale: current.view.locale,
            labelOf: (entry, column) => current.text.sortText(entry, column),
          }),
    );
  }

  private courtRows(current: Current): CourtChronologyRow[] {
    const { view } = current;
    const years = Number.isFinite(this.courtYears) && this.courtYears > 0 ? this.courtYears : 2;
    return this.courtMemo.get(
      [current.filtered, years, view.today, view.locale, view.record],
      () => {
        try {
          return courtChronology(current.filtered, view.record, {
            today: view.today,
            years,
            model: view.model,
            locale: view.locale,
          });
        } catch {
          return [];
        }
      },
    );
  }

  /** The child the age row and the journey summary are about: the selected person, else the index child. */
  private childOf(view: ReadyCaseView, text: EntryText): Person | undefined {
    const record: CaseRecord = view.record;
    const id = view.selection ?? record.index ?? record.subjects?.[0];
    return id === undefined ? undefined : text.persons.get(id);
  }

  /** The clocks the sections list: those the audience may see, about the selected person when one is. */
  private clocksOf(view: ReadyCaseView, entries: TimelineEntries): readonly TimescaleClock[] {
    return this.clocksMemo.get([view, entries], () => {
      const clocks = visibleClocks(view);
      const person = view.selection;
      if (person === undefined) return clocks;
      const about = new Map(entries.entries.map((e) => [e.id, e.persons]));
      return clocks.filter((clock) => about.get(clock.anchor.event)?.includes(person));
    });
  }

  /**
   * The drawing's clock rows: the same clocks as {@link clocksOf}, read as numbers, so that a first
   * render writes out no clock (the sections below, shown after it, do).
   */
  private clockRowsOf(view: ReadyCaseView, entries: TimelineEntries): readonly ClockRow[] {
    return this.clockRowsMemo.get([view, entries], () => {
      const clocks = viewClocks(view);
      if (!clocks) return [];
      const { table, events, shown } = clocks;
      const person = view.selection;
      let keep = shown;
      if (person !== undefined) {
        const about = new Map(entries.entries.map((e) => [e.id, e.persons]));
        keep = (i) =>
          (shown === undefined || shown(i)) &&
          about.get((events[table.anchorPositionOf(i)] as CaseEvent).id)?.includes(person) === true;
      }
      return clockRows(table, view.model, events, view.today, keep);
    });
  }

  // Rendering -----------------------------------------------------------------------------------

  protected override renderView(view: ReadyCaseView): TemplateResult {
    const { model, record, i18n } = view;
    const entries = this.entriesOf(view);
    const text = this.textMemo.get(
      [i18n, model, record, view.audience],
      () => new EntryText(i18n, model, record, view.audience !== undefined),
    );
    const filtered = this.filteredOf(view, entries, text);
    const layout = this.layoutMemo.get([model, filtered, this.collapsed], () =>
      buildLanes(model, filtered, { collapsed: this.collapsed, hideEmpty: true }),
    );
    const index = this.indexMemo.get([filtered, layout], () =>
      createTimelineIndex(filtered, { layout }),
    );
    const today = toDayNumber(view.today);
    const width = Math.max(
      MIN_PLOT_PX,
      this.plotWidth || Math.floor(this.getBoundingClientRect().width) - LABEL_COLUMN_PX - 2 || 800,
    );
    if (!this.scale || this.scaleFor !== entries) {
      this.scale = this.initialScale(index, width, today);
      this.scaleFor = entries;
    }
    const scale = this.scale.withWidth(width);
    this.scale = scale;

    let frame: Frame | undefined;
    let visual: VisualModel | undefined;
    const rules = this.clockRowsOf(view, entries);
    const clockRules = rules.map((r) => model.timescales.find((t) => t.id === r.rule));
    const clockLabels = clockRules.map((rule, i) =>
      rule ? i18n.text(rule.label) : (rules[i] as ClockRow).rule,
    );
    const clockLangs = clockRules.map((rule) => (rule ? i18n.textLang(rule.label) : undefined));
    if (this.view === 'timeline' && filtered.length) {
      frame = this.frameFor(index, layout, scale, text);
      if (this.focusTarget) this.resolveFocusTarget(frame, scale);
      visual = this.visualModel(view, text, frame, scale, today, rules, filtered, entries);
    }
    this.current = {
      view,
      text,
      entries,
      filtered,
      layout,
      index,
      scale,
      frame,
      visual,
      clockLabels,
      clockLangs,
      today,
    };

    const selectedName =
      view.selection === undefined
        ? undefined
        : nameOf(view.selection, text.persons, i18n, text.redacting);
    const shownCount =
      this.view === 'court' ? this.courtRows(this.current).length : filtered.length;
    const belowWaits = this.belowWaits(filtered.length);
    return html`
      ${this.renderControls(view, text, selectedName)}
      <p class="count" part="count" role="status">${i18n.plural('timeline.count', shownCount)}</p>
      ${this.renderTimelineIssues(entries.issues, view)}
      ${
        entries.entries.length === 0
          ? renderEmpty(i18n.t('timeline.empty'))
          : filtered.length === 0
            ? renderEmpty(i18n.t('timeline.emptyFiltered'))
            : this.renderCurrentView(this.current, selectedName, belowWaits)
      }
      ${
        this.view !== 'court' && !belowWaits
          ? this.renderSections(view, text, entries, filtered, this.clocksOf(view, entries))
          : nothing
      }
      ${this.renderDetails(text)}
    `;
  }

  private initialScale(index: TimelineIndex, width: number, today: number): TimeScale {
    if (this.from && this.to) {
      try {
        return TimeScale.fromDates(this.from, this.to, width);
      } catch {
        // Fall through to the whole journey.
      }
    }
    const around = new TimeScale(today - 182, today + 183, width);
    return this.fitted(index, around);
  }

  private frameFor(
    index: TimelineIndex,
    layout: LaneLayout,
    scale: TimeScale,
    text: EntryText,
  ): Frame {
    const sticky = [layout, scale.pxPerDay];
    if (sticky.some((x, i) => x !== this.stickyFor[i])) {
      this.stickyRows = new Map();
      this.stickyFor = sticky;
    }
    const frame = computeFrame(index, layout, scale, {
      labelOf: (entry) => text.short(entry),
      countText: compactNumber,
      minRows: this.stickyRows,
    });
    for (const row of frame.rows) this.stickyRows.set(row.key, row.rows);
    return frame;
  }

  private visualModel(
    view: ReadyCaseView,
    text: EntryText,
    frame: Frame,
    scale: TimeScale,
    today: number,
    rules: readonly ClockRow[],
    filtered: readonly TimelineEntry[],
    entries: TimelineEntries,
  ): VisualModel {
    const { i18n } = view;
    const child = this.childOf(view, text);
    let age: AgeTick[] | undefined;
    if (child?.dateOfBirth !== undefined && !isRedacted(child)) {
      age = ageTicks(scale, child.dateOfBirth, { minLabelSpacingPx: 64 });
    }
    const clocks: ClockRowView[] = rules.map((row) => ({
      key: row.rule,
      markers: clockMarkers(row, scale),
      restarts: restartMarkers(row, scale),
    }));
    const keys = frame.rows.flatMap((r) => r.marks.map((m) => m.key));
    const tabKey =
      this.focusKey !== undefined && keys.includes(this.focusKey) ? this.focusKey : keys[0];
    const ppd = scale.pxPerDay;
    let origin = this.origin;
    // A new zoom level, or a pan far enough for the marks' coordinates to lose precision: restart.
    if (!origin || origin.pxPerDay !== ppd || Math.abs((scale.startDay - origin.day) * ppd) > 1e6) {
      origin = { pxPerDay: ppd, day: scale.startDay };
      this.origin = origin;
    }
    return {
      scale,
      frame,
      shift: (scale.startDay - origin.day) * ppd,
      ticks: calendarTicks(scale, { minLabelSpacingPx: 90 }),
      tickLabel: (tick) => formatTick(tick, i18n.locale, i18n.messages),
      ageTicks: age,
      ageLabel: (tick) => {
        const words =
          tick.totalMonths < 24 && tick.unit === 'month'
            ? i18n.plural('person.ageMonths', tick.totalMonths)
            : i18n.plural('person.ageYears', tick.years);
        return tick.approximate ? i18n.t('timeline.ageAbout', { age: words }) : words;
      },
      clocks,
      proceedings: this.barsOf(view, filtered, entries),
      proceedingsLabel: (bar) =>
        bar.extensions.length
          ? i18n.t('timeline.proceedings.weekExtended', {
              week: i18n.number(bar.week),
              date: i18n.date(bar.untilDate),
            })
          : i18n.t('timeline.proceedings.week', { week: i18n.number(bar.week) }),
      today,
      todayLabel: i18n.t('timeline.todayLine'),
      tabKey,
      markName: (mark) => this.markName(mark, text),
      entryText: (entry) => text.short(entry),
      countText: compactNumber,
      laneName: (row) =>
        row.lane.other ? i18n.t('timeline.otherLane') : i18n.text(row.lane.label),
      label: i18n.t('timeline.canvasLabel'),
      describedBy: 'timeline-help',
    };
  }

  private barsOf(
    view: ReadyCaseView,
    filtered: readonly TimelineEntry[],
    entries: TimelineEntries,
  ): ProceedingsBar[] {
    const { model, today, division } = view;
    const nation = view.sourceRecord.nation ?? model.nation;
    return this.barsMemo.get([filtered, entries, today, model, division, nation], () => {
      try {
        return proceedingsBars(filtered, model, {
          today,
          division,
          ...(nation ? { nation } : {}),
          // A filter may leave out the hearing that extended the proceedings.
          extensionsIn: entries.entries,
        });
      } catch {
        return [];
      }
    });
  }

  /** A mark's accessible name. Names are the same in every frame: worked out once per words. */
  private markName(mark: Mark, text: EntryText): string {
    if (this.namesFor !== text) {
      this.names = new WeakMap();
      this.groupNames = new Map();
      this.namesFor = text;
    }
    const i18n = text.i18n;
    if (mark.type === 'entry') {
      let name = this.names.get(mark.entry);
      if (name === undefined) {
        name = i18n.t('timeline.mark', {
          entry: text.name(mark.entry),
          date: text.when(mark.entry),
        });
        this.names.set(mark.entry, name);
      }
      return name;
    }
    const key = `${mark.type}|${mark.count}|${mark.startDay}|${mark.endDay}`;
    let name = this.groupNames.get(key);
    if (name === undefined) {
      const params = {
        from: i18n.date(isoOfDay(mark.startDay)),
        to: i18n.date(isoOfDay(Math.max(mark.startDay, mark.endDay - 1e-6))),
      };
      name =
        mark.type === 'cluster'
          ? i18n.plural('timeline.cluster', mark.count, params)
          : i18n.plural('timeline.more', mark.count, params);
      if (this.groupNames.size > 20_000) this.groupNames.clear();
      this.groupNames.set(key, name);
    }
    return name;
  }

  private renderControls(
    view: ReadyCaseView,
    text: EntryText,
    selectedName: string | undefined,
  ): TemplateResult {
    const { i18n, model } = view;
    const filters = this.filters ?? {};
    const entries = this.entriesOf(view);
    const choices = this.choicesMemo.get([entries, text], () => {
      const types = new Set<string>();
      // Only sources of entries the audience may see: a withheld entry's agency says too much.
      const sources = new Set<string>();
      const list = entries.entries;
      for (let i = 0; i < list.length; i++) {
        const e = list[i] as TimelineEntry;
        types.add(e.type);
        if (e.agency !== undefined && !e.redacted) sources.add(e.agency);
      }
      return {
        lanes: model.lanes.map((l) => ({
          id: l.id,
          label: text.lane(l.id),
          lang: i18n.textLang(l.label),
        })),
        types: model.eventTypes
          .filter((t) => types.has(t.id))
          .map((t) => ({ id: t.id, label: i18n.text(t.label), lang: i18n.textLang(t.label) })),
        agencies: (view.record.agencies ?? [])
          .filter((a) => sources.has(a.id))
          .map((a) => ({ id: a.id, label: a.name })),
      };
    });
    const first = (list: unknown) => strings(list)?.[0] ?? '';
    return this.controlsMemo.get(
      [choices, filters, this.significantOnly, selectedName, this.view, i18n],
      () =>
        html`${renderViews(
          TIMELINE_VIEWS,
          this.view,
          (v) => i18n.t(`timeline.view.${v}`),
          i18n,
          this.onViewClick,
        )}
        ${renderFilters(
          {
            ...choices,
            lane: first(filters.lanes),
            type: first(filters.types),
            agency: first(filters.agencies),
            text: typeof filters.text === 'string' ? filters.text : '',
            significantOnly: this.significantOnly,
            selectedName,
            onFilter: this.onFilterChange,
            onSignificant: this.onSignificantChange,
            onShowAll: this.onShowAll,
          },
          i18n,
        )}`,
    );
  }

  private renderTimelineIssues(
    issues: readonly ValidationIssue[],
    view: ReadyCaseView,
  ): TemplateResult | typeof nothing {
    const known = new Set(view.recordIssues.map((i) => i.path));
    const fresh = issues.filter((i) => !known.has(i.path));
    if (!fresh.length) return nothing;
    const { i18n } = view;
    return html`<details class="record-notice" part="timeline-issues">
      <summary>${i18n.plural('timeline.issues.summary', fresh.length)}</summary>
      <p>${i18n.t('timeline.issues.intro')}</p>
      ${renderIssueList(fresh, i18n)}
    </details>`;
  }

  private renderCurrentView(
    current: Current,
    selectedName: string | undefined,
    belowWaits: boolean,
  ): TemplateResult {
    if (this.view === 'table') return this.renderTable(current, selectedName);
    if (this.view === 'court') return this.renderCourt(current);
    // The drawing, with the chronology table under it: the same entries, in words.
    return html`${this.renderTimeline(current)}
    ${belowWaits ? nothing : this.renderTable(current, selectedName)}`;
  }

  private renderTimeline(current: Current): TemplateResult {
    const { view, visual, frame, scale } = current;
    const { i18n } = view;
    if (!visual || !frame) return html``;
    const range = i18n.t('timeline.range', {
      from: i18n.date(isoOfDay(scale.startDay)),
      to: i18n.date(isoOfDay(scale.endDay - 1e-6)),
    });
    return html`<div class="bar">
        ${renderToolbar(i18n, this.onToolbar)} ${renderExport(i18n, true, this.onExport)}
      </div>
      <p class="range">${range}</p>
      <p id="timeline-help" class="help">${i18n.t('timeline.keyboardHelp')}</p>
      <div class="visual" part="visual">
        <div class="labels">
          <div class="label-axis"></div>
          ${visual.ageTicks ? html`<div class="label-age">${this.ageRowLabel(view, current.text)}</div>` : nothing}
          ${frame.rows.map((row) =>
            this.renderLaneLabel(
              row,
              visual.laneName(row),
              row.lane.other ? undefined : i18n.textLang(row.lane.label),
            ),
          )}
          ${current.clockLabels.map(
            (label, i) =>
              html`<div class="label-clock" lang=${ifDefined(current.clockLangs[i])}>
                ${label}
              </div>`,
          )}
          ${visual.proceedings.length ? html`<div class="label-clock">${i18n.t('timeline.proceedings.row')}</div>` : nothing}
        </div>
        <div
          class="plot"
          @pointerdown=${this.gestures.onPointerDown}
          @pointermove=${this.gestures.onPointerMove}
          @pointerup=${this.gestures.onPointerUp}
          @pointercancel=${this.gestures.onPointerUp}
          @wheel=${this.gestures.onWheel}
          @dblclick=${this.gestures.onDoubleClick}
          @click=${this.onCanvasClick}
          @keydown=${this.onCanvasKeyDown}
        >
          ${renderVisual(visual, scale.width)}
        </div>
      </div>
      ${renderLegend(i18n)}`;
  }

  private ageRowLabel(view: ReadyCaseView, text: EntryText): string {
    const child = this.childOf(view, text);
    return child ? view.i18n.t('timeline.ageOf', { name: personName(child, view.i18n) }) : '';
  }

  /** A lane's name beside its row; a lane with sub-lanes opens and closes with a real button. */
  private renderLaneLabel(row: LaneRow, name: string, lang: string | undefined): TemplateResult {
    const lane = row.lane;
    const classes = `label-lane rows-${Math.min(MAX_ROWS, row.rows)} depth-${Math.min(3, lane.depth)}`;
    return html`<div class=${classes} lang=${ifDefined(lang)}>
      ${
        lane.children.length
          ? html`<button
              type="button"
              class="lane-toggle"
              data-lane=${lane.id}
              aria-expanded=${lane.collapsed ? 'false' : 'true'}
              @click=${this.onToggleLane}
            >
              ${name}
            </button>`
          : html`<span>${name}</span>`
      }
    </div>`;
  }

  private renderTable(current: Current, selectedName: string | undefined): TemplateResult {
    const { text } = current;
    const i18n = text.i18n;
    const rows = this.tableRows(current);
    const size = Math.max(1, Math.floor(this.pageSize) || 50);
    const pages = Math.max(1, Math.ceil(rows.length / size));
    const page = Math.min(this.page, pages - 1);
    const start = this.printing ? 0 : page * size;
    const shown = this.printing ? rows.slice(0, PRINT_ROWS) : rows.slice(start, start + size);
    const caption =
      selectedName === undefined
        ? i18n.t('timeline.caption')
        : i18n.t('timeline.captionFor', { name: selectedName });
    // The same table while panning the drawing above it: worked out once, not every frame.
    return this.tableMemo.get(
      [rows, start, size, this.printing, caption, text, this.view, this.sort],
      () =>
        html`${this.view === 'table' ? html`<div class="bar">${renderExport(i18n, false, this.onExport)}</div>` : nothing}
        ${this.printing ? renderPrintNote(rows.length, i18n) : nothing}
        ${renderChronologyTable(shown, text, {
          caption,
          sort: this.sort,
          onSort: this.onSort,
          onDetails: this.printing ? undefined : this.onRowDetails,
        })}
        ${this.printing ? nothing : renderPager(rows.length, start, size, i18n, this.onPage)}`,
    );
  }

  private renderCourt(current: Current): TemplateResult {
    const { view } = current;
    const { i18n } = view;
    const rows = this.courtRows(current);
    const size = Math.max(1, Math.floor(this.pageSize) || 50);
    const pages = Math.max(1, Math.ceil(rows.length / size));
    const start = this.printing ? 0 : Math.min(this.page, pages - 1) * size;
    const shown = this.printing ? rows.slice(0, PRINT_ROWS) : rows.slice(start, start + size);
    const years = Number.isFinite(this.courtYears) && this.courtYears > 0 ? this.courtYears : 2;
    let fromIso = '0001-01-01';
    try {
      fromIso = addYears(view.today, -Math.trunc(years));
    } catch {
      // Before year 1: the whole record.
    }
    const caption = i18n.t('timeline.court.caption', {
      from: i18n.date(fromIso),
      to: i18n.date(view.today),
    });
    // The chosen period is always one of the choices, whatever the attribute says.
    const choices = [...new Set([1, 2, 3, 5, 200, years])].sort((a, b) => a - b);
    return html`<div class="bar">
        <div class="field">
          <label for="court-years">${i18n.t('timeline.court.period')}</label>
          <select id="court-years" @change=${this.onCourtYears}>
            ${choices.map(
              (n) =>
                html`<option value=${n} ?selected=${n === years}>
                  ${n === 200 ? i18n.t('timeline.court.all') : i18n.plural('timeline.court.years', n)}
                </option>`,
            )}
          </select>
        </div>
        ${renderExport(i18n, false, this.onExport)}
      </div>
      ${
        rows.length
          ? html`${this.printing ? renderPrintNote(rows.length, i18n) : nothing}
            ${renderCourtTable(
              shown,
              current.text,
              caption,
              this.printing ? undefined : this.onRowDetails,
            )}
            ${this.printing ? nothing : renderPager(rows.length, start, size, i18n, this.onPage)}`
          : renderEmpty(i18n.t('timeline.court.empty'))
      }`;
  }

  /** The journey summary and the statutory timescales: worked out once per data change, not per frame. */
  private renderSections(
    view: ReadyCaseView,
    text: EntryText,
    entries: TimelineEntries,
    filtered: readonly TimelineEntry[],
    clocks: readonly TimescaleClock[],
  ): TemplateResult {
    const level = this.level();
    const late = { open: this.lateOpen, onToggle: this.onLateToggle };
    return this.sectionsMemo.get([view, text, entries, filtered, clocks, level, late.open], () => {
      const { model, i18n } = view;
      const ruleLabel = (id: string) => {
        const rule = model.timescales.find((r) => r.id === id);
        return rule ? i18n.text(rule.label) : id;
      };
      return html`${this.renderJourneySummary(view, text, entries, filtered)}
      ${
        model.timescales.length
          ? renderClocksSection(clocks, summariseCompliance(clocks), ruleLabel, i18n, level, late)
          : nothing
      }`;
    });
  }

  private renderJourneySummary(
    view: ReadyCaseView,
    text: EntryText,
    entries: TimelineEntries,
    filtered: readonly TimelineEntry[],
  ): TemplateResult | typeof nothing {
    const { i18n } = view;
    const found = this.childOf(view, text);
    const child = found && !isRedacted(found) ? found : undefined;
    const items = journeySummary(
      child,
      entries.entries,
      this.barsOf(view, filtered, entries),
      view.model,
      view.today,
      i18n,
    );
    const title = child
      ? i18n.t('timeline.summary.for', { name: personName(child, i18n) })
      : i18n.t('timeline.summary.heading');
    return renderSummary(title, items, this.level());
  }

  private renderDetails(text: EntryText): TemplateResult | typeof nothing {
    const detail = this.detail;
    if (!detail) return nothing;
    const handlers = { onClose: this.onDialogClose };
    if (detail.kind === 'entry') {
      return renderEntryDetails(detail.entry, text, this.level(1), handlers);
    }
    const mark = detail.mark;
    let listed: readonly TimelineEntry[] = [];
    if (mark.type === 'more') listed = mark.members.slice(0, CLUSTER_LISTED);
    else if (mark.type === 'cluster' && mark.cluster) {
      const lane = this.current?.index.lanes.get(mark.cluster.lane);
      const { first, last } = mark.cluster;
      listed = lane ? lane.entries.slice(first, Math.min(last, first + CLUSTER_LISTED)) : [];
    }
    const count = mark.type === 'entry' ? 0 : mark.count;
    return renderGroupDetails(
      this.markName(mark, text),
      listed,
      count,
      text,
      this.level(1),
      handlers,
    );
  }

  /** The drawing as a standalone SVG element, with the lane names, for the exports. */
  private exportElement(): SVGSVGElement | undefined {
    const current = this.current;
    const source = this.renderRoot.querySelector<SVGSVGElement>('svg.canvas');
    if (!current || !source || !current.visual || !current.frame) return undefined;
    const top = lanesTop(current.visual);
    const labels: ExportLabel[] = [];
    if (current.visual.ageTicks) {
      labels.push({
        text: this.ageRowLabel(current.view, current.text),
        y: AXIS_HEIGHT + AGE_HEIGHT / 2 + 4,
      });
    }
    for (const row of current.frame.rows) {
      labels.push({ text: current.visual.laneName(row), y: top + row.y + LANE_PADDING + 16 });
    }
    let y = top + current.frame.height;
    for (const label of current.clockLabels) {
      labels.push({ text: label, y: y + CLOCK_ROW_HEIGHT / 2 + 4 });
      y += CLOCK_ROW_HEIGHT;
    }
    if (current.visual.proceedings.length) {
      labels.push({
        text: current.text.i18n.t('timeline.proceedings.row'),
        y: y + CLOCK_ROW_HEIGHT / 2 + 4,
      });
    }
    return standaloneSvg(source, {
      title: current.text.i18n.t('timeline.canvasLabel'),
      labels,
      labelWidth: LABEL_COLUMN_PX,
      background: '#ffffff',
    });
  }
}
