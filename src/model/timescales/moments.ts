/**
 * Moments and durations for timescale clocks. A moment is a day, optionally with a time of day:
 * `2024-03-02` or `2024-03-02T08:30`. Arithmetic is done on day numbers and minutes, never with
 * `Date`, so results do not depend on the time zone the code runs in.
 */
import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  dayNumberFromParts,
  daysInMonth,
  fromDayNumber,
  isoDayNumber,
  partsFromDayNumber,
  toDayNumber,
} from '../calendar/dates.js';
import type { WorkingCalendar, WorkingDayArithmetic } from '../calendar/working-days.js';
import type { Duration } from '../practice-model/timescales.js';

const MINUTES_PER_DAY = 1440;
const FIRST_DAY = toDayNumber('0001-01-01');
const LAST_DAY = toDayNumber('9999-12-31');

/** The minute of a moment without a time of day, in the number form of moments. */
export const NO_TIME = -1;

/**
 * A moment as two numbers, the form the evaluation works in: the day number, and minutes since
 * midnight or {@link NO_TIME}.
 */
export interface MomentNumbers {
  readonly day: number;
  readonly minute: number;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A day, and the time of day when it is known. Internal to the timescale evaluation. */
export interface Moment {
  /** Days since 1970-01-01. */
  readonly day: number;
  /** Minutes since midnight, when the time is known. */
  readonly minute?: number;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` when the time is known. */
  readonly text: string;
}

/** The value of the two ASCII digits at `i` of `text`, or -1. */
function twoDigits(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A moment from its day number and, optionally, minutes since midnight. */
export function momentOf(day: number, minute?: number): Moment {
  const date = fromDayNumber(day);
  if (minute === undefined) return { day, date, text: date };
  return { day, minute, date, text: `${date}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}` };
}

/** {@link Moment.text} of a day number and a minute of the day ({@link NO_TIME}: none). */
export function momentText(day: number, minute: number): string {
  const date = fromDayNumber(day);
  return minute === NO_TIME ? date : `${date}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

/**
 * The minute of the day of a `YYYY-MM-DDTHH:MM` text (its time only; its date is its first ten
 * characters), or -1 when it is not one: what {@link parseMoment} reads, without the object.
 */
export function minuteOfDateTime(text: string): number {
  if (text.length !== 16 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58) return -1;
  const hours = twoDigits(text, 11);
  const minutes = twoDigits(text, 14);
  return hours < 0 || hours > 23 || minutes < 0 || minutes > 59 ? -1 : hours * 60 + minutes;
}

/**
 * Reads `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]` (seconds are dropped); undefined for anything else.
 */
export function parseMoment(value: string): Moment | undefined {
  // A real YYYY-MM-DD is already written as momentOf would write it.
  const day = isoDayNumber(value);
  if (!Number.isNaN(day)) return { day, date: value, text: value };
  // So is a real YYYY-MM-DDTHH:MM, the other form records mostly hold.
  if (value.length === 16 && value.charCodeAt(10) === 84 && value.charCodeAt(13) === 58) {
    const hours = twoDigits(value, 11);
    const minutes = twoDigits(value, 14);
    const date = value.slice(0, 10);
    const dateDay = isoDayNumber(date);
    if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || Number.isNaN(dateDay)) {
      return undefined;
    }
    return { day: dateDay, minute: hours * 60 + minutes, date, text: value };
  }
  const match = DATE_TIME.exec(value);
  if (!match) return undefined;
  const [, date = '', hours, minutes, seconds] = match;
  const dateDay = isoDayNumber(date);
  if (Number.isNaN(dateDay) || Number(hours) > 23 || Number(minutes) > 59) return undefined;
  if (seconds !== undefined && Number(seconds) > 59) return undefined;
  return {
    day: dateDay,
    minute: Number(hours) * 60 + Number(minutes),
    date,
    text: `${date}T${hours}:${minutes}`,
  };
}

/**
 * Orders two moments: by day, then by time of day when both times are known. A moment without a
 * time is the same as any moment on its day (the record does not say which came first).
 */
export function compareMoments(a: Moment, b: Moment): number {
  if (a.day !== b.day) return a.day - b.day;
  if (a.minute !== undefined && b.minute !== undefined) return a.minute - b.minute;
  return 0;
}

/** A whole number of days for `hours` when the time of day is unknown: rounded away from zero. */
function hoursAsDays(hours: number): number {
  return Math.sign(hours) * Math.ceil(Math.abs(hours) / 24);
}

/** Moves a date by `sign × duration`, in calendar or working days (hours become whole days). */
function shiftDate(
  date: string,
  duration: Duration,
  sign: 1 | -1,
  calendar: WorkingCalendar,
): string {
  const amount = sign * duration.amount;
  switch (duration.unit) {
    case 'hours':
      return addDays(date, hoursAsDays(amount));
    case 'days':
      return addDays(date, amount);
    case 'working-days':
      return calendar.addWorkingDays(date, amount);
    case 'weeks':
      return addWeeks(date, amount);
    case 'months':
      return addMonths(date, amount);
    case 'years':
      return addYears(date, amount);
  }
}

