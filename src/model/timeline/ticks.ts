/**
 * Axis ticks for the timeline: calendar ticks from hours to centuries, chosen so labels never
 * collide, and the child's age at their birthdays. Ticks are data (a day number, its pixel, its
 * granularity, ISO date and the kind of label it takes); words are left to the view, which writes
 * them with its messages (`formatTick` in `src/i18n/format.ts`), so no locale is needed here.
 */
import { addMonths, dayNumberFromParts, toDayNumber } from '../calendar/dates.js';
import type { FuzzyDate } from '../common.js';
import { dateSpan, isExactDay } from '../fuzzy-dates.js';
import { isoMinuteOfDay, isoOfDay, MAX_DAY, MIN_DAY, partsOfDay } from './days.js';
import type { TimeScale } from './scale.js';

/** Calendar tick granularities, finest first. */
export const TICK_GRANULARITIES = [
  'hour',
  '6-hour',
  'day',
  'week',
  'month',
  'quarter',
  'year',
  '5-year',
  'decade',
  '25-year',
  '50-year',
  'century',
] as const;
/** One of {@link TICK_GRANULARITIES}. */
export type TickGranularity = (typeof TICK_GRANULARITIES)[number];

/** The shortest step of each granularity, in days (a month can be 28 days, a quarter 90). */
const MIN_STEP_DAYS: Readonly<Record<TickGranularity, number>> = {
  hour: 1 / 24,
  '6-hour': 1 / 4,
  day: 1,
  week: 7,
  month: 28,
  quarter: 90,
  year: 365,
  '5-year': 5 * 365 + 1,
  decade: 10 * 365 + 2,
  '25-year': 25 * 365 + 6,
  '50-year': 50 * 365 + 12,
  century: 100 * 365 + 24,
};

/** Whole years per step for the granularities counted in years. */
const YEAR_STEPS: Partial<Record<TickGranularity, number>> = {
  year: 1,
  '5-year': 5,
  decade: 10,
  '25-year': 25,
  '50-year': 50,
  century: 100,
};

/** The most ticks one call returns, whatever the width and spacing asked for. */
export const MAX_TICKS = 5000;

/**
 * What a calendar tick's label says: `hour` a time of day (`09:00`), `day` a day of a month
 * (`5 Mar`), `month` a month of a year (`Mar 2024`), `year` a year (`2024`).
 */
export const TICK_KINDS = ['hour', 'day', 'month', 'year'] as const;
/** One of {@link TICK_KINDS}. */
export type TickKind = (typeof TICK_KINDS)[number];

