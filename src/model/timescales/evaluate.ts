/**
 * Timescale evaluation: the practice model's rules applied to a case record's timeline, giving one
 * clock per due date ("assessment due 14 March, met on 10 March"). Pure and deterministic: `today`
 * is an argument, nothing reads the system clock, and the same inputs always give the same clocks.
 *
 * How entries are read:
 * - An entry takes part at the boundary its matcher names: its `date` (start), or its `end` for
 *   `boundary: "end"`. Only exact days count (`2024-03-02`, `2024-03-02T08:30`, or the object form
 *   with qualifier `exact`); an uncertain date ("about March 2024", "2019") can neither start,
 *   meet, restart nor stop a clock, so it is skipped.
 * - Entries dated after `today` are not facts yet (a planned conference, a mistyped year): they
 *   are skipped too. Evaluating with an earlier `today` therefore shows the clocks as they stood
 *   on that day.
 * - Two moments on the same day compare by time only when both have a time; otherwise they count
 *   as simultaneous. Entries of the same moment keep their order in the record.
 */
import type { CaseEvent, CaseRecord } from '../case-record/schema.js';
import { fromDayNumber, isoDayNumber } from '../calendar/dates.js';
import {
  createWorkingCalendar,
  workingDayArithmetic,
  type Division,
  type WorkingCalendar,
  type WorkingDayArithmetic,
} from '../calendar/working-days.js';
import { nationOfDivision, type FuzzyDate, type Nation } from '../common.js';
import { isExactDay, normaliseDate } from '../fuzzy-dates.js';
import type { PracticeModel } from '../practice-model/schema.js';
import { byRanges } from '../ranges.js';
import type {
  Duration,
  EventMatcher,
  RecurringRule,
  ScheduleStep,
  TimescaleRule,
  WithinRule,
} from '../practice-model/timescales.js';
import {
  categoryIndex,
  compileMatcher,
  passesAttributeTests,
  type CompiledMatcher,
} from './matching.js';
import {
  minuteOfDateTime,
  momentText,
  NO_TIME,
  parseMoment,
  shiftMomentNumbers,
  type Moment,
  type MomentNumbers,
} from './moments.js';

/**
 * Where a clock stands on `today`:
 * - `met`: the target happened on or before the due date (or date-time);
 * - `met-late`: the target happened after it;
 * - `overdue`: no target, and the due date has passed;
 * - `due`: no target, the due date has not passed, and it is within the rule's `dueSoon`;
 * - `upcoming`: no target, and the due date is further away than that.
 */
export type ClockStatus = 'upcoming' | 'due' | 'overdue' | 'met' | 'met-late';

/** The entry, at its boundary, that started or met a clock. */
export interface ClockEntry {
  /** The case event id. */
  readonly event: string;
  /** The boundary's date: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` when the entry has a time. */
  readonly date: string;
}

/** One due date of one rule, and where it stands. */
export interface TimescaleClock {
  /** The rule id. */
  readonly rule: string;
  /**
   * The entry (and boundary date) that started this clock, or that restarted it (a `restartOn`
   * entry). For a recurring rule, every clock of a chain names the chain's anchor.
   */
  readonly anchor: ClockEntry;
  /** 1 for the first due date after the anchor, 2 for the next, and so on (always 1 for `within`). */
  readonly sequence: number;
  /**
   * The due date, `YYYY-MM-DD`. For an `hours` duration counted from an entry with a time, the due
   * date-time `YYYY-MM-DDTHH:MM`.
   */
  readonly due: string;
  readonly status: ClockStatus;
  /** The entry that met the clock (`met`, `met-late`). */
  readonly metBy?: ClockEntry;
  /**
   * Calendar days late: for `met-late`, from the due date to the meeting entry's date; for
   * `overdue`, from the due date to `today` (or to the entry that ended the chain, when one did).
   * Lateness of hours on the due day itself counts 0 days.
   */
  readonly daysLate?: number;
  /** For `upcoming` and `due`: working days from `today` to the due date (0 when due today). */
  readonly workingDaysLeft?: number;
}

/** What {@link evaluateTimescales} needs besides the model and the record. */
export interface EvaluateOptions {
  /**
   * Today, `YYYY-MM-DD` (or `YYYY-MM-DDTHH:MM` to compare hour deadlines to the minute). Required:
   * the evaluation never reads the system clock.
   */
  readonly today: string;
  /**
   * The division whose bank holidays count as non-working days. Default: the record's `division`,
   * else the model's, else `england-and-wales`.
   */
  readonly division?: Division;
  /**
   * The nation whose statutory rules apply (rules with `nations`). Default: the record's `nation`,
   * else the model's, else the one the division implies (Scotland, Northern Ireland).
   */
  readonly nation?: Nation;
  /** The host's closure days (`YYYY-MM-DD`): not working days either. */
  readonly closures?: readonly string[];
}

/** The most clocks one rule yields for one record; evaluation stops there without an error. */
export const MAX_CLOCKS_PER_RULE = 10_000;

/** `dueSoon` when a rule gives none. */
export const DEFAULT_DUE_SOON: Duration = { amount: 5, unit: 'working-days' };

// ---------------------------------------------------------------------------------------------
// Evaluation context: everything computed once per record
//
// The evaluation runs once per record and view, so its code is usually cold (interpreted, not yet
// optimised) and its cost is the work it does per entry and per clock. It therefore works on
// numbers: an occurrence (one entry at one boundary) is a slot, `index * 2` for the start of
// `record.events[index]` and `index * 2 + 1` for its end; each slot's moment is read once, into a
// day number and a minute of the day; lists of occurrences are typed arrays sorted by moment; and
// date strings are written only for the clocks returned.

/** A slot's minute before it is read. */
const UNREAD = -2;
/** A slot's minute when the entry cannot take part at that boundary (uncertain, absent, future). */
const UNUSABLE = -3;

