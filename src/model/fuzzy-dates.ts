/**
 * Partial and uncertain dates, turned into the span of days they may mean. Timelines draw the span
 * honestly; integrity checks only complain when two spans cannot be in the stated order.
 */
import { daysInMonth, isoDayNumber, toDayNumber } from './calendar/dates.js';
import type { DateQualifier, FuzzyDate } from './common.js';

/** A fuzzy date in one shape: the written date, its qualifier and, for `between`, the end. */
export interface NormalisedDate {
  readonly date: string;
  readonly qualifier: DateQualifier;
  readonly until?: string;
  /** `year`, `month`, `day` or `minute`: how precisely `date` is known. */
  readonly precision: 'year' | 'month' | 'day' | 'minute';
}

/** The earliest and latest day a date may mean, as day numbers (days since 1970-01-01). */
export interface DaySpan {
  readonly earliest: number;
  readonly latest: number;
}

/** Reads either form of a fuzzy date. */
export function normaliseDate(value: FuzzyDate): NormalisedDate {
  const written = typeof value === 'string' ? { date: value } : value;
  const date = written.date;
  const precision =
    date.length === 4
      ? 'year'
      : date.length === 7
        ? 'month'
        : date.length === 10
          ? 'day'
          : 'minute';
  const qualifier = written.qualifier ?? (written.until ? 'between' : 'exact');
  return written.until
    ? { date, qualifier, until: written.until, precision }
    : { date, qualifier, precision };
}

function partialSpan(date: string): DaySpan {
  if (date.length === 4) {
    return { earliest: toDayNumber(`${date}-01-01`), latest: toDayNumber(`${date}-12-31`) };
  }
  if (date.length === 7) {
    const last = daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
    return {
      earliest: toDayNumber(`${date}-01`),
      latest: toDayNumber(`${date}-${String(last).padStart(2, '0')}`),
    };
  }
  const day = dayOfDate(date);
  return { earliest: day, latest: day };
}

/** The day number of a date written to the day or the minute (its first ten characters). */
function dayOfDate(date: string): number {
  const day = isoDayNumber(date.length === 10 ? date : date.slice(0, 10));
  // Not a date: toDayNumber throws the RangeError that says so.
  return Number.isNaN(day) ? toDayNumber(date.slice(0, 10)) : day;
}

/** How far "about" reaches either side, in days, by precision. */
const ABOUT_MARGIN = { year: 365, month: 31, day: 7, minute: 1 } as const;
/** How far "before"/"after" is assumed to reach when drawing, in days. */
const OPEN_MARGIN = { year: 3 * 365, month: 365, day: 90, minute: 30 } as const;

/**
 * The span of days a fuzzy date may mean: `2019` is 1 Jan to 31 Dec 2019; `about 2019-05` widens
 * by a month either side; `before 2019` reaches back (a drawing margin, not a fact).
 */
export function dateSpan(value: FuzzyDate): DaySpan {
  if (typeof value === 'string' && value.length >= 10) {
    // The usual case, an exact day or minute: read without the normalised copy.
    const day = dayOfDate(value);
    return { earliest: day, latest: day };
  }
  const d = normaliseDate(value);
  const span = partialSpan(d.date);
  switch (d.qualifier) {
    case 'about':
      return {
        earliest: span.earliest - ABOUT_MARGIN[d.precision],
        latest: span.latest + ABOUT_MARGIN[d.precision],
      };
    case 'before':
      return { earliest: span.earliest - OPEN_MARGIN[d.precision], latest: span.earliest - 1 };
    case 'after':
      return { earliest: span.latest + 1, latest: span.latest + OPEN_MARGIN[d.precision] };
    case 'between':
      return d.until ? { earliest: span.earliest, latest: partialSpan(d.until).latest } : span;
    default:
      return span;
  }
}

/** The day a fuzzy date is sorted and drawn at: the first day it may mean. */
export function sortDay(value: FuzzyDate): number {
  return dateSpan(value).earliest;
}

/** True when `value` is an exact, day-precise date (timescale clocks need one). */
export function isExactDay(value: FuzzyDate): boolean {
  if (typeof value === 'string') return value.length !== 4 && value.length !== 7;
  const d = normaliseDate(value);
  return d.qualifier === 'exact' && (d.precision === 'day' || d.precision === 'minute');
}

/** True when `later` cannot be after `earlier` whatever the two uncertain dates really are. */
export function isCertainlyBefore(later: FuzzyDate, earlier: FuzzyDate): boolean {
  return dateSpan(later).latest < dateSpan(earlier).earliest;
}
