/**
 * The time scale: which days the view shows (its domain) across how many pixels (its range).
 * Immutable: zooming, panning and fitting return a new scale, so a view can keep the previous one
 * for an animation or an undo. The domain is always clamped to something drawable: within
 * 0001-01-01 to the end of 9999-12-31, at least one hour and at most 200 years wide, so no input
 * (hostile dates, a zero width, NaN) can produce NaN or Infinity.
 */
import { toDayNumber } from '../calendar/dates.js';
import { clampDay, MAX_DAY, MIN_DAY, type DayRange } from './days.js';

/** The narrowest domain: one hour. */
export const MIN_SPAN_DAYS = 1 / 24;
/** The widest domain: 200 years. */
export const MAX_SPAN_DAYS = 200 * 365.2425;
/** The narrowest domain {@link TimeScale.fit} chooses: one day, so a lone entry has context. */
export const MIN_FIT_DAYS = 1;

/** Something with a drawn extent: a timeline entry (`from`/`to`) or a plain `start`/`end` range. */
export interface Extent {
  readonly start: number;
  readonly end: number;
  readonly from?: number;
  readonly to?: number;
}

function finiteOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}

/**
 * Maps day numbers (days since 1970-01-01, fractional for times of day) to pixels and back.
 * `startDay` is drawn at 0 px and `endDay` at `width` px.
 *
 * ```ts
 * let scale = TimeScale.fromDates('2023-01-01', '2026-12-31', 960);
 * scale = scale.zoomAt(2, pointerX); // twice as close, the day under the pointer stays put
 * scale = scale.panBy(-dragDx);      // follow a drag to the right
 * scale = scale.fit(entries, 0.05);  // the whole journey, 5% padding either side
 * ```
 */
export class TimeScale {
  /** The first day shown (day number, at 0 px). */
  readonly startDay: number;
  /** The last day shown (day number, at `width` px). */
  readonly endDay: number;
  /** The range in pixels (at least 1). */
  readonly width: number;
  /** Pixels per day. */
  readonly pxPerDay: number;

  /**
   * A scale over `[startDay, endDay]` drawn across `width` pixels, clamped: a reversed domain is
   * put right, a span under an hour or over 200 years is widened or narrowed about its centre,
   * and the domain is moved inside 0001-01-01…9999-12-31. Non-finite values fall back to the
   * year 1970 and a width of 1.
   */
  constructor(startDay: number, endDay: number, width: number) {
    let start = finiteOr(startDay, 0);
    let end = finiteOr(endDay, start + 365);
    if (end < start) [start, end] = [end, start];
    const span = Math.min(MAX_SPAN_DAYS, Math.max(MIN_SPAN_DAYS, end - start));
    const centre = clampDay((start + end) / 2);
    start = centre - span / 2;
    if (start < MIN_DAY) start = MIN_DAY;
    if (start + span > MAX_DAY) start = MAX_DAY - span;
    this.startDay = start;
    this.endDay = start + span;
    this.width = Math.max(1, finiteOr(width, 1));
    this.pxPerDay = this.width / span;
  }

  /** A scale from `YYYY-MM-DD` dates: from the start of `start` to the end of `end`. */
  static fromDates(start: string, end: string, width: number): TimeScale {
    return new TimeScale(toDayNumber(start), toDayNumber(end) + 1, width);
  }

  /** Days shown: `endDay - startDay`. */
  get span(): number {
    return this.endDay - this.startDay;
  }

  /** The pixel of a day number (outside `[0, width]` for days outside the domain). */
  toPx(day: number): number {
    const clamped = Number.isNaN(day)
      ? this.startDay
      : Math.min(MAX_DAY + MAX_SPAN_DAYS, Math.max(MIN_DAY - MAX_SPAN_DAYS, day));
    return (clamped - this.startDay) * this.pxPerDay;
  }

  /** The day number at a pixel. */
  toDay(px: number): number {
    return this.startDay + finiteOr(px, 0) / this.pxPerDay;
  }

  /** True when the day is inside the domain. */
  contains(day: number): boolean {
    return day >= this.startDay && day <= this.endDay;
  }

  /** The domain as a range. */
  get domain(): DayRange {
    return { start: this.startDay, end: this.endDay };
  }

  /**
   * Zooms by `factor` (above 1 zooms in, below 1 out) keeping the day under `anchorPx` where it
   * is, as far as the domain limits allow. A factor that is not a positive number changes
   * nothing.
   */
  zoomAt(factor: number, anchorPx: number = this.width / 2): TimeScale {
    if (!Number.isFinite(factor) || factor <= 0) return this;
    const anchor = Math.min(this.width, Math.max(0, finiteOr(anchorPx, this.width / 2)));
    const anchorDay = this.toDay(anchor);
    const span = Math.min(MAX_SPAN_DAYS, Math.max(MIN_SPAN_DAYS, this.span / factor));
    const start = anchorDay - (anchor / this.width) * span;
    return new TimeScale(start, start + span, this.width);
  }

  /**
   * Moves the view `px` pixels later in time: a positive value scrolls right (later dates come
   * into view). A drag of the content by `dx` pixels is `panBy(-dx)`.
   */
  panBy(px: number): TimeScale {
    const days = finiteOr(px, 0) / this.pxPerDay;
    if (days === 0) return this;
    return new TimeScale(this.startDay + days, this.endDay + days, this.width);
  }

  /**
   * Fits the domain to the items' drawn extents (`from`/`to` when present, else `start`/`end`),
   * with `paddingRatio` of the span added either side. At least one day is shown, so a single
   * point has context. No items: the scale is returned unchanged.
   */
  fit(items: Iterable<Extent>, paddingRatio = 0.05): TimeScale {
    let min = Infinity;
    let max = -Infinity;
    for (const item of items) {
      const from = item.from ?? item.start;
      const to = item.to ?? item.end;
      if (Number.isFinite(from) && from < min) min = from;
      if (Number.isFinite(to) && to > max) max = to;
      if (Number.isFinite(from) && from > max) max = from;
      if (Number.isFinite(to) && to < min) min = to;
    }
    if (!Number.isFinite(min) || !Number.isFinite(max)) return this;
    const pad = Math.max(0, finiteOr(paddingRatio, 0));
    let span = max - min;
    if (span < MIN_FIT_DAYS) {
      const centre = (min + max) / 2;
      min = centre - MIN_FIT_DAYS / 2;
      max = centre + MIN_FIT_DAYS / 2;
      span = MIN_FIT_DAYS;
    }
    return new TimeScale(min - span * pad, max + span * pad, this.width);
  }

  /** The same span centred on `day` ("jump to today" is `centreOn(toDayNumber(today) + 0.5)`). */
  centreOn(day: number): TimeScale {
    if (!Number.isFinite(day)) return this;
    const half = this.span / 2;
    return new TimeScale(day - half, day + half, this.width);
  }

  /** The same domain drawn across a new width (after a resize). */
  withWidth(width: number): TimeScale {
    return width === this.width ? this : new TimeScale(this.startDay, this.endDay, width);
  }
}