interface Context {
  readonly division: Division;
  readonly nation: Nation | undefined;
  readonly calendar: WorkingCalendar;
  readonly arithmetic: WorkingDayArithmetic | undefined;
  readonly todayDay: number;
  /** Today's minute of the day, or {@link NO_TIME}. */
  readonly todayMinute: number;
  readonly categories: ReadonlyMap<string, string>;
  readonly events: readonly CaseEvent[];
  /** Each slot's day number, once read. */
  readonly days: Int32Array;
  /** Each slot's minute of the day: {@link NO_TIME}, {@link UNREAD} or {@link UNUSABLE}. */
  readonly minutes: Int16Array;
  /**
   * What each matcher of the rules picks, by the matcher written as JSON (rules share matchers):
   * filled by one pass over the events for all of them ({@link scan}), the first time any is
   * needed.
   */
  readonly picks: Map<string, Picks>;
  /** The same, by the matcher object: each matcher is written as JSON once. */
  readonly picksByMatcher: Map<EventMatcher, Picks>;
  /** Matchers added since the last scan. */
  readonly unscanned: Picks[];
  /** What {@link collect} found for lists of several matchers, by their picks' ids. */
  readonly collected: Map<string, Occurrences>;
  /** The first and the last day {@link scan} has read (today, until it has read one). */
  first: number;
  last: number;
  /**
   * The slots one moment spans in a sort key ({@link occurrences}): a power of two, at least the
   * number of slots.
   */
  readonly slotsPerMoment: number;
}

/** The occurrences one matcher picks (see {@link scan}). */
interface Picks {
  /** Its position in {@link Context.picks}: names it in {@link Context.collected}. */
  readonly id: number;
  readonly matcher: CompiledMatcher;
  /** 1 for a matcher of period ends, else 0: added to an event's index × 2, it gives the slot. */
  readonly end: 0 | 1;
  /** The matcher's attribute tests (`matcher.where`). */
  readonly where: CompiledMatcher['where'];
  /** The slots picked whose moment is usable, in record order. */
  readonly slots: number[];
  /** The same in time order, once {@link collect} has sorted them. */
  sorted: Occurrences | undefined;
}

/**
 * Occurrences in time order: by day, then minute (no time first), then slot (record order, start
 * before end). Three parallel arrays, so searches read numbers without looking up the entry.
 */
interface Occurrences {
  readonly length: number;
  readonly slots: Int32Array;
  readonly days: Int32Array;
  /** Minute of the day, or {@link NO_TIME}. */
  readonly minutes: Int16Array;
}

const NONE: Occurrences = {
  length: 0,
  slots: new Int32Array(0),
  days: new Int32Array(0),
  minutes: new Int16Array(0),
};

/**
 * Reads an entry's date at one boundary into `context.days[slot]`, returning its minute
 * ({@link NO_TIME} when it has no time), or {@link UNUSABLE} when it is absent, not an exact day,
 * or after today. Each slot is read once, by {@link scan}, which keeps the result.
 */
function readMoment(value: FuzzyDate | undefined, context: Context, slot: number): number {
  if (value === undefined) return UNUSABLE;
  let text: string;
  if (typeof value === 'string') {
    // isExactDay for the string form: anything but a year or a month.
    if (value.length === 4 || value.length === 7) return UNUSABLE;
    text = value;
  } else {
    if (!isExactDay(value)) return UNUSABLE;
    text = normaliseDate(value).date;
  }
  let day: number;
  let minute = NO_TIME;
  const length = text.length;
  if (length === 10) {
    day = isoDayNumber(text);
  } else if (length === 16 && (minute = minuteOfDateTime(text)) >= 0) {
    day = isoDayNumber(text.slice(0, 10));
  } else {
    // Anything else parseMoment reads (seconds, which are dropped), or nothing.
    const moment = parseMoment(text);
    if (!moment) return UNUSABLE;
    day = moment.day;
    minute = moment.minute ?? NO_TIME;
  }
  if (Number.isNaN(day)) return UNUSABLE;
  // After today (compareAt, written out: this runs for every entry a rule looks at).
  const { todayDay, todayMinute } = context;
  if (
    day > todayDay ||
    (day === todayDay && minute >= 0 && todayMinute >= 0 && minute > todayMinute)
  ) {
    return UNUSABLE;
  }
  context.days[slot] = day;
  return minute;
}

function createContext(
  model: PracticeModel,
  record: CaseRecord,
  options: EvaluateOptions,
): Context {
  const today = parseMoment(options.today);
  if (!today) {
    throw new RangeError(
      `options.today must be a date written YYYY-MM-DD (or YYYY-MM-DDTHH:MM), got ${JSON.stringify(options.today)}`,
    );
  }
  const division = options.division ?? record.division ?? model.division ?? 'england-and-wales';
  const calendar = createWorkingCalendar(
    options.closures ? { division, closures: options.closures } : { division },
  );
  const events = record.events ?? [];
  let slotsPerMoment = 2;
  while (slotsPerMoment < events.length * 2) slotsPerMoment *= 2;
  return {
    division,
    nation: options.nation ?? record.nation ?? model.nation ?? nationOfDivision(division),
    calendar,
    arithmetic: workingDayArithmetic(calendar),
    todayDay: today.day,
    todayMinute: today.minute ?? NO_TIME,
    categories: categoryIndex(model),
    events,
    days: new Int32Array(events.length * 2),
    minutes: new Int16Array(events.length * 2).fill(UNREAD),
    picks: new Map(),
    picksByMatcher: new Map(),
    unscanned: [],
    collected: new Map(),
    first: today.day,
    last: today.day,
    slotsPerMoment,
  };
}

/** Registers the matchers of the rules about to be evaluated, so that one pass reads them all. */
function registerMatchers(context: Context, rules: readonly TimescaleRule[]): void {
  for (const rule of rules) {
    if (!applies(rule, context)) continue;
    picksOf(context, rule.from);
    picksOf(context, rule.target);
    for (const matcher of rule.restartOn ?? []) picksOf(context, matcher);
    for (const matcher of rule.stopOn ?? []) picksOf(context, matcher);
  }
}

function picksOf(context: Context, matcher: EventMatcher): Picks {
  let picks = context.picksByMatcher.get(matcher);
  if (picks) return picks;
  const key = JSON.stringify(matcher);
  picks = context.picks.get(key);
  if (!picks) {
    const compiled = compileMatcher(matcher);
    picks = {
      id: context.picks.size,
      matcher: compiled,
      end: compiled.boundary === 'end' ? 1 : 0,
      where: compiled.where,
      slots: [],
      sorted: undefined,
    };
    context.picks.set(key, picks);
    context.unscanned.push(picks);
  }
  context.picksByMatcher.set(matcher, picks);
  return picks;
}