/**
 * Moves a moment by `sign × duration`. Hours move a moment with a known time exactly (the result
 * keeps its time); every other case works on the day and gives a day without a time.
 */
export function shiftMoment(
  moment: Moment,
  duration: Duration,
  sign: 1 | -1,
  calendar: WorkingCalendar,
): Moment {
  if (duration.unit === 'hours' && moment.minute !== undefined) {
    const total = moment.day * MINUTES_PER_DAY + moment.minute + sign * duration.amount * 60;
    const day = Math.floor(total / MINUTES_PER_DAY);
    return momentOf(day, total - day * MINUTES_PER_DAY);
  }
  const date = shiftDate(moment.date, duration, sign, calendar);
  return { day: toDayNumber(date), date, text: date };
}

/** `day` when it is within 0001–9999; else throws the RangeError `fromDayNumber` gives for it. */
function inRange(day: number): number {
  if (day < FIRST_DAY || day > LAST_DAY) fromDayNumber(day);
  return day;
}

/**
 * {@link shiftMoment} on day numbers and minutes: the same results and the same errors, without
 * reading or writing a date string (the timescale evaluation's hot path). `arithmetic` is the
 * calendar's {@link WorkingDayArithmetic}, when it has one.
 */
export function shiftMomentNumbers(
  day: number,
  minute: number,
  duration: Duration,
  sign: 1 | -1,
  calendar: WorkingCalendar,
  arithmetic: WorkingDayArithmetic | undefined,
): MomentNumbers {
  const amount = sign * duration.amount;
  if (Number.isSafeInteger(amount)) {
    switch (duration.unit) {
      case 'hours':
        if (minute !== NO_TIME) {
          const total = day * MINUTES_PER_DAY + minute + amount * 60;
          const shifted = inRange(Math.floor(total / MINUTES_PER_DAY));
          return { day: shifted, minute: total - shifted * MINUTES_PER_DAY };
        }
        return { day: inRange(day + hoursAsDays(amount)), minute: NO_TIME };
      case 'days':
        return { day: inRange(day + amount), minute: NO_TIME };
      case 'weeks':
        return { day: inRange(day + amount * 7), minute: NO_TIME };
      case 'months':
      case 'years': {
        const months = duration.unit === 'years' ? amount * 12 : amount;
        const parts = partsFromDayNumber(day);
        const index = parts.year * 12 + (parts.month - 1) + months;
        const year = Math.floor(index / 12);
        const month = index - year * 12 + 1;
        if (year < 1 || year > 9999) break; // addMonths says why
        const last = daysInMonth(year, month);
        return {
          day: dayNumberFromParts(year, month, parts.day < last ? parts.day : last),
          minute: NO_TIME,
        };
      }
      case 'working-days':
        if (arithmetic) return { day: arithmetic.addWorkingDays(day, amount), minute: NO_TIME };
        break;
    }
  }
  // Anything else (a fractional amount, an unknown unit, a result outside 0001–9999 in months):
  // the string arithmetic, with its errors.
  const moment = shiftMoment(
    momentOf(day, minute === NO_TIME ? undefined : minute),
    duration,
    sign,
    calendar,
  );
  return { day: moment.day, minute: moment.minute ?? NO_TIME };
}

/**
 * The date (or date-time) `duration` after `date`, as a timescale rule counts it.
 *
 * - `days`, `weeks`: calendar days (a week is 7 days).
 * - `months`, `years`: calendar months, keeping the day of the month; when the target month is
 *   shorter the result is its last day (`2024-01-31` + 1 month is `2024-02-29`, `2023-01-31` +
 *   1 month is `2023-02-28`; 29 February + 1 year is 28 February).
 * - `working-days`: counted by `calendar` (weekends, the division's bank holidays and the host's
 *   closure days are skipped; the start day itself is never counted).
 * - `hours`: exact on a date-time (`2024-03-02T08:30` + 72 hours is `2024-03-05T08:30`); on a date
 *   without a time, whole days rounded up, since the deadline falls on that day at the latest
 *   (`2024-03-02` + 72 hours is `2024-03-05`, + 36 hours is `2024-03-04`).
 *
 * Other units keep a date-time's time of day: `2024-03-02T08:30` + 1 day is `2024-03-03T08:30`.
 *
 * ```ts
 * const calendar = createWorkingCalendar({ division: 'england-and-wales' });
 * addDuration('2024-12-20', { amount: 3, unit: 'working-days' }, calendar); // '2024-12-27'
 * ```
 * @param date `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (seconds, if given, are dropped).
 * @throws RangeError when `date` is neither, or the result falls outside years 0001–9999.
 */
export function addDuration(date: string, duration: Duration, calendar: WorkingCalendar): string {
  const moment = parseMoment(date);
  if (!moment) {
    throw new RangeError(
      `Expected a date written YYYY-MM-DD or YYYY-MM-DDTHH:MM, got ${JSON.stringify(date)}`,
    );
  }
  if (duration.unit === 'hours' || moment.minute === undefined) {
    return shiftMoment(moment, duration, 1, calendar).text;
  }
  // A calendar or working-day step on a date-time: move the day, keep the time of day.
  return momentOf(shiftMoment(momentOf(moment.day), duration, 1, calendar).day, moment.minute).text;
}