/** One calendar tick. */
export interface Tick {
  /** Day number of the tick (fractional for hours). */
  readonly day: number;
  /** Its pixel on the scale it was made for. */
  readonly px: number;
  readonly granularity: TickGranularity;
  /**
   * The label it takes: `hour` for hour and 6-hour ticks, except at midnight, which is labelled
   * with its `day`; `day` for days and weeks; `month` for months and quarters; `year` for years
   * and longer.
   */
  readonly kind: TickKind;
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` for hour and 6-hour ticks. */
  readonly iso: string;
}

/** Labelled major ticks at one granularity, and unlabelled minor ticks at a finer one. */
export interface CalendarTicks {
  readonly granularity: TickGranularity;
  readonly major: readonly Tick[];
  readonly minor: readonly Tick[];
  readonly minorGranularity: TickGranularity | undefined;
}

/** Options of {@link calendarTicks}. */
export interface CalendarTickOptions {
  /** The least room, in pixels, between two labelled ticks. */
  readonly minLabelSpacingPx: number;
  /** The least room between two minor ticks (default a sixth of the label spacing, at least 4). */
  readonly minMinorSpacingPx?: number;
}

/** Day numbers of ticks of `granularity` within `[from, to]`, at most `limit` of them. */
function tickDays(granularity: TickGranularity, from: number, to: number, limit: number): number[] {
  const days: number[] = [];
  const lo = Math.max(MIN_DAY, from);
  const hi = Math.min(MAX_DAY - 1, to);
  if (hi < lo) return days;
  switch (granularity) {
    case 'hour':
    case '6-hour': {
      const perDay = granularity === 'hour' ? 24 : 4;
      for (let k = Math.ceil(lo * perDay); k <= hi * perDay && days.length < limit; k++) {
        days.push(k / perDay);
      }
      return days;
    }
    case 'day':
      for (let d = Math.ceil(lo); d <= hi && days.length < limit; d++) days.push(d);
      return days;
    case 'week': {
      // Mondays: day 4 (1970-01-05) was a Monday.
      const first = Math.ceil(lo);
      for (let d = first + ((((4 - first) % 7) + 7) % 7); d <= hi && days.length < limit; d += 7) {
        days.push(d);
      }
      return days;
    }
    case 'month':
    case 'quarter': {
      const step = granularity === 'month' ? 1 : 3;
      const { year, month } = partsOfDay(lo);
      let index = year * 12 + (month - 1);
      index -= index % step;
      for (; days.length < limit; index += step) {
        const y = Math.floor(index / 12);
        if (y > 9999) break;
        const d = dayNumberFromParts(y, index - y * 12 + 1, 1);
        if (d > hi) break;
        if (d >= lo) days.push(d);
      }
      return days;
    }
    default: {
      const step = YEAR_STEPS[granularity] ?? 1;
      const { year } = partsOfDay(lo);
      for (let y = Math.ceil(year / step) * step; y <= 9999 && days.length < limit; y += step) {
        if (y < 1) continue;
        const d = dayNumberFromParts(y, 1, 1);
        if (d > hi) break;
        if (d >= lo) days.push(d);
      }
      return days;
    }
  }
}

function kindOf(granularity: TickGranularity, day: number): TickKind {
  switch (granularity) {
    case 'hour':
    case '6-hour':
      // Midnight starts a new day: it is labelled with the date, not 00:00.
      return Number.isInteger(day) ? 'day' : 'hour';
    case 'day':
    case 'week':
      return 'day';
    case 'month':
    case 'quarter':
      return 'month';
    default:
      return 'year';
  }
}

function makeTick(scale: TimeScale, day: number, granularity: TickGranularity): Tick {
  const subDay = granularity === 'hour' || granularity === '6-hour';
  return {
    day,
    px: scale.toPx(day),
    granularity,
    kind: kindOf(granularity, day),
    iso: subDay ? isoMinuteOfDay(day) : isoOfDay(day),
  };
}

/**
 * Calendar ticks for a scale. The major granularity is the finest whose shortest step is at least
 * `minLabelSpacingPx` wide, so consecutive labels are always that far apart (when even a century
 * is too narrow, centuries are thinned out). Minor ticks are the finest granularity finer than the
 * major one whose step is at least `minMinorSpacingPx`, without the days that carry a major tick.
 * Both lists are strictly increasing and lie within the domain.
 */
export function calendarTicks(scale: TimeScale, options: CalendarTickOptions): CalendarTicks {
  const spacing = Math.max(
    1,
    Number.isFinite(options.minLabelSpacingPx) ? options.minLabelSpacingPx : 1,
  );
  const minorSpacing = Math.max(
    2,
    options.minMinorSpacingPx !== undefined && Number.isFinite(options.minMinorSpacingPx)
      ? options.minMinorSpacingPx
      : Math.max(4, spacing / 6),
  );
  const ppd = scale.pxPerDay;
  const index = TICK_GRANULARITIES.findIndex((g) => MIN_STEP_DAYS[g] * ppd >= spacing);
  const majorIndex = index < 0 ? TICK_GRANULARITIES.length - 1 : index;
  const granularity = TICK_GRANULARITIES[majorIndex] ?? 'century';

  let majorDays = tickDays(granularity, scale.startDay, scale.endDay, MAX_TICKS);
  if (index < 0) {
    // Even centuries are too close: keep every k-th so labels still do not collide.
    const keep = Math.ceil(spacing / (MIN_STEP_DAYS.century * ppd));
    majorDays = majorDays.filter((_, i) => i % keep === 0);
  }
  const major = majorDays.map((day) => makeTick(scale, day, granularity));

  let minorGranularity: TickGranularity | undefined;
  for (let i = 0; i < majorIndex; i++) {
    const g = TICK_GRANULARITIES[i];
    if (g && MIN_STEP_DAYS[g] * ppd >= minorSpacing) {
      minorGranularity = g;
      break;
    }
  }
  const minor: Tick[] = [];
  if (minorGranularity) {
    const taken = new Set(majorDays);
    for (const day of tickDays(minorGranularity, scale.startDay, scale.endDay, MAX_TICKS)) {
      if (!taken.has(day)) minor.push(makeTick(scale, day, minorGranularity));
    }
  }
  return { granularity, major, minor, minorGranularity };
}

// ---------------------------------------------------------------------------------------------
// Age ticks

/** A tick at one of the child's birthdays (or, under two, a month birthday). */
export interface AgeTick {
  readonly day: number;
  readonly px: number;
  /** `year` for birthdays, `month` for month ticks under two. */
  readonly unit: 'year' | 'month';
  /** Age in whole years at the tick. */
  readonly years: number;
  /** Months past the whole years (0-11). */
  readonly months: number;
  /** Age in whole months. */
  readonly totalMonths: number;
  /** True when the date of birth is not an exact day, so the tick is drawn at its first day. */
  readonly approximate: boolean;
}

/** Options of {@link ageTicks}. */
export interface AgeTickOptions {
  /** The least room between two labelled age ticks (default 48 px). */
  readonly minLabelSpacingPx?: number;
}

const MONTH_STEPS = [1, 3, 6] as const;
const AGE_YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100] as const;

/**
 * Ticks at the child's birthdays within the scale's domain, labelled by the view "age N": every
 * year (or every 2, 5, 10... years when the view is zoomed out), with month ticks (every 1, 3 or 6
 * months) before the second birthday when there is room. Consecutive ticks are at least
 * `minLabelSpacingPx` apart. An uncertain date of birth is read as its first possible day and the
 * ticks are flagged `approximate`. An unreadable date of birth gives no ticks.
 */
export function ageTicks(
  scale: TimeScale,
  dateOfBirth: FuzzyDate,
  options: AgeTickOptions = {},
): AgeTick[] {
  let birthDay: number;
  let approximate: boolean;
  try {
    birthDay = dateSpan(dateOfBirth).earliest;
    approximate = !isExactDay(dateOfBirth);
  } catch {
    return [];
  }
  if (!Number.isFinite(birthDay) || birthDay < MIN_DAY || birthDay >= MAX_DAY) return [];
  const birth = isoOfDay(birthDay);
  const spacing = Math.max(1, options.minLabelSpacingPx ?? 48);
  const ppd = scale.pxPerDay;
  const monthStep = MONTH_STEPS.find((s) => s * 28 * ppd >= spacing);
  const yearStep = AGE_YEAR_STEPS.find((s) => s * 365 * ppd >= spacing) ?? 100;

  const ticks: AgeTick[] = [];
  const push = (totalMonths: number, unit: 'year' | 'month'): boolean => {
    let iso: string;
    try {
      iso = addMonths(birth, totalMonths);
    } catch {
      return false;
    }
    const day = toDayNumber(iso);
    if (day > scale.endDay) return false;
    if (day >= scale.startDay) {
      ticks.push({
        day,
        px: scale.toPx(day),
        unit,
        years: Math.floor(totalMonths / 12),
        months: totalMonths % 12,
        totalMonths,
        approximate,
      });
    }
    return true;
  };

  // Skip the years before the domain without stepping through them one by one.
  const firstYear = Math.max(0, Math.floor((scale.startDay - birthDay) / 366) - 1);
  if (monthStep !== undefined && firstYear < 2) {
    for (let m = 0; m < 24; m += monthStep)
      if (!push(m, m % 12 === 0 ? 'year' : 'month')) return ticks;
    for (let y = Math.ceil(2 / yearStep) * yearStep; y <= 10_000; y += yearStep) {
      if (!push(y * 12, 'year')) break;
    }
    return ticks;
  }
  for (let y = Math.floor(firstYear / yearStep) * yearStep; y <= 10_000; y += yearStep) {
    if (!push(y * 12, 'year')) break;
  }
  return ticks;
}