/**
 * Orders two moments as `compareMoments` does: by day, then by minute when both have one
 * (a moment without a time is the same as any moment on its day).
 */
function compareAt(dayA: number, minuteA: number, dayB: number, minuteB: number): number {
  if (dayA !== dayB) return dayA - dayB;
  return minuteA >= 0 && minuteB >= 0 ? minuteA - minuteB : 0;
}

/** The order occurrences are listed in: day, minute (no time first), then slot. */
function occurrenceOrder(context: Context, a: number, b: number): number {
  return (
    (context.days[a] as number) - (context.days[b] as number) ||
    (context.minutes[a] as number) - (context.minutes[b] as number) ||
    a - b
  );
}

/** The matchers of `all` that pick entries of a type: by the type, or by its category. */
function pickersOf(all: readonly Picks[], type: string, category: string | undefined): Picks[] {
  const out: Picks[] = [];
  for (let i = 0; i < all.length; i++) {
    const picks = all[i] as Picks;
    const { types, categories } = picks.matcher;
    if (types.has(type) || (category !== undefined && categories.has(category))) out.push(picks);
  }
  return out;
}

/**
 * One pass over the events for every matcher not yet scanned: each entry a matcher picks (by
 * type or category, boundary and attribute tests) whose moment at that boundary is usable is
 * added to the matcher's slots. Each slot's moment is read once, whichever matchers pick it.
 */
function scan(context: Context): void {
  const run: ScanRun = { all: context.unscanned.splice(0), byType: new Map(), context };
  // In ranges (see ranges.ts), each scanned by one call.
  byRanges(context.events.length, (from, to) => scanRange(run, from, to));
  // Working days are counted from these days (and today) to due dates a little beyond: the
  // calendar's counting table is built for them all at once.
  context.arithmetic?.reserve(context.first, context.last);
}

/** The state of {@link scan}'s pass over the events, carried from range to range. */
interface ScanRun {
  /** The matchers being scanned for. */
  readonly all: readonly Picks[];
  /** The matchers that pick each event type, worked out once per type. */
  readonly byType: Map<string, Picks[]>;
  readonly context: Context;
}

/** Scans `events[from]` to `events[to - 1]`: one range of {@link byRanges}. */
function scanRange(run: ScanRun, from: number, to: number): void {
  const { all, byType, context } = run;
  const { events, categories, days, minutes, todayDay } = context;
  // The first and last day read: clocks are counted around them.
  let { first, last } = context;
  for (let index = from; index < to; index++) {
    const event = events[index] as CaseEvent;
    let picking = byType.get(event.type);
    if (picking === undefined) {
      picking = pickersOf(all, event.type, categories.get(event.type));
      byType.set(event.type, picking);
    }
    for (let m = 0; m < picking.length; m++) {
      const picks = picking[m] as Picks;
      const end = picks.end;
      const value = end ? event.end : event.date;
      if (value === undefined) continue;
      const where = picks.where;
      if (where !== undefined && !passesAttributeTests(where, event.attributes)) continue;
      const slot = index * 2 + end;
      let minute = minutes[slot] as number;
      if (minute === UNREAD) {
        // The usual date, a day no later than today, read here; anything else by readMoment.
        // (isoDayNumber: the timeline has read every date with it, so it is compiled by now.)
        const day = typeof value === 'string' && value.length === 10 ? isoDayNumber(value) : NaN;
        if (day <= todayDay) {
          days[slot] = day;
          minute = NO_TIME;
        } else {
          minute = readMoment(value, context, slot);
        }
        minutes[slot] = minute;
        if (minute !== UNUSABLE) {
          const read = days[slot] as number;
          if (read < first) first = read;
          if (read > last) last = read;
        }
      }
      if (minute !== UNUSABLE) picks.slots.push(slot);
    }
  }
  context.first = first;
  context.last = last;
}

/**
 * Every entry any of the matchers picks, once each, in time order. Rules share matchers (and
 * whole lists of them), so each list is sorted once.
 */
function collect(matchers: readonly EventMatcher[] | undefined, context: Context): Occurrences {
  if (!matchers?.length) return NONE;
  if (matchers.length === 1) {
    const picks = picksOf(context, matchers[0] as EventMatcher);
    if (picks.sorted === undefined) {
      if (context.unscanned.length) scan(context);
      picks.sorted = occurrences([picks], context);
    }
    return picks.sorted;
  }
  const lists = matchers.map((matcher) => picksOf(context, matcher));
  const listKey = lists.map((picks) => picks.id).join();
  let found = context.collected.get(listKey);
  if (!found) {
    if (context.unscanned.length) scan(context);
    found = occurrences(lists, context);
    context.collected.set(listKey, found);
  }
  return found;
}

/**
 * The slots the matchers picked as occurrences, in time order, each slot once (several matchers
 * may pick one). A sort key packs the moment, counted from the first day read (day × 1441 time
 * slots: none, then minutes 0 to 1439), and the slot: keys sort as numbers, natively, rather than
 * with a comparator, and a key's remainder is its slot. Keys of the records seen in practice are
 * safe integers; others' slots are sorted by comparing moments.
 */
function occurrences(lists: readonly Picks[], context: Context): Occurrences {
  let count = 0;
  for (let l = 0; l < lists.length; l++) count += (lists[l] as Picks).slots.length;
  if (count === 0) return NONE;
  const { days: slotDays, minutes: slotMinutes, first, slotsPerMoment } = context;
  const slots = new Int32Array(count);
  const days = new Int32Array(count);
  const minutes = new Int16Array(count);
  let length = 0;
  if ((context.last - first + 1) * 1441 * slotsPerMoment <= Number.MAX_SAFE_INTEGER) {
    const keys = new Float64Array(count);
    let k = 0;
    for (let l = 0; l < lists.length; l++) {
      const picked = (lists[l] as Picks).slots;
      for (let i = 0; i < picked.length; i++) {
        const slot = picked[i] as number;
        const moment =
          ((slotDays[slot] as number) - first) * 1441 + (slotMinutes[slot] as number) + 1;
        keys[k++] = moment * slotsPerMoment + slot;
      }
    }
    keys.sort();
    let previous = -1;
    for (let i = 0; i < count; i++) {
      const key = keys[i] as number;
      if (key === previous) continue;
      previous = key;
      const slot = key % slotsPerMoment;
      slots[length] = slot;
      days[length] = slotDays[slot] as number;
      minutes[length] = slotMinutes[slot] as number;
      length += 1;
    }
  } else {
    const sorted = lists.flatMap((picks) => picks.slots);
    sorted.sort((a, b) => occurrenceOrder(context, a, b));
    for (let i = 0; i < count; i++) {
      const slot = sorted[i] as number;
      if (i > 0 && slot === sorted[i - 1]) continue;
      slots[length] = slot;
      days[length] = slotDays[slot] as number;
      minutes[length] = slotMinutes[slot] as number;
      length += 1;
    }
  }
  // Several matchers may have picked the same entries: then the lists are longer than needed.
  return length === count
    ? { length, slots, days, minutes }
    : {
        length,
        slots: slots.subarray(0, length),
        days: days.subarray(0, length),
        minutes: minutes.subarray(0, length),
      };
}

