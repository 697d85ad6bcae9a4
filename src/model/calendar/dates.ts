/**
 * Calendar-date helpers on ISO `YYYY-MM-DD` strings, done in integer arithmetic on day numbers
 * (days since 1970-01-01 in the proleptic Gregorian calendar). No `Date` objects, so no time zone
 * or daylight-saving surprises: a date is a date wherever the code runs. Pure: no DOM, no Node.
 *
 * Supported dates run from 0001-01-01 to 9999-12-31; anything else throws a `RangeError`.
 */

/** A calendar date split into its parts: `month` 1–12, `day` 1–31. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Day of the week as returned by {@link dayOfWeek}: 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const MIN_YEAR = 1;
const MAX_YEAR = 9999;
/** Day number of 0001-01-01. */
const MIN_DAY_NUMBER = -719162;
/** Day number of 9999-12-31. */
const MAX_DAY_NUMBER = 2932896;

/** True when `year` is a Gregorian leap year (divisible by 4, except centuries not divisible by 400). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in `month` (1–12) of `year`: 28–31. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function partsAreValid(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** The value of the ASCII digit at `i` of `text`, or -1 when it is not one. */
function digit(text: string, i: number): number {
  const code = text.charCodeAt(i) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/**
 * The day number of `value` when it is a real `YYYY-MM-DD` date in 0001–9999, else `NaN`. Read
 * with character codes rather than a regular expression: the timeline reads every date of a record
 * of 100,000 events, and this is the hot path of it.
 */
export function isoDayNumber(value: string): number {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return NaN;
  const y0 = digit(value, 0);
  const y1 = digit(value, 1);
  const y2 = digit(value, 2);
  const y3 = digit(value, 3);
  const m0 = digit(value, 5);
  const m1 = digit(value, 6);
  const d0 = digit(value, 8);
  const d1 = digit(value, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return NaN;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return NaN;
  }
  return civilDays(year, month, day);
}

function parse(value: unknown): DateParts | undefined {
  if (typeof value !== 'string' || Number.isNaN(isoDayNumber(value))) return undefined;
  return {
    year: Number(value.slice(0, 4)),
    month: Number(value.slice(5, 7)),
    day: Number(value.slice(8, 10)),
  };
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function requireInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${name} must be a whole number, got ${show(value)}`);
  }
}

/**
 * True when `value` is a string `YYYY-MM-DD` naming a real calendar date between 0001-01-01 and
 * 9999-12-31 (so `2024-02-29` is a date and `2023-02-29` is not).
 */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(isoDayNumber(value));
}

/**
 * Splits an ISO date into its parts.
 * @throws RangeError when `iso` is not a real `YYYY-MM-DD` date.
 */
export function toDateParts(iso: string): DateParts {
  const parts = parse(iso);
  if (!parts) throw new RangeError(`Expected a real date written YYYY-MM-DD, got ${show(iso)}`);
  return parts;
}

/**
 * The day number (days since 1970-01-01) of a date given by its parts.
 * @throws RangeError when the parts do not name a real date in 0001–9999.
 */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  if (!partsAreValid(year, month, day)) {
    throw new RangeError(`No such date: year ${year}, month ${month}, day ${day}`);
  }
  return civilDays(year, month, day);
}

/**
 * Howard Hinnant's days_from_civil, for parts already checked: years start on 1 March so the leap
 * day comes last.
 */
function civilDays(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The date parts of a day number (days since 1970-01-01).
 * @throws RangeError when `dayNumber` is not an integer or falls outside 0001-01-01…9999-12-31.
 */
export function partsFromDayNumber(dayNumber: number): DateParts {
  if (!Number.isInteger(dayNumber) || dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw new RangeError(
      `Day number ${show(dayNumber)} is not a whole number of days within years 0001–9999`,
    );
  }
  // Howard Hinnant's civil_from_days.
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** Formats date parts as `YYYY-MM-DD` (no validation: pass real parts). */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Days since 1970-01-01 (negative before it): `toDayNumber('1970-01-02')` is `1`.
 * @throws RangeError when `iso` is not a real `YYYY-MM-DD` date.
 */
export function toDayNumber(iso: string): number {
  const day = typeof iso === 'string' ? isoDayNumber(iso) : NaN;
  if (Number.isNaN(day)) {
    throw new RangeError(`Expected a real date written YYYY-MM-DD, got ${show(iso)}`);
  }
  return day;
}

/**
 * The ISO date of a day number: `fromDayNumber(0)` is `'1970-01-01'`.
 * @throws RangeError when `dayNumber` is not an integer or is outside years 0001–9999.
 */
export function fromDayNumber(dayNumber: number): string {
  const { year, month, day } = partsFromDayNumber(dayNumber);
  return formatIsoDate(year, month, day);
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function dayOfWeekOfDayNumber(dayNumber: number): Weekday {
  return ((((dayNumber + 4) % 7) + 7) % 7) as Weekday;
}

/**
 * Day of the week: 0 = Sunday, 1 = Monday … 6 = Saturday (as `Date#getDay`).
 * @throws RangeError when `iso` is not a real `YYYY-MM-DD` date.
 */
export function dayOfWeek(iso: string): Weekday {
  return dayOfWeekOfDayNumber(toDayNumber(iso));
}

/**
 * The date `days` days after `iso` (before it when negative).
 * @throws RangeError for an invalid date, a non-integer `days`, or a result outside 0001–9999.
 */
export function addDays(iso: string, days: number): string {
  requireInteger(days, 'days');
  return fromDayNumber(toDayNumber(iso) + days);
}

/**
 * The date `weeks` whole weeks after `iso` (before it when negative).
 * @throws RangeError for an invalid date, a non-integer `weeks`, or a result outside 0001–9999.
 */
export function addWeeks(iso: string, weeks: number): string {
  requireInteger(weeks, 'weeks');
  return addDays(iso, weeks * 7);
}

/**
 * The same day of the month `months` calendar months after `iso` (before it when negative). When
 * the target month is shorter, the result is its last day: `addMonths('2024-01-31', 1)` is
 * `'2024-02-29'` and `addMonths('2023-01-31', 1)` is `'2023-02-28'`. Each call steps from the
 * original date, so chain from the start date (`addMonths(start, k)`) rather than from the previous
 * result when stepping repeatedly, or a 31st will drift to the 28th.
 * @throws RangeError for an invalid date, a non-integer `months`, or a result outside 0001–9999.
 */
export function addMonths(iso: string, months: number): string {
  requireInteger(months, 'months');
  const { year, month, day } = toDateParts(iso);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  if (targetYear < MIN_YEAR || targetYear > MAX_YEAR) {
    throw new RangeError(`${iso} plus ${months} months falls outside years 0001–9999`);
  }
  return formatIsoDate(
    targetYear,
    targetMonth,
    Math.min(day, daysInMonth(targetYear, targetMonth)),
  );
}

/**
 * The date `years` years after `iso`, as `12 × years` calendar months: 29 February plus one year
 * is 28 February.
 * @throws RangeError for an invalid date, a non-integer `years`, or a result outside 0001–9999.
 */
export function addYears(iso: string, years: number): string {
  requireInteger(years, 'years');
  return addMonths(iso, years * 12);
}

/**
 * Compares two dates for sorting: negative when `a` is earlier, 0 when equal, positive when later
 * (exactly -1, 0 or 1).
 * @throws RangeError when either is not a real `YYYY-MM-DD` date.
 */
export function compareIso(a: string, b: string): -1 | 0 | 1 {
  toDayNumber(a);
  toDayNumber(b);
  // Fixed-width, zero-padded: string order is date order.
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The signed number of days from `a` to `b`: `daysBetween('2024-02-28', '2024-03-01')` is `2`;
 * negative when `b` is earlier than `a`.
 * @throws RangeError when either is not a real `YYYY-MM-DD` date.
 */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}
