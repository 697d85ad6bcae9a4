/**
 * Day numbers for the timeline: days since 1970-01-01, fractional for a time of day (`0.5` is
 * noon on 1 January 1970). Every timeline function works on these, never on `Date`, so nothing
 * depends on the time zone the code runs in. Values are clamped to the calendar's range, 0001-01-01
 * to the end of 9999-12-31, so a hostile date cannot produce NaN or Infinity further on.
 */
import { formatIsoDate, partsFromDayNumber, type DateParts } from '../calendar/dates.js';

/** The day number of 0001-01-01, the earliest day the timeline can show. */
export const MIN_DAY = -719162;
/** The day number just after 9999-12-31 (the end of the last day the timeline can show). */
export const MAX_DAY = 2932897;
/** Minutes in a day, for times of day. */
export const MINUTES_PER_DAY = 1440;

/** A range of day numbers, `start` to `end` (`end` is not before `start`). */
export interface DayRange {
  readonly start: number;
  readonly end: number;
}

/** Clamps a day number into the timeline's range; NaN becomes `fallback`. */
export function clampDay(day: number, fallback = 0): number {
  if (Number.isNaN(day)) return fallback;
  return day < MIN_DAY ? MIN_DAY : day > MAX_DAY ? MAX_DAY : day;
}

/** The calendar date of a (possibly fractional) day number, clamped to 0001-01-01…9999-12-31. */
export function partsOfDay(day: number): DateParts {
  const whole = Math.floor(clampDay(day));
  return partsFromDayNumber(Math.min(whole, MAX_DAY - 1));
}

/** `YYYY-MM-DD` of a (possibly fractional) day number, clamped to the calendar's range. */
export function isoOfDay(day: number): string {
  const { year, month, day: d } = partsOfDay(day);
  return formatIsoDate(year, month, d);
}

/** `YYYY-MM-DDTHH:MM` of a fractional day number (minutes rounded down). */
export function isoMinuteOfDay(day: number): string {
  const clamped = Math.min(clampDay(day), MAX_DAY - 1 / MINUTES_PER_DAY);
  const whole = Math.floor(clamped);
  const minutes = Math.min(
    MINUTES_PER_DAY - 1,
    Math.floor((clamped - whole) * MINUTES_PER_DAY + 1e-6),
  );
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${isoOfDay(whole)}T${hh}:${mm}`;
}