/** Position of the first occurrence on or after `day`. */
function firstOnDay(list: Occurrences, day: number): number {
  const days = list.days;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ---------------------------------------------------------------------------------------------
// Clock outcomes
//
// Rules record their clocks as numbers (which entries, which days, which status); the clock
// objects and their date strings are written at the end, for every rule at once, by one loop
// (`writeClocks`) that the engine soon compiles, rather than by code spread over every rule.

const MET = 0;
const MET_LATE = 1;
const OVERDUE = 2;
const DUE = 3;
const UPCOMING = 4;
type StatusCode = typeof MET | typeof MET_LATE | typeof OVERDUE | typeof DUE | typeof UPCOMING;
const STATUSES: readonly ClockStatus[] = ['met', 'met-late', 'overdue', 'due', 'upcoming'];

/**
 * Clocks as numbers, {@link FIELDS} per clock: the rule's index in the rules evaluated, the slot
 * of the entry that started (or restarted) it, its sequence, the due day and minute (or
 * {@link NO_TIME}), the status code, the slot of the entry that met it (or -1), and its
 * `daysLate` (met late, overdue) or `workingDaysLeft` (due, upcoming), 0 when met.
 */
type ClockList = number[];
const FIELDS = 8;

/** Where the clocks of the rule being evaluated go. */
interface Placement {
  readonly list: ClockList;
  readonly rule: number;
  /** Where the rule's clocks start in the list. */
  readonly start: number;
  /** The list's length at which the rule has {@link MAX_CLOCKS_PER_RULE} clocks. */
  readonly full: number;
}

function place(
  placement: Placement,
  anchor: number,
  sequence: number,
  due: MomentNumbers,
  status: StatusCode,
  metBy: number,
  count: number,
): void {
  placement.list.push(placement.rule, anchor, sequence, due.day, due.minute, status, metBy, count);
}

/** A clock met by the target at `slot`: on time when it is no later than the due moment. */
function placeMet(
  placement: Placement,
  anchor: number,
  sequence: number,
  due: MomentNumbers,
  context: Context,
  slot: number,
): void {
  const day = context.days[slot] as number;
  if (compareAt(day, context.minutes[slot] as number, due.day, due.minute) <= 0) {
    place(placement, anchor, sequence, due, MET, slot, 0);
  } else {
    place(placement, anchor, sequence, due, MET_LATE, slot, day - due.day);
  }
}

/**
 * A clock that was still open when its chain ended (a `stopOn` entry, or a new anchor): dropped
 * when it ended no later than the due date (nothing was missed), else overdue up to that day.
 */
function placeEnded(
  placement: Placement,
  anchor: number,
  sequence: number,
  due: MomentNumbers,
  endDay: number,
  endMinute: number,
): void {
  if (compareAt(endDay, endMinute, due.day, due.minute) > 0) {
    place(placement, anchor, sequence, due, OVERDUE, -1, endDay - due.day);
  }
}

/** A clock still open today: overdue, due (within `dueSoon`) or upcoming. */
function placeOpen(
  placement: Placement,
  anchor: number,
  sequence: number,
  due: MomentNumbers,
  dueSoon: Duration | undefined,
  context: Context,
): void {
  const { todayDay, todayMinute, calendar, arithmetic } = context;
  if (compareAt(todayDay, todayMinute, due.day, due.minute) > 0) {
    place(placement, anchor, sequence, due, OVERDUE, -1, todayDay - due.day);
    return;
  }
  const soon = shiftMomentNumbers(
    due.day,
    due.minute,
    dueSoon ?? DEFAULT_DUE_SOON,
    -1,
    calendar,
    arithmetic,
  );
  const status = compareAt(todayDay, todayMinute, soon.day, soon.minute) >= 0 ? DUE : UPCOMING;
  const left = arithmetic
    ? arithmetic.workingDaysBetween(todayDay, due.day)
    : calendar.workingDaysBetween(fromDayNumber(todayDay), fromDayNumber(due.day));
  place(placement, anchor, sequence, due, status, -1, left);
}

/** The due moment `duration` after a moment. */
function dueAfter(
  context: Context,
  day: number,
  minute: number,
  duration: Duration,
): MomentNumbers {
  return shiftMomentNumbers(day, minute, duration, 1, context.calendar, context.arithmetic);
}

/**
 * Puts the rule's clocks in order: by anchor occurrence, then sequence (stably). A rule places
 * them in that order unless restart entries moved one anchor past another (a `sameEntry` clock
 * restarted after a later anchor whose own period ended first), so only a rule with restart
 * entries is checked, and reordered if need be.
 */
function orderPlaced(placement: Placement, context: Context): void {
  const { list, start } = placement;
  const compare = (i: number, j: number): number =>
    occurrenceOrder(context, list[i + 1] as number, list[j + 1] as number) ||
    (list[i + 2] as number) - (list[j + 2] as number);
  let sorted = true;
  for (let i = start + FIELDS; i < list.length && sorted; i += FIELDS) {
    sorted = compare(i - FIELDS, i) <= 0;
  }
  if (sorted) return;
  const order: number[] = [];
  for (let i = start; i < list.length; i += FIELDS) order.push(i);
  order.sort(compare);
  const copy = list.slice(start);
  for (let k = 0; k < order.length; k++) {
    const from = (order[k] as number) - start;
    for (let f = 0; f < FIELDS; f++) list[start + k * FIELDS + f] = copy[from + f] as number;
  }
}

/** "00" to "99". */
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
const FIRST_FOUR_DIGIT_DAY = -354285; // 1000-01-01
const LAST_DAY = 2932896; // 9999-12-31

/**
 * The clocks as the API returns them: entries named, dates written. One loop for every clock of
 * every rule, with the due date (`fromDayNumber`) and the entries' dates written out in it rather
 * than in helpers, so that the engine compiles it early and as a whole. Clocks of one chain share
 * their anchor's object, and due dates of one month the text of its year and month.
 */
function writeClocks(
  list: ClockList,
  rules: readonly TimescaleRule[],
  events: readonly CaseEvent[],
): TimescaleClock[] {
  const clocks: TimescaleClock[] = [];
  // "YYYY-MM-" by year × 16 + month.
  const months = new Map<number, string>();
  let ruleIndex = -1;
  let rule = '';
  let anchor: ClockEntry | undefined;
  let anchorSlot = -1;
  for (let i = 0; i < list.length; i += FIELDS) {
    if (list[i] !== ruleIndex) {
      ruleIndex = list[i] as number;
      const timescale = rules[ruleIndex] as TimescaleRule;
      rule = timescale.id;
      anchorSlot = -1;
    }
    const slot = list[i + 1] as number;
    if (slot !== anchorSlot || anchor === undefined) {
      const event = events[slot >>> 1] as CaseEvent;
      const value = (slot & 1 ? event.end : event.date) as FuzzyDate;
      const text = typeof value === 'string' ? value : value.date;
      // A day or a date-time to the minute is written as the moment reads; seconds are dropped.
      anchor = {
        event: event.id,
        date: text.length === 10 || text.length === 16 ? text : (parseMoment(text) as Moment).text,
      };
      anchorSlot = slot;
    }
    const sequence = list[i + 2] as number;
    const day = list[i + 3] as number;
    const minute = list[i + 4] as number;
    let due: string;
    if (day >= FIRST_FOUR_DIGIT_DAY && day <= LAST_DAY) {
      // fromDayNumber, by Howard Hinnant's civil_from_days; every quantity here is a
      // non-negative integer, so `| 0` floors.
      const z = day + 719468;
      const era = (z / 146097) | 0;
      const ofEra = z - era * 146097;
      const yearOfEra =
        ((ofEra - ((ofEra / 1460) | 0) + ((ofEra / 36524) | 0) - ((ofEra / 146096) | 0)) / 365) | 0;
      const ofYear = ofEra - (365 * yearOfEra + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0));
      const fromMarch = ((5 * ofYear + 2) / 153) | 0;
      const month = fromMarch < 10 ? fromMarch + 3 : fromMarch - 9;
      const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
      let yearAndMonth = months.get(year * 16 + month);
      if (yearAndMonth === undefined) {
        yearAndMonth = `${year}-${TWO_DIGITS[month] as string}-`;
        months.set(year * 16 + month, yearAndMonth);
      }
      const date =
        yearAndMonth + (TWO_DIGITS[ofYear - (((153 * fromMarch + 2) / 5) | 0) + 1] as string);
      due =
        minute === NO_TIME
          ? date
          : `${date}T${TWO_DIGITS[(minute / 60) | 0] as string}:${TWO_DIGITS[minute % 60] as string}`;
    } else {
      due = momentText(day, minute);
    }
    const status = list[i + 5] as StatusCode;
    const count = list[i + 7] as number;
    if (status === MET || status === MET_LATE) {
      const metSlot = list[i + 6] as number;
      const event = events[metSlot >>> 1] as CaseEvent;
      const value = (metSlot & 1 ? event.end : event.date) as FuzzyDate;
      const text = typeof value === 'string' ? value : value.date;
      const metBy: ClockEntry = {
        event: event.id,
        date: text.length === 10 || text.length === 16 ? text : (parseMoment(text) as Moment).text,
      };
      if (status === MET) {
        clocks.push({ rule, anchor, sequence, due, status: 'met', metBy });
      } else {
        clocks.push({ rule, anchor, sequence, due, status: 'met-late', metBy, daysLate: count });
      }
    } else if (status === OVERDUE) {
      clocks.push({ rule, anchor, sequence, due, status: 'overdue', daysLate: count });
    } else {
      clocks.push({
        rule,
        anchor,
        sequence,
        due,
        status: STATUSES[status] as ClockStatus,
        workingDaysLeft: count,
      });
    }
  }
  return clocks;
}

