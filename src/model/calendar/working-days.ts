/**
 * Working days for UK children's social care timescales ("within 10 working days", "45 working
 * days"). A working day is a Monday to Friday that is neither a bank holiday in the chosen UK
 * division nor one of the host's own closure days.
 *
 * Bank holidays come from GOV.UK's published data for the years it covers
 * ({@link BANK_HOLIDAY_DATA_FIRST_YEAR}–{@link BANK_HOLIDAY_DATA_LAST_YEAR}, one-off days included)
 * and are computed from the standing rules for any other year (see {@link bankHolidaysByRule}).
 *
 * Pure: no DOM, no Node, no `Date`. All dates are ISO `YYYY-MM-DD` strings.
 */
import {
  bankHolidayData,
  BANK_HOLIDAY_DATA_FIRST_YEAR,
  BANK_HOLIDAY_DATA_LAST_YEAR,
  type BankHolidayTuple,
} from './bank-holidays.data.js';
import {
  dayNumberFromParts,
  dayOfWeekOfDayNumber,
  daysInMonth,
  fromDayNumber,
  isIsoDate,
  toDateParts,
  toDayNumber,
} from './dates.js';

export { BANK_HOLIDAY_DATA_FIRST_YEAR, BANK_HOLIDAY_DATA_LAST_YEAR };

/** The three UK bank-holiday divisions, spelt as GOV.UK spells them. */
export const DIVISIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;

/** A UK bank-holiday division: `'england-and-wales'`, `'scotland'` or `'northern-ireland'`. */
export type Division = (typeof DIVISIONS)[number];

/** A bank holiday (or, when asked for, a host closure day) on its observed date. */
export interface BankHoliday {
  /** The observed date, `YYYY-MM-DD` (a substitute day when the holiday fell at a weekend). */
  readonly date: string;
  /** GOV.UK's title, e.g. `'Early May bank holiday'`, or {@link CLOSURE_TITLE} for a closure. */
  readonly title: string;
}

/** Options shared by the working-day functions. */
export interface WorkingDayOptions {
  /**
   * The host's own closure days (`YYYY-MM-DD`), e.g. a council's closure between Christmas and New
   * Year. They are not working days, in addition to weekends and bank holidays.
   */
  readonly closures?: readonly string[];
}

/** Options for {@link bankHolidaysIn}. */
export interface BankHolidaysOptions extends WorkingDayOptions {
  /**
   * When true, the host's closure days in the year are listed too, titled {@link CLOSURE_TITLE}
   * (a closure on a bank holiday is listed once, under the bank holiday's title). Default false.
   */
  readonly includeClosures?: boolean;
}

/** What {@link createWorkingCalendar} needs: the division and, optionally, closure days. */
export interface WorkingCalendarOptions extends WorkingDayOptions {
  /** The UK division whose bank holidays apply. */
  readonly division: Division;
}

/**
 * A division's working-day calendar with the host's closure days built in, caching each year's
 * non-working days: the fast way to run many calculations (e.g. over 10,000 timeline events).
 * Methods are bound: `const { addWorkingDays } = calendar` works.
 */
export interface WorkingCalendar {
  /** The division this calendar follows. */
  readonly division: Division;
  /** The host closure days this calendar honours, sorted and without duplicates. */
  readonly closures: readonly string[];
  /** As {@link addWorkingDays}, for this calendar's division and closures. */
  addWorkingDays(start: string, n: number): string;
  /** As {@link workingDaysBetween}, for this calendar's division and closures. */
  workingDaysBetween(start: string, end: string): number;
  /** As {@link isWorkingDay}, for this calendar's division and closures. */
  isWorkingDay(date: string): boolean;
  /** As {@link bankHolidaysIn}, for this calendar's division and closures. */
  bankHolidaysIn(
    year: number,
    options?: Pick<BankHolidaysOptions, 'includeClosures'>,
  ): BankHoliday[];
}

/** The title given to host closure days listed by {@link bankHolidaysIn} with `includeClosures`. */
export const CLOSURE_TITLE = 'Closure day';

/* ------------------------------------------------------------------------------------------ */
/* Bank holidays by rule                                                                      */
/* ------------------------------------------------------------------------------------------ */