/**
 * One evaluation's clocks as numbers, before they are written out as objects: what the timeline
 * draws them from. Clock `i` is the `i`th clock {@link evaluateTimescales} gives (rules in order,
 * each rule's clocks by anchor, then sequence); its days are day numbers (see `isoDayNumber`).
 * Drawing 2,000 clocks this way writes no date text and reads none back.
 */
export interface ClockTable {
  /** How many clocks. */
  readonly length: number;
  /** The id of clock `i`'s rule. */
  ruleOf(i: number): string;
  /** Clock `i`'s status. */
  statusOf(i: number): ClockStatus;
  /** Clock `i`'s due day. */
  dueDayOf(i: number): number;
  /** The day of the entry that met clock `i` (on time or late); NaN when none has. */
  metDayOf(i: number): number;
  /** The day of clock `i`'s anchor entry (where it started, or restarted). */
  anchorDayOf(i: number): number;
  /** The position of clock `i`'s anchor entry in the evaluated record's `events`. */
  anchorPositionOf(i: number): number;
  /** The clocks as {@link evaluateTimescales} returns them: written on the first call, then the same array. */
  clocks(): TimescaleClock[];
}

class EvaluatedClocks implements ClockTable {
  readonly length: number;
  private written: TimescaleClock[] | undefined;

  /**
   * Keeps of the evaluation only what the clocks are read and written from: the numbers, the
   * record's events and each slot's day (not the matchers' picks and occurrences).
   */
  constructor(
    private readonly list: ClockList,
    private readonly rules: readonly TimescaleRule[],
    private readonly events: readonly CaseEvent[],
    private readonly days: Int32Array,
  ) {
    this.length = list.length / FIELDS;
  }

  ruleOf(i: number): string {
    return (this.rules[this.list[i * FIELDS] as number] as TimescaleRule).id;
  }

  statusOf(i: number): ClockStatus {
    return STATUSES[this.list[i * FIELDS + 5] as number] as ClockStatus;
  }

  dueDayOf(i: number): number {
    return this.list[i * FIELDS + 3] as number;
  }

  metDayOf(i: number): number {
    const slot = this.list[i * FIELDS + 6] as number;
    return slot < 0 ? NaN : (this.days[slot] as number);
  }

  anchorDayOf(i: number): number {
    return this.days[this.list[i * FIELDS + 1] as number] as number;
  }

  anchorPositionOf(i: number): number {
    return (this.list[i * FIELDS + 1] as number) >>> 1;
  }

  clocks(): TimescaleClock[] {
    return (this.written ??= writeClocks(this.list, this.rules, this.events));
  }
}

// ---------------------------------------------------------------------------------------------
// "within" rules

/** Finds the next unused target from an index, skipping used ones in near-constant time. */
class UnusedTargets {
  private readonly next: Int32Array;

  constructor(size: number) {
    this.next = new Int32Array(size + 1);
    for (let i = 0; i <= size; i++) this.next[i] = i;
  }

  /** The first unused index at or after `i` (`size` when none). */
  find(i: number): number {
    let root = i;
    while (this.next[root] !== root) root = this.next[root] as number;
    let current = i;
    while (current !== root) {
      const following = this.next[current] as number;
      this.next[current] = root;
      current = following;
    }
    return root;
  }

  use(i: number): void {
    this.next[i] = i + 1;
  }
}

function evaluateWithin(rule: WithinRule, context: Context, placement: Placement): void {
  const anchors = collect([rule.from], context);
  const targets = collect([rule.target], context);
  const restarts = collect(rule.restartOn, context);
  const stops = collect(rule.stopOn, context);
  const sameEntry = Boolean(rule.sameEntry);
  const unused = sameEntry ? undefined : new UnusedTargets(targets.length);
  // For `sameEntry`: each entry's own target occurrence (its position), by its record position.
  const ownTarget = new Map<number, number>();
  if (sameEntry) {
    for (let i = 0; i < targets.length; i++) {
      const index = (targets.slots[i] as number) >>> 1;
      if (!ownTarget.has(index)) ownTarget.set(index, i);
    }
  }
  const { days: targetDays, minutes: targetMinutes } = targets;
  const { days: stopDays, minutes: stopMinutes } = stops;
  // Anchors come in time order, so the first target and the first stop on or after an anchor's
  // day only move forwards: kept as cursors rather than searched for each anchor.
  let targetsFrom = 0;
  let stopsFrom = 0;

  for (let a = 0; a < anchors.length; a++) {
    if (placement.list.length >= placement.full) break;
    const anchorSlot = anchors.slots[a] as number;
    const anchorDay = anchors.days[a] as number;
    const anchorMinute = anchors.minutes[a] as number;

    // The first stop at or after the anchor (other than the anchor entry itself).
    while (stopsFrom < stops.length && (stopDays[stopsFrom] as number) < anchorDay) stopsFrom++;
    let stop = -1;
    for (let i = stopsFrom; i < stops.length; i += 1) {
      const day = stopDays[i] as number;
      if (
        (day !== anchorDay || compareAt(day, stopMinutes[i] as number, day, anchorMinute) >= 0) &&
        stops.slots[i] !== anchorSlot
      ) {
        stop = i;
        break;
      }
    }
    const stopDay = stop < 0 ? 0 : (stopDays[stop] as number);
    const stopMinute = stop < 0 ? 0 : (stopMinutes[stop] as number);

    // The target: the anchor entry itself for `sameEntry`, else the first unused target at or
    // after the anchor (and no later than a stop).
    let target = -1;
    if (unused) {
      while (targetsFrom < targets.length && (targetDays[targetsFrom] as number) < anchorDay) {
        targetsFrom++;
      }
      for (let i = unused.find(targetsFrom); i < targets.length; i = unused.find(i + 1)) {
        const day = targetDays[i] as number;
        const minute = targetMinutes[i] as number;
        if (stop >= 0 && compareAt(day, minute, stopDay, stopMinute) > 0) break;
        if (
          (day !== anchorDay || compareAt(day, minute, day, anchorMinute) >= 0) &&
          targets.slots[i] !== anchorSlot
        ) {
          target = i;
          unused.use(i);
          break;
        }
      }
    } else {
      const own = ownTarget.get(anchorSlot >>> 1);
      if (own !== undefined) {
        const day = targetDays[own] as number;
        const minute = targetMinutes[own] as number;
        if (
          compareAt(day, minute, anchorDay, anchorMinute) >= 0 &&
          (stop < 0 || compareAt(day, minute, stopDay, stopMinute) <= 0)
        ) {
          target = own;
        }
      }
    }

    // The last restart after the anchor and before the target (or the stop) moves the anchor.
    let effective = anchorSlot;
    let effectiveDay = anchorDay;
    let effectiveMinute = anchorMinute;
    if (restarts.length) {
      const limited = target >= 0 || stop >= 0;
      const limitDay = target >= 0 ? (targetDays[target] as number) : stopDay;
      const limitMinute = target >= 0 ? (targetMinutes[target] as number) : stopMinute;
      // Searched backwards from the limit's day, so the usual case costs one comparison.
      const lowest = firstOnDay(restarts, anchorDay);
      const highest = limited ? firstOnDay(restarts, limitDay + 1) : restarts.length;
      for (let i = highest - 1; i >= lowest; i -= 1) {
        const day = restarts.days[i] as number;
        const minute = restarts.minutes[i] as number;
        if (
          compareAt(day, minute, anchorDay, anchorMinute) > 0 &&
          (!limited || compareAt(day, minute, limitDay, limitMinute) < 0)
        ) {
          effective = restarts.slots[i] as number;
          effectiveDay = day;
          effectiveMinute = minute;
          break;
        }
      }
    }

    const due = dueAfter(context, effectiveDay, effectiveMinute, rule.within);
    if (target >= 0) {
      placeMet(placement, effective, 1, due, context, targets.slots[target] as number);
    } else if (stop >= 0) {
      placeEnded(placement, effective, 1, due, stopDay, stopMinute);
    } else {
      placeOpen(placement, effective, 1, due, rule.dueSoon, context);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// "recurring" rules

/** How a chain ended. */
const RUNNING = 0;
const STOPPED = 1;
const SUPERSEDED = 2;

/** A chain of due dates from one anchor (or restart) occurrence. */
interface Chain {
  readonly slot: number;
  readonly day: number;
  readonly minute: number;
  /** RUNNING (not ended), STOPPED (at a stop entry) or SUPERSEDED (by an anchor or restart). */
  end: typeof RUNNING | typeof STOPPED | typeof SUPERSEDED;
  endDay: number;
  endMinute: number;
}

/**
 * Splits the timeline into chains. Every anchor starts a chain (ending the one before); a restart
 * entry ends the running chain and starts a new one from itself, but starts nothing when no chain
 * is running; a stop entry ends the running chain. Same-moment entries: stops first, then
 * anchors, then restarts. The three lists are each in time order, so they are merged, not sorted.
 */
function chainsOf(anchors: Occurrences, restarts: Occurrences, stops: Occurrences): Chain[] {
  // A restart that is also an anchor counts as the anchor.
  const anchorSlots = new Set<number>();
  if (restarts.length) {
    for (let i = 0; i < anchors.length; i++) anchorSlots.add(anchors.slots[i] as number);
  }
  const chains: Chain[] = [];
  let running: Chain | undefined;
  let s = 0;
  let a = 0;
  let r = 0;
  for (;;) {
    while (r < restarts.length && anchorSlots.has(restarts.slots[r] as number)) r += 1;
    // Each list's next moment as a sort key (day, then minute with no time first).
    const stopKey =
      s < stops.length
        ? (stops.days[s] as number) * 1441 + (stops.minutes[s] as number)
        : Number.POSITIVE_INFINITY;
    const anchorKey =
      a < anchors.length
        ? (anchors.days[a] as number) * 1441 + (anchors.minutes[a] as number)
        : Number.POSITIVE_INFINITY;
    const restartKey =
      r < restarts.length
        ? (restarts.days[r] as number) * 1441 + (restarts.minutes[r] as number)
        : Number.POSITIVE_INFINITY;
    let list: Occurrences;
    let i: number;
    if (stopKey <= anchorKey && stopKey <= restartKey) {
      if (stopKey === Number.POSITIVE_INFINITY) break;
      if (running) {
        running.end = STOPPED;
        running.endDay = stops.days[s] as number;
        running.endMinute = stops.minutes[s] as number;
      }
      running = undefined;
      s += 1;
      continue;
    } else if (anchorKey <= restartKey) {
      list = anchors;
      i = a++;
    } else {
      r += 1;
      if (!running) continue;
      list = restarts;
      i = r - 1;
    }
    const day = list.days[i] as number;
    const minute = list.minutes[i] as number;
    if (running) {
      running.end = SUPERSEDED;
      running.endDay = day;
      running.endMinute = minute;
    }
    running = { slot: list.slots[i] as number, day, minute, end: RUNNING, endDay: 0, endMinute: 0 };
    chains.push(running);
  }
  return chains;
}

/** The steps of a schedule whose `when` tests pass on the anchor entry. */
function stepsFor(rule: RecurringRule, event: CaseEvent): readonly ScheduleStep[] {
  const schedule = rule.schedule;
  let steps: ScheduleStep[] | undefined;
  for (let i = 0; i < schedule.length; i++) {
    const step = schedule[i] as ScheduleStep;
    const passes = passesAttributeTests(step.when, event.attributes);
    if (!passes && !steps) steps = schedule.slice(0, i);
    else if (passes && steps) steps.push(step);
  }
  return steps ?? schedule;
}

/**
 * Walks one chain's schedule, placing its clocks. Steps whose `when` tests fail on the anchor
 * entry are left out; a step without `repeat` is used once; a repeating step is used until its
 * `until` (counted from the anchor) has passed at the start of the interval, then the next step
 * takes over; the last step left repeats for as long as the chain runs, whatever its `until`.
 */
function evaluateChain(
  rule: RecurringRule,
  chain: Chain,
  steps: readonly ScheduleStep[],
  targets: Occurrences,
  context: Context,
  placement: Placement,
): void {
  const { end, endDay, endMinute } = chain;
  const { days: targetDays, minutes: targetMinutes, slots: targetSlots } = targets;
  // Where the schedule stands: the step in use, whether a once-only step was used, and when the
  // step's `until` passes (worked out when first needed).
  let position = 0;
  let usedOnce = false;
  let until: MomentNumbers | undefined;

  let previousDay = chain.day;
  let previousMinute = chain.minute;
  let cursor = firstOnDay(targets, chain.day);
  for (let sequence = 1; placement.list.length < placement.full; sequence += 1) {
    // The step for the interval starting at the previous moment.
    let step: ScheduleStep | undefined;
    while (position < steps.length) {
      const candidate = steps[position] as ScheduleStep;
      if (!candidate.repeat) {
        if (!usedOnce) {
          usedOnce = true;
          step = candidate;
          break;
        }
      } else if (position === steps.length - 1 || !candidate.until) {
        step = candidate;
        break;
      } else {
        until ??= dueAfter(context, chain.day, chain.minute, candidate.until);
        if (compareAt(previousDay, previousMinute, until.day, until.minute) < 0) {
          step = candidate;
          break;
        }
      }
      position += 1;
      usedOnce = false;
      until = undefined;
    }
    if (!step) return;
    const due = dueAfter(context, previousDay, previousMinute, step.within);

    // The first target at or after the anchor (for the first clock), or strictly after the
    // previous meeting entry, inside the chain (before the entry that superseded it, no later
    // than the one that stopped it).
    let found = -1;
    for (let i = cursor; i < targets.length; i += 1) {
      const day = targetDays[i] as number;
      const minute = targetMinutes[i] as number;
      if (end !== RUNNING && day > endDay) break;
      // Targets from the cursor on are on or after the previous day: only that day's need
      // their times compared.
      const after =
        sequence === 1
          ? (day !== chain.day || compareAt(day, minute, day, chain.minute) >= 0) &&
            targetSlots[i] !== chain.slot
          : day !== previousDay || compareAt(day, minute, day, previousMinute) > 0;
      if (!after) continue;
      if (end !== RUNNING && day === endDay) {
        const order = compareAt(day, minute, endDay, endMinute);
        if (end === STOPPED ? order > 0 : order >= 0) continue;
      }
      found = i;
      break;
    }

    if (found < 0) {
      if (end !== RUNNING) placeEnded(placement, chain.slot, sequence, due, endDay, endMinute);
      else placeOpen(placement, chain.slot, sequence, due, rule.dueSoon, context);
      return;
    }
    placeMet(placement, chain.slot, sequence, due, context, targetSlots[found] as number);
    previousDay = targetDays[found] as number;
    previousMinute = targetMinutes[found] as number;
    cursor = found + 1;
  }
}

function evaluateRecurring(rule: RecurringRule, context: Context, placement: Placement): void {
  const targets = collect([rule.target], context);
  const chains = chainsOf(
    collect([rule.from], context),
    collect(rule.restartOn, context),
    collect(rule.stopOn, context),
  );
  // Steps with `when` tests are chosen per chain; without, every chain walks the whole schedule.
  const conditional = rule.schedule.some((step) => step.when !== undefined);
  for (const chain of chains) {
    if (placement.list.length >= placement.full) break;
    const steps = conditional
      ? stepsFor(rule, context.events[chain.slot >>> 1] as CaseEvent)
      : rule.schedule;
    evaluateChain(rule, chain, steps, targets, context, placement);
  }
}

// ---------------------------------------------------------------------------------------------
// Public API

/** True when the rule applies in the context's division and nation. */
function applies(rule: TimescaleRule, context: Context): boolean {
  if (rule.divisions && !rule.divisions.includes(context.division)) return false;
  return !(rule.nations && context.nation && !rule.nations.includes(context.nation));
}

/** Evaluates the rules in order, each rule's clocks sorted by anchor, then sequence. */
function evaluateAll(rules: readonly TimescaleRule[], context: Context): ClockTable {
  registerMatchers(context, rules);
  const list: ClockList = [];
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r] as TimescaleRule;
    if (!applies(rule, context)) continue;
    const start = list.length;
    const placement: Placement = {
      list,
      rule: r,
      start,
      full: start + MAX_CLOCKS_PER_RULE * FIELDS,
    };
    if (rule.kind === 'within') evaluateWithin(rule, context, placement);
    else evaluateRecurring(rule, context, placement);
    if (collect(rule.restartOn, context).length) orderPlaced(placement, context);
  }
  const table = new EvaluatedClocks(list, rules, context.events, context.days);
  // A due date past 9999-12-31 cannot be written, and the evaluation throws, as it always has: the
  // clocks are written now when any due day is outside the four-digit years (rarely, and at most
  // once), which throws for those past the calendar.
  for (let i = 3; i < list.length; i += FIELDS) {
    const day = list[i] as number;
    if (day < FIRST_FOUR_DIGIT_DAY || day > LAST_DAY) {
      table.clocks();
      break;
    }
  }
  return table;
}

/**
 * Applies every timescale rule of the model to the record's timeline, in rule order: the clocks
 * of the first rule (by anchor date, then sequence), then the second rule's, and so on.
 *
 * **`within` rules** ("target within N of anchor"): every anchor entry starts its own clock, due
 * `within` after the anchor. It is met by the first target entry at or after the anchor that no
 * earlier clock of the rule has used (with `sameEntry`, only by the anchor entry itself, usually
 * its end). The last `restartOn` entry after the anchor and before the target moves the anchor
 * there (the clock names the restart entry and is due `within` after it). The first `stopOn`
 * entry at or after the anchor ends the clock: targets after it do not count, and a clock still
 * unmet when stopped is dropped if the stop came no later than the due date (nothing was missed),
 * else it stays overdue by the days to the stop.
 *
 * **`recurring` rules** ("first within M, then at most every N"): the timeline is split into
 * chains. Each anchor entry starts a chain and ends the one before; a `restartOn` entry ends the
 * running chain and starts a new one from itself (its attributes then choose the steps); a
 * `stopOn` entry ends the running chain. Along a chain, each due date is the previous meeting
 * entry's date (the anchor's, for the first) plus the step's `within`; the step comes from the
 * schedule (see `ScheduleStep`: `when` tests on the chain's anchor entry, `repeat`, `until`
 * counted from the anchor; the last step left keeps repeating). A due date is met by the first
 * target strictly after the previous meeting entry (at or after the anchor, for the first) and
 * inside the chain (before the next anchor or restart; no later than a stop). The chain shows
 * every clock met so far plus the next one, so it never lists more than one open clock; an open
 * clock when the chain ended is dropped or overdue as for `within` rules.
 *
 * **Statuses**: `met` (target no later than due), `met-late` (after; `daysLate`), `overdue` (no
 * target, today after due; `daysLate` = today − due), `due` (no target, today no later than due
 * and no earlier than due minus `dueSoon`, default 5 working days), `upcoming` (otherwise). Open
 * clocks carry `workingDaysLeft`.
 *
 * A rule with `divisions` yields nothing unless the effective division (`options.division`, else
 * the record's, else the model's, else `england-and-wales`) is listed. Working days skip weekends,
 * that division's bank holidays and `options.closures`. At most {@link MAX_CLOCKS_PER_RULE} clocks
 * per rule.
 *
 * ```ts
 * const clocks = evaluateTimescales(model, record, { today: '2025-01-15' });
 * const overdue = clocks.filter((c) => c.status === 'overdue');
 * ```
 * @throws RangeError when `options.today` is not a date, the division is unknown or a closure
 *   day is not a real date.
 */
export function evaluateTimescales(
  model: PracticeModel,
  record: CaseRecord,
  options: EvaluateOptions,
): TimescaleClock[] {
  return evaluateClockTable(model, record, options).clocks();
}

/**
 * The clocks {@link evaluateTimescales} gives, as numbers ({@link ClockTable}): for drawing them,
 * or counting them, without writing each one out. `clocks()` writes them when they are needed.
 * @throws RangeError as {@link evaluateTimescales} does.
 */
export function evaluateClockTable(
  model: PracticeModel,
  record: CaseRecord,
  options: EvaluateOptions,
): ClockTable {
  return evaluateAll(model.timescales, createContext(model, record, options));
}

/**
 * Applies one timescale rule (which need not be in the model) to the record: the clocks
 * {@link evaluateTimescales} gives for that rule, sorted by anchor date, then sequence.
 * @throws RangeError when `options.today` is not a date, the division is unknown or a closure
 *   day is not a real date.
 */
export function evaluateRule(
  rule: TimescaleRule,
  model: PracticeModel,
  record: CaseRecord,
  options: EvaluateOptions,
): TimescaleClock[] {
  return evaluateAll([rule], createContext(model, record, options)).clocks();
}