/** A holiday on a day number, as used internally. */
interface DayHoliday {
  readonly day: number;
  readonly title: string;
}

const MIN_YEAR = 1;
const MAX_YEAR = 9999;
const MONDAY = 1;
const SATURDAY = 6;
const SUNDAY = 0;

function requireYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Expected a whole-number year from 1 to 9999, got ${String(year)}`);
  }
}

function requireDivision(division: string): asserts division is Division {
  if (!(DIVISIONS as readonly string[]).includes(division)) {
    throw new RangeError(
      `Unknown division ${JSON.stringify(division)}: expected one of ${DIVISIONS.join(', ')}`,
    );
  }
}

function isWeekendDay(day: number): boolean {
  const weekday = dayOfWeekOfDayNumber(day);
  return weekday === SATURDAY || weekday === SUNDAY;
}

/** Day number of Easter Sunday (anonymous Gregorian algorithm: Meeus/Jones/Butcher). */
function easterDayNumber(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumberFromParts(year, month, day);
}

/**
 * The date of Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm):
 * `easterSunday(2030)` is `'2030-04-21'`.
 * @throws RangeError when `year` is not a whole number from 1 to 9999.
 */
export function easterSunday(year: number): string {
  requireYear(year);
  return fromDayNumber(easterDayNumber(year));
}

function firstMonday(year: number, month: number): number {
  const first = dayNumberFromParts(year, month, 1);
  return first + ((MONDAY - dayOfWeekOfDayNumber(first) + 7) % 7);
}

function lastMonday(year: number, month: number): number {
  const last = dayNumberFromParts(year, month, daysInMonth(year, month));
  return last - ((dayOfWeekOfDayNumber(last) - MONDAY + 7) % 7);
}

/** The holidays of a division on their nominal dates, before any substitution. */
function nominalHolidays(year: number, division: Division): DayHoliday[] {
  const on = (month: number, day: number): number => dayNumberFromParts(year, month, day);
  const easter = easterDayNumber(year);
  const scotland = division === 'scotland';
  const northernIreland = division === 'northern-ireland';
  const list: DayHoliday[] = [{ day: on(1, 1), title: 'New Year’s Day' }];
  if (scotland) list.push({ day: on(1, 2), title: '2nd January' });
  if (northernIreland) list.push({ day: on(3, 17), title: 'St Patrick’s Day' });
  list.push({ day: easter - 2, title: 'Good Friday' });
  if (!scotland) list.push({ day: easter + 1, title: 'Easter Monday' });
  list.push({ day: firstMonday(year, 5), title: 'Early May bank holiday' });
  list.push({ day: lastMonday(year, 5), title: 'Spring bank holiday' });
  if (northernIreland)
    list.push({ day: on(7, 12), title: 'Battle of the Boyne (Orangemen’s Day)' });
  list.push({
    day: scotland ? firstMonday(year, 8) : lastMonday(year, 8),
    title: 'Summer bank holiday',
  });
  if (scotland) list.push({ day: on(11, 30), title: 'St Andrew’s Day' });
  list.push({ day: on(12, 25), title: 'Christmas Day' });
  list.push({ day: on(12, 26), title: 'Boxing Day' });
  return list;
}

/**
 * Moves holidays falling at a weekend to substitute days: each, in date order, to the next weekday
 * that is not already a holiday (so Christmas on a Saturday is observed on Monday 27 December and
 * Boxing Day on Tuesday 28 December). Returns the holidays sorted by observed date.
 */
function withSubstituteDays(nominal: readonly DayHoliday[]): DayHoliday[] {
  const taken = new Set<number>();
  const observed: DayHoliday[] = [];
  const atWeekend: DayHoliday[] = [];
  for (const holiday of nominal) {
    if (isWeekendDay(holiday.day)) atWeekend.push(holiday);
    else {
      taken.add(holiday.day);
      observed.push(holiday);
    }
  }
  atWeekend.sort((a, b) => a.day - b.day);
  for (const holiday of atWeekend) {
    let day = holiday.day + 1;
    while (isWeekendDay(day) || taken.has(day)) day += 1;
    taken.add(day);
    observed.push({ day, title: holiday.title });
  }
  return observed.sort((a, b) => a.day - b.day);
}

function toBankHolidays(list: readonly DayHoliday[]): BankHoliday[] {
  return list.map(({ day, title }) => ({ date: fromDayNumber(day), title }));
}

/**
 * A division's bank holidays for a year computed from the standing rules alone, ignoring the
 * published data and its one-off days. Used for years the data does not cover; exported so the
 * rules can be checked against the data.
 *
 * The rules: New Year’s Day (and 2 January in Scotland); St Patrick’s Day, 17 March (Northern
 * Ireland); Good Friday (all divisions) and Easter Monday (not Scotland), Easter by the anonymous
 * Gregorian algorithm; the first and the last Monday of May; Battle of the Boyne, 12 July
 * (Northern Ireland); the summer bank holiday on the first Monday of August in Scotland, the last
 * Monday of August elsewhere; St Andrew’s Day, 30 November (Scotland); Christmas Day and Boxing
 * Day. A holiday falling at a weekend moves to the next weekday not already a holiday.
 *
 * The current rules are applied to every year, so years before a holiday was created (e.g. the
 * early May bank holiday, 1978) or one-off days outside the data (e.g. 2011 royal wedding, 2012
 * Diamond Jubilee) are not reflected: a host that needs them can pass them as closures.
 * @throws RangeError for an unknown division or a year outside 1–9999.
 */
export function bankHolidaysByRule(year: number, division: Division): BankHoliday[] {
  requireDivision(division);
  requireYear(year);
  return toBankHolidays(ruleHolidays(year, division));
}

function ruleHolidays(year: number, division: Division): DayHoliday[] {
  return withSubstituteDays(nominalHolidays(year, division));
}

/* ------------------------------------------------------------------------------------------ */
/* Bank holidays: data first, rules otherwise (cached)                                        */
/* ------------------------------------------------------------------------------------------ */

const dataByYear = new Map<Division, Map<number, readonly DayHoliday[]>>();
const holidayCache = new Map<Division, Map<number, readonly DayHoliday[]>>();

function indexData(division: Division): Map<number, readonly DayHoliday[]> {
  const cached = dataByYear.get(division);
  if (cached) return cached;
  const index = new Map<number, DayHoliday[]>();
  const rows: readonly BankHolidayTuple[] = bankHolidayData(division);
  for (const [date, title] of rows) {
    const day = toDayNumber(date);
    const year = yearOfDay(day);
    const list = index.get(year);
    if (list) list.push({ day, title });
    else index.set(year, [{ day, title }]);
  }
  dataByYear.set(division, index);
  return index;
}

/** A division's bank holidays for a year, sorted: the data when it covers the year, else rules. */
function holidaysOf(year: number, division: Division): readonly DayHoliday[] {
  let byYear = holidayCache.get(division);
  if (!byYear) {
    byYear = new Map();
    holidayCache.set(division, byYear);
  }
  let list = byYear.get(year);
  if (!list) {
    const covered = year >= BANK_HOLIDAY_DATA_FIRST_YEAR && year <= BANK_HOLIDAY_DATA_LAST_YEAR;
    list = covered ? (indexData(division).get(year) ?? []) : ruleHolidays(year, division);
    byYear.set(year, list);
  }
  return list;
}

/* ------------------------------------------------------------------------------------------ */
/* Weekday arithmetic on day numbers                                                          */
/* ------------------------------------------------------------------------------------------ */

/** Day number of Monday 1970-01-05, the anchor for weekday counting. */
const MONDAY_ANCHOR = 4;

/** How many weekdays (Mon–Fri) there are up to and including `day`, counted from the anchor. */
function weekdayIndex(day: number): number {
  const k = day - MONDAY_ANCHOR;
  const weeks = Math.floor(k / 7);
  return weeks * 5 + Math.min(k - weeks * 7 + 1, 5);
}

/** The weekday whose {@link weekdayIndex} is `index`. */
function weekdayAtIndex(index: number): number {
  const weeks = Math.floor((index - 1) / 5);
  return MONDAY_ANCHOR + weeks * 7 + (index - 1 - weeks * 5);
}

/**
 * The year of a day number (Howard Hinnant's civil_from_days, the year only): the same year as
 * `partsFromDayNumber(day).year`, without the object, for the counting loops below.
 */
function yearOfDay(day: number): number {
  const z = day + 719468;
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
  // Years start on 1 March here: January and February (month index 10 and 11) are the next year.
  return yearOfEra + era * 400 + (dayOfYear >= 306 ? 1 : 0);
}

/** Index of the first element of sorted `list` that is >= `value`. */
function lowerBound(list: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const MIN_DAY = dayNumberFromParts(MIN_YEAR, 1, 1);
const MAX_DAY = dayNumberFromParts(MAX_YEAR, 12, 31);

/** The error for a result outside 0001–9999; `what` names it. */
function outOfRange(what: string): RangeError {
  return new RangeError(`${what} falls outside the supported years 0001–9999`);
}

/* ------------------------------------------------------------------------------------------ */
/* The calendar                                                                               */
/* ------------------------------------------------------------------------------------------ */

/** A year's non-working weekdays (bank holidays and closures), sorted, and as a set once asked. */
interface YearClosedDays {
  set: ReadonlySet<number> | undefined;
  readonly sorted: Int32Array;
}

/** The most years a {@link ClosedWeekdays} table spans; beyond, days are counted year by year. */
const MAX_TABLE_YEARS = 200;

/**
 * The closed weekdays (bank holidays, and closure days from Monday to Friday) of a division with
 * a set of closure days, and how many fall in a range of days. Counts come from a running total
 * over a window of whole years, grown as days outside it are asked about: built with one `fill`
 * per closed day (no walk through the calendar), it makes a count two array reads. A window that
 * would span more than {@link MAX_TABLE_YEARS} years is not built: those counts go year by year.
 */
class ClosedWeekdays {
  private readonly years = new Map<number, YearClosedDays>();
  private firstYear = 0;
  private lastYear = -1;
  /** The first and last day of the window (none yet: `last < first`). */
  private first = 0;
  private last = -1;
  /** `before[i]`: closed weekdays d with `first <= d < first + i`. */
  private before = new Int32Array(1);

  constructor(
    private readonly division: Division,
    private readonly closuresByYear: ReadonlyMap<number, readonly number[]>,
  ) {}

  /** The closed weekdays of one year, sorted. */
  inYear(year: number): Int32Array {
    let entry = this.years.get(year);
    if (!entry) {
      // Both lists are sorted: merged, without weekends, each day once.
      const holidays = holidaysOf(year, this.division);
      const closures = this.closuresByYear.get(year) ?? [];
      const sorted = new Int32Array(holidays.length + closures.length);
      let length = 0;
      let h = 0;
      let c = 0;
      while (h < holidays.length || c < closures.length) {
        const holiday = h < holidays.length ? (holidays[h] as DayHoliday).day : Infinity;
        const closure = c < closures.length ? (closures[c] as number) : Infinity;
        const day = holiday <= closure ? holiday : closure;
        if (holiday <= closure) h += 1;
        if (closure <= holiday) c += 1;
        if (!isWeekendDay(day)) sorted[length++] = day;
      }
      entry = { set: undefined, sorted: sorted.subarray(0, length) };
      this.years.set(year, entry);
    }
    return entry.sorted;
  }

  /** True when `day` (within 0001–9999) is a closed weekday. */
  isClosed(day: number): boolean {
    const year = yearOfDay(day);
    this.inYear(year);
    const entry = this.years.get(year) as YearClosedDays;
    entry.set ??= new Set(entry.sorted);
    return entry.set.has(day);
  }

  /** Closed weekdays d with `lo <= d <= hi` (day numbers within the supported range). */
  between(lo: number, hi: number): number {
    if (hi < lo) return 0;
    if (lo < this.first || hi > this.last) this.grow(lo, hi);
    if (lo >= this.first && hi <= this.last) {
      return (
        (this.before[hi + 1 - this.first] as number) - (this.before[lo - this.first] as number)
      );
    }
    const lastYear = yearOfDay(hi);
    let count = 0;
    for (let year = yearOfDay(lo); year <= lastYear; year += 1) {
      const sorted = this.inYear(year);
      count += lowerBound(sorted, hi + 1) - lowerBound(sorted, lo);
    }
    return count;
  }

  /** Builds the window for `lo` to `hi` now, when it can (see {@link WorkingDayArithmetic}). */
  reserve(lo: number, hi: number): void {
    if (lo >= MIN_DAY && hi <= MAX_DAY && lo <= hi && (lo < this.first || hi > this.last)) {
      this.grow(lo, hi);
    }
  }

  /**
   * Grows the window to whole years covering `lo` to `hi` and a year either side; by at least
   * its own span on the side it grows, so days asked about in order rebuild it only a few times.
   */
  private grow(lo: number, hi: number): void {
    let firstYear = Math.max(MIN_YEAR, yearOfDay(lo) - 1);
    let lastYear = Math.min(MAX_YEAR, yearOfDay(hi) + 1);
    if (this.last >= this.first) {
      const span = this.lastYear - this.firstYear + 1;
      const least = Math.min(firstYear, this.firstYear);
      const most = Math.max(lastYear, this.lastYear);
      firstYear = firstYear < this.firstYear ? Math.min(least, this.firstYear - span) : least;
      lastYear = lastYear > this.lastYear ? Math.max(most, this.lastYear + span) : most;
      firstYear = Math.max(MIN_YEAR, firstYear);
      lastYear = Math.min(MAX_YEAR, lastYear);
      if (lastYear - firstYear + 1 > MAX_TABLE_YEARS) {
        // Too long with room to spare: just what is needed.
        firstYear = least;
        lastYear = most;
      }
    }
    if (lastYear - firstYear + 1 > MAX_TABLE_YEARS) return;
    const first = dayNumberFromParts(firstYear, 1, 1);
    const last = dayNumberFromParts(lastYear, 12, 31);
    const before = new Int32Array(last - first + 2);
    // The running count steps up by one the day after each closed day.
    let count = 0;
    let from = 0;
    for (let year = firstYear; year <= lastYear; year += 1) {
      const sorted = this.inYear(year);
      for (let i = 0; i < sorted.length; i++) {
        const after = (sorted[i] as number) - first + 1;
        before.fill(count, from, after);
        from = after;
        count += 1;
      }
    }
    before.fill(count, from);
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.first = first;
    this.last = last;
    this.before = before;
  }
}

/** Each division's closed weekdays, shared by the calendars without closure days. */
const sharedClosedWeekdays = new Map<Division, ClosedWeekdays>();

function normaliseClosures(closures: readonly string[] | undefined): string[] {
  if (closures === undefined) return [];
  if (!Array.isArray(closures)) {
    throw new RangeError('closures must be an array of YYYY-MM-DD dates');
  }
  for (const date of closures) {
    if (!isIsoDate(date)) {
      throw new RangeError(
        `Closure days must be real dates written YYYY-MM-DD, got ${JSON.stringify(date)}`,
      );
    }
  }
  return [...new Set(closures)].sort();
}

function requireWholeNumber(n: number): void {
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`The number of working days must be a whole number, got ${String(n)}`);
  }
}

/**
 * A calendar's working-day arithmetic on day numbers (days since 1970-01-01), for code that
 * already holds day numbers and counts many times, such as the timescale evaluation: no date
 * strings are read or written. Internal: not exported from the package.
 */
export interface WorkingDayArithmetic {
  /**
   * As {@link WorkingCalendar.addWorkingDays}: the day `n` working days after `start` (before it
   * when negative). `start` must be a day number within 0001–9999 and `n` a safe integer.
   * @throws RangeError when the result falls outside 0001–9999, with the message the string form
   *   gives.
   */
  addWorkingDays(start: number, n: number): number;
  /** As {@link WorkingCalendar.workingDaysBetween}, for day numbers within 0001–9999. */
  workingDaysBetween(start: number, end: number): number;
  /**
   * Prepares for many calls about days from `first` to `last` (day numbers), so that the
   * counting table is built once for all of them rather than grown as they come. Only a hint.
   */
  reserve(first: number, last: number): void;
}

const arithmeticOf = new WeakMap<WorkingCalendar, WorkingDayArithmetic>();

/**
 * The day-number arithmetic behind a calendar made by {@link createWorkingCalendar}, which its
 * string methods use too (so both always agree); undefined for any other object.
 */
export function workingDayArithmetic(calendar: WorkingCalendar): WorkingDayArithmetic | undefined {
  return arithmeticOf.get(calendar);
}

/**
 * Creates a working-day calendar for a division and the host's closure days. It counts from a
 * table of each year's non-working days, built as dates come (calendars without closure days
 * share one per division), so each calculation is a few array reads: reuse one calendar for many
 * calculations. The closure list is copied, so later changes to the caller's array have no effect.
 *
 * ```ts
 * const calendar = createWorkingCalendar({
 *   division: 'scotland',
 *   closures: ['2024-12-27', '2024-12-30', '2024-12-31'],
 * });
 * calendar.addWorkingDays('2024-12-24', 1); // '2025-01-03' (25, 26 Dec and 1, 2 Jan are holidays)
 * ```
 * @throws RangeError for an unknown division or a closure day that is not a real date.
 */
export function createWorkingCalendar(options: WorkingCalendarOptions): WorkingCalendar {
  const { division } = options;
  requireDivision(division);
  const closures = Object.freeze(normaliseClosures(options.closures));
  const closuresByYear = new Map<number, number[]>();
  for (const date of closures) {
    const { year } = toDateParts(date);
    const list = closuresByYear.get(year) ?? [];
    list.push(toDayNumber(date));
    closuresByYear.set(year, list);
  }
  let closed = closures.length ? undefined : sharedClosedWeekdays.get(division);
  if (!closed) {
    closed = new ClosedWeekdays(division, closuresByYear);
    if (!closures.length) sharedClosedWeekdays.set(division, closed);
  }
  const days = closed;

  const isWorkingDayNumber = (day: number): boolean => !isWeekendDay(day) && !days.isClosed(day);

  const addWorkingDayNumbers = (start: number, n: number): number => {
    let current = start;
    let remaining = Math.abs(n);
    // Jump over `remaining` weekdays, then go round again for the closed weekdays jumped over.
    while (remaining > 0) {
      if (n > 0) {
        const next = weekdayAtIndex(weekdayIndex(current) + remaining);
        if (next > MAX_DAY) throw outOfRange(`${n} working days after ${fromDayNumber(start)}`);
        remaining = days.between(current + 1, next);
        current = next;
      } else {
        const next = weekdayAtIndex(weekdayIndex(current - 1) - remaining + 1);
        if (next < MIN_DAY) throw outOfRange(`${-n} working days before ${fromDayNumber(start)}`);
        remaining = days.between(next, current - 1);
        current = next;
      }
    }
    return current;
  };

  const workingDayNumbersBetween = (a: number, b: number): number => {
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    const count = weekdayIndex(hi) - weekdayIndex(lo) - days.between(lo + 1, hi);
    return b < a ? -count : count;
  };

  const addWorkingDays = (start: string, n: number): string => {
    const startDay = toDayNumber(start);
    requireWholeNumber(n);
    if (n === 0) return start;
    return fromDayNumber(addWorkingDayNumbers(startDay, n));
  };

  const workingDaysBetween = (start: string, end: string): number =>
    workingDayNumbersBetween(toDayNumber(start), toDayNumber(end));

  const isWorkingDay = (date: string): boolean => isWorkingDayNumber(toDayNumber(date));

  const bankHolidaysIn = (
    year: number,
    listOptions?: Pick<BankHolidaysOptions, 'includeClosures'>,
  ): BankHoliday[] => {
    requireYear(year);
    const holidays = holidaysOf(year, division);
    if (!listOptions?.includeClosures) return toBankHolidays(holidays);
    const onHoliday = new Set(holidays.map(({ day }) => day));
    const extra = (closuresByYear.get(year) ?? [])
      .filter((day) => !onHoliday.has(day))
      .map((day) => ({ day, title: CLOSURE_TITLE }));
    return toBankHolidays([...holidays, ...extra].sort((x, y) => x.day - y.day));
  };

  const calendar: WorkingCalendar = Object.freeze({
    division,
    closures,
    addWorkingDays,
    workingDaysBetween,
    isWorkingDay,
    bankHolidaysIn,
  });
  arithmeticOf.set(
    calendar,
    Object.freeze({
      addWorkingDays: addWorkingDayNumbers,
      workingDaysBetween: workingDayNumbersBetween,
      reserve: (first: number, last: number) => days.reserve(first, last),
    }),
  );
  return calendar;
}

/* ------------------------------------------------------------------------------------------ */
/* Free functions                                                                             */
/* ------------------------------------------------------------------------------------------ */

const defaultCalendars = new Map<Division, WorkingCalendar>();

function calendarFor(division: Division, options: WorkingDayOptions | undefined): WorkingCalendar {
  requireDivision(division);
  if (options?.closures !== undefined && options.closures.length > 0) {
    return createWorkingCalendar({ division, closures: options.closures });
  }
  let calendar = defaultCalendars.get(division);
  if (!calendar) {
    calendar = createWorkingCalendar({ division });
    defaultCalendars.set(division, calendar);
  }
  return calendar;
}

/**
 * The date reached by counting `n` working days after `start`. The start day itself is never
 * counted, whether or not it is a working day; weekends, the division's bank holidays and any
 * `options.closures` are skipped. For `n > 0` the result is always a working day.
 *
 * - `addWorkingDays('2024-12-20', 1, 'england-and-wales')` is `'2024-12-23'` (Friday → Monday).
 * - `n = 0` returns `start` unchanged.
 * - Negative `n` counts backwards the same way: the result is the `|n|`-th working day before
 *   `start` (again not counting `start`), so `addWorkingDays('2024-12-23', -1, …)` is
 *   `'2024-12-20'`.
 *
 * For many calls, use {@link createWorkingCalendar}, which caches the closure days.
 * @throws RangeError when `start` is not a real `YYYY-MM-DD` date, `n` is not a whole number, the
 *   division is unknown, a closure is not a real date, or the result falls outside 0001–9999.
 */
export function addWorkingDays(
  start: string,
  n: number,
  division: Division,
  options?: WorkingDayOptions,
): string {
  return calendarFor(division, options).addWorkingDays(start, n);
}

/**
 * The number of working days d with `start < d <= end`: the start day is not counted, the end day
 * is. When `end` is before `start` the result is the negative of the count from `end` to `start`
 * (`-workingDaysBetween(end, start)`); equal dates give 0.
 *
 * For `n >= 0`, `workingDaysBetween(s, addWorkingDays(s, n, d), d)` is `n`.
 * @throws RangeError when a date is not a real `YYYY-MM-DD` date, the division is unknown or a
 *   closure is not a real date.
 */
export function workingDaysBetween(
  start: string,
  end: string,
  division: Division,
  options?: WorkingDayOptions,
): number {
  return calendarFor(division, options).workingDaysBetween(start, end);
}

/**
 * True when `date` is a working day in the division: a Monday to Friday that is neither a bank
 * holiday nor one of `options.closures`.
 * @throws RangeError when `date` is not a real `YYYY-MM-DD` date, the division is unknown or a
 *   closure is not a real date.
 */
export function isWorkingDay(
  date: string,
  division: Division,
  options?: WorkingDayOptions,
): boolean {
  return calendarFor(division, options).isWorkingDay(date);
}

/**
 * The division's bank holidays in `year`, sorted by observed date, as `{ date, title }` objects.
 * Years the embedded GOV.UK data covers come from the data (one-off days included); other years are
 * computed by {@link bankHolidaysByRule}. Host closure days are listed only when
 * `options.includeClosures` is true.
 * @throws RangeError for a year outside 1–9999, an unknown division or a closure that is not a real
 *   date.
 */
export function bankHolidaysIn(
  year: number,
  division: Division,
  options?: BankHolidaysOptions,
): BankHoliday[] {
  const calendar = calendarFor(division, options);
  return calendar.bankHolidaysIn(year, { includeClosures: options?.includeClosures === true });
}
