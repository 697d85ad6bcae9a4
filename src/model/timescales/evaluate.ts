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
import {
  createWorkingCalendar,
  type Division,
  type WorkingCalendar,
} from '../calendar/working-days.js';
import { nationOfDivision, type FuzzyDate, type Nation } from '../common.js';
import { isExactDay, normaliseDate } from '../fuzzy-dates.js';
import type { PracticeModel } from '../practice-model/schema.js';
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
  indexByType,
  passesAttributeTests,
  positionsMatching,
} from './matching.js';
import { compareMoments, parseMoment, shiftMoment, type Moment } from './moments.js';

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

/** One matched entry at one boundary, with the exact moment it happened. */
interface Occurrence {
  readonly event: CaseEvent;
  /** Position in `record.events`: the tie-break for entries of the same moment. */
  readonly index: number;
  readonly boundary: 'start' | 'end';
  readonly moment: Moment;
}

interface Context {
  readonly division: Division;
  readonly nation: Nation | undefined;
  readonly calendar: WorkingCalendar;
  readonly today: Moment;
  readonly categories: ReadonlyMap<string, string>;
  readonly events: readonly CaseEvent[];
  /** Positions in `events` of each event type's events, in record order. */
  readonly byType: ReadonlyMap<string, readonly number[]>;
  /**
   * Each event's start and end moment, read when a matcher first picks the event: undefined when
   * uncertain, absent or after today; `null` until read.
   */
  readonly starts: (Moment | undefined | null)[];
  readonly ends: (Moment | undefined | null)[];
  /** What {@link collect} found, by its matchers written as JSON: rules share matchers. */
  readonly collected: Map<string, readonly Occurrence[]>;
}

function exactMoment(value: FuzzyDate | undefined, today: Moment): Moment | undefined {
  if (value === undefined || !isExactDay(value)) return undefined;
  const moment = parseMoment(typeof value === 'string' ? value : normaliseDate(value).date);
  return moment && compareMoments(moment, today) <= 0 ? moment : undefined;
}

/** The moment of an event at a boundary (see {@link Context.starts}). */
function momentAt(context: Context, index: number, boundary: 'start' | 'end'): Moment | undefined {
  const cache = boundary === 'end' ? context.ends : context.starts;
  let moment = cache[index];
  if (moment === null) {
    const event = context.events[index] as CaseEvent;
    moment = exactMoment(boundary === 'end' ? event.end : event.date, context.today);
    cache[index] = moment;
  }
  return moment;
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
  return {
    division,
    nation: options.nation ?? record.nation ?? model.nation ?? nationOfDivision(division),
    calendar,
    today,
    categories: categoryIndex(model),
    events,
    byType: indexByType(events),
    starts: new Array<Moment | undefined | null>(events.length).fill(null),
    ends: new Array<Moment | undefined | null>(events.length).fill(null),
    collected: new Map(),
  };
}

function occurrenceOrder(a: Occurrence, b: Occurrence): number {
  return (
    a.moment.day - b.moment.day ||
    (a.moment.minute ?? -1) - (b.moment.minute ?? -1) ||
    a.index - b.index ||
    (a.boundary === b.boundary ? 0 : a.boundary === 'start' ? -1 : 1)
  );
}

/**
 * Every entry any of the matchers picks, once each, in time order. Only the events of the types a
 * matcher names (or whose category it names) are looked at, through the context's type index.
 */
function collect(
  matchers: readonly EventMatcher[] | undefined,
  context: Context,
): readonly Occurrence[] {
  if (!matchers?.length) return [];
  const key = JSON.stringify(matchers);
  let found = context.collected.get(key);
  if (!found) {
    found = collectAll(matchers, context);
    context.collected.set(key, found);
  }
  return found;
}

/** Slots of an occurrence in the sort keys of {@link collectAll}: two boundaries of 2^20 events. */
const SLOTS = 2 ** 21;

function collectAll(matchers: readonly EventMatcher[], context: Context): Occurrence[] {
  // Sort keys pack the moment (day × 1441 time slots: none, then minutes 0 to 1439), the record
  // position and the boundary (start first), in {@link occurrenceOrder}'s order: sorted as
  // numbers, not with the comparator, the slowest step of a large record.
  const keys: number[] = [];
  const slots: number[] = [];
  let exact = context.events.length < SLOTS / 2;
  // One matcher cannot pick an entry twice; several can.
  const seen = matchers.length > 1 ? new Set<number>() : undefined;
  for (const matcher of matchers) {
    const compiled = compileMatcher(matcher);
    const boundary = compiled.boundary;
    const end = boundary === 'end' ? 1 : 0;
    const positions = positionsMatching(
      compiled,
      context.events,
      context.byType,
      context.categories,
    );
    for (let p = 0; p < positions.length; p++) {
      const index = positions[p] as number;
      const moment = momentAt(context, index, boundary);
      if (moment === undefined) continue;
      const slot = index * 2 + end;
      if (seen) {
        if (seen.has(slot)) continue;
        seen.add(slot);
      }
      const key = (moment.day * 1441 + (moment.minute ?? -1) + 1) * SLOTS + slot;
      if (!Number.isSafeInteger(key)) exact = false;
      keys.push(key);
      slots.push(slot);
    }
  }
  const sorted = exact ? new Float64Array(keys).sort() : undefined;
  const found: Occurrence[] = new Array<Occurrence>(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = sorted ? (sorted[i] as number) : 0;
    const slot = sorted ? key - Math.floor(key / SLOTS) * SLOTS : (slots[i] as number);
    const index = Math.floor(slot / 2);
    const boundary = slot % 2 ? 'end' : 'start';
    found[i] = {
      event: context.events[index] as CaseEvent,
      index,
      boundary,
      moment: momentAt(context, index, boundary) as Moment,
    };
  }
  return sorted ? found : found.sort(occurrenceOrder);
}

function sameOccurrence(a: Occurrence, b: Occurrence): boolean {
  return a.index === b.index && a.boundary === b.boundary;
}

/** Index of the first occurrence on or after `day` (occurrences sorted). */
function firstOnDay(list: readonly Occurrence[], day: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].moment.day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first occurrence at or after `from` (other than `from` itself). */
function firstAtOrAfter(list: readonly Occurrence[], from: Occurrence): Occurrence | undefined {
  for (let i = firstOnDay(list, from.moment.day); i < list.length; i += 1) {
    const candidate = list[i];
    if (compareMoments(candidate.moment, from.moment) >= 0 && !sameOccurrence(candidate, from)) {
      return candidate;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Clock outcomes

type ClockBase = Pick<TimescaleClock, 'rule' | 'anchor' | 'sequence' | 'due'>;

function entry(occurrence: Occurrence): ClockEntry {
  return { event: occurrence.event.id, date: occurrence.moment.text };
}

/** A clock met by `target`: on time when it is no later than the due moment. */
function metClock(base: ClockBase, due: Moment, target: Occurrence): TimescaleClock {
  if (compareMoments(target.moment, due) <= 0) {
    return { ...base, status: 'met', metBy: entry(target) };
  }
  return {
    ...base,
    status: 'met-late',
    metBy: entry(target),
    daysLate: target.moment.day - due.day,
  };
}

/**
 * A clock that was still open when its chain ended (a `stopOn` entry, or a new anchor): dropped
 * when it ended no later than the due date (nothing was missed), else overdue up to that day.
 */
function endedClock(base: ClockBase, due: Moment, end: Moment): TimescaleClock | undefined {
  if (compareMoments(end, due) <= 0) return undefined;
  return { ...base, status: 'overdue', daysLate: end.day - due.day };
}

/** A clock still open today: overdue, due (within `dueSoon`) or upcoming. */
function openClock(
  base: ClockBase,
  due: Moment,
  dueSoon: Duration | undefined,
  context: Context,
): TimescaleClock {
  const { today, calendar } = context;
  if (compareMoments(today, due) > 0) {
    return { ...base, status: 'overdue', daysLate: today.day - due.day };
  }
  const soon = shiftMoment(due, dueSoon ?? DEFAULT_DUE_SOON, -1, calendar);
  return {
    ...base,
    status: compareMoments(today, soon) >= 0 ? 'due' : 'upcoming',
    workingDaysLeft: calendar.workingDaysBetween(today.date, due.date),
  };
}

/** A clock and the occurrence it is sorted by (its anchor). */
interface Placed {
  readonly clock: TimescaleClock;
  readonly anchor: Occurrence;
}

// ---------------------------------------------------------------------------------------------
// "within" rules

/** Finds the next unused target from an index, skipping used ones in near-constant time. */
class UnusedTargets {
  private readonly next: Int32Array;

  constructor(size: number) {
    this.next = Int32Array.from({ length: size + 1 }, (_, i) => i);
  }

  /** The first unused index at or after `i` (`size` when none). */
  find(i: number): number {
    let root = i;
    while (this.next[root] !== root) root = this.next[root];
    let current = i;
    while (current !== root) {
      const following = this.next[current];
      this.next[current] = root;
      current = following;
    }
    return root;
  }

  use(i: number): void {
    this.next[i] = i + 1;
  }
}

function evaluateWithin(rule: WithinRule, context: Context): Placed[] {
  const anchors = collect([rule.from], context);
  const targets = collect([rule.target], context);
  const restarts = collect(rule.restartOn, context);
  const stops = collect(rule.stopOn, context);
  const unused = new UnusedTargets(targets.length);
  // For `sameEntry`: each entry's own target occurrence, by its position in the record.
  const ownTarget = new Map<number, Occurrence>();
  if (rule.sameEntry) {
    for (const target of targets) {
      if (!ownTarget.has(target.index)) ownTarget.set(target.index, target);
    }
  }
  const placed: Placed[] = [];

  for (const anchor of anchors) {
    if (placed.length >= MAX_CLOCKS_PER_RULE) break;
    const stop = firstAtOrAfter(stops, anchor);
    const beforeStop = (t: Occurrence) => !stop || compareMoments(t.moment, stop.moment) <= 0;

    // The target: the anchor entry itself for `sameEntry`, else the first unused target at or
    // after the anchor (and no later than a stop).
    let target: Occurrence | undefined;
    if (rule.sameEntry) {
      const own = ownTarget.get(anchor.index);
      if (own && compareMoments(own.moment, anchor.moment) >= 0 && beforeStop(own)) target = own;
    } else {
      for (
        let i = unused.find(firstOnDay(targets, anchor.moment.day));
        i < targets.length;
        i = unused.find(i + 1)
      ) {
        const candidate = targets[i];
        if (!beforeStop(candidate)) break;
        if (
          compareMoments(candidate.moment, anchor.moment) >= 0 &&
          !sameOccurrence(candidate, anchor)
        ) {
          target = candidate;
          unused.use(i);
          break;
        }
      }
    }

    // The last restart after the anchor and before the target (or the stop) moves the anchor.
    const limit = target ?? stop;
    // Searched backwards from the limit's day, so the usual case costs one comparison.
    let effective = anchor;
    const lowest = firstOnDay(restarts, anchor.moment.day);
    const highest = limit ? firstOnDay(restarts, limit.moment.day + 1) : restarts.length;
    for (let i = highest - 1; i >= lowest; i -= 1) {
      const restart = restarts[i];
      if (
        compareMoments(restart.moment, anchor.moment) > 0 &&
        (!limit || compareMoments(restart.moment, limit.moment) < 0)
      ) {
        effective = restart;
        break;
      }
    }

    const due = shiftMoment(effective.moment, rule.within, 1, context.calendar);
    const base: ClockBase = { rule: rule.id, anchor: entry(effective), sequence: 1, due: due.text };
    const clock = target
      ? metClock(base, due, target)
      : stop
        ? endedClock(base, due, stop.moment)
        : openClock(base, due, rule.dueSoon, context);
    if (clock) placed.push({ clock, anchor: effective });
  }
  return placed;
}

// ---------------------------------------------------------------------------------------------
// "recurring" rules

/** How a chain ended: at a stop entry, or superseded by a new anchor or a restart. */
interface ChainEnd {
  readonly moment: Moment;
  readonly kind: 'stopped' | 'superseded';
}

interface Chain {
  readonly anchor: Occurrence;
  end?: ChainEnd;
}

const STOP = 0;
const ANCHOR = 1;
const RESTART = 2;
type Signal = typeof STOP | typeof ANCHOR | typeof RESTART;

/**
 * Splits the timeline into chains. Every anchor starts a chain (ending the one before); a restart
 * entry ends the running chain and starts a new one from itself, but starts nothing when no chain
 * is running; a stop entry ends the running chain. Same-moment entries: stops first, then
 * anchors, then restarts.
 */
function chainsOf(
  anchors: readonly Occurrence[],
  restarts: readonly Occurrence[],
  stops: readonly Occurrence[],
): Chain[] {
  const anchorKeys = new Set(anchors.map((a) => `${a.index}:${a.boundary}`));
  const signals: { readonly occurrence: Occurrence; readonly signal: Signal }[] = [
    ...stops.map((occurrence) => ({ occurrence, signal: STOP as Signal })),
    ...anchors.map((occurrence) => ({ occurrence, signal: ANCHOR as Signal })),
    ...restarts
      .filter((r) => !anchorKeys.has(`${r.index}:${r.boundary}`))
      .map((occurrence) => ({ occurrence, signal: RESTART as Signal })),
  ];
  signals.sort(
    (a, b) =>
      a.occurrence.moment.day - b.occurrence.moment.day ||
      (a.occurrence.moment.minute ?? -1) - (b.occurrence.moment.minute ?? -1) ||
      a.signal - b.signal ||
      occurrenceOrder(a.occurrence, b.occurrence),
  );

  const chains: Chain[] = [];
  let running: Chain | undefined;
  for (const { occurrence, signal } of signals) {
    if (signal === STOP) {
      if (running) running.end = { moment: occurrence.moment, kind: 'stopped' };
      running = undefined;
      continue;
    }
    if (signal === RESTART && !running) continue;
    if (running) running.end = { moment: occurrence.moment, kind: 'superseded' };
    running = { anchor: occurrence };
    chains.push(running);
  }
  return chains;
}

/**
 * Walks a schedule for one chain. Steps whose `when` tests fail on the anchor entry are left out;
 * a step without `repeat` is used once; a repeating step is used until its `until` (counted from
 * the anchor) has passed at the start of the interval, then the next step takes over; the last
 * step left repeats for as long as the chain runs, whatever its `until`.
 */
class SchedulePicker {
  private readonly steps: readonly ScheduleStep[];
  private position = 0;
  private usedOnce = false;
  private untilMoment: Moment | undefined;

  constructor(
    schedule: readonly ScheduleStep[],
    private readonly anchor: Occurrence,
    private readonly calendar: WorkingCalendar,
  ) {
    this.steps = schedule.filter((step) =>
      passesAttributeTests(step.when, anchor.event.attributes),
    );
  }

  /** The step for the interval starting at `from`, or undefined when the schedule is used up. */
  next(from: Moment): ScheduleStep | undefined {
    while (this.position < this.steps.length) {
      const step = this.steps[this.position];
      const isLast = this.position === this.steps.length - 1;
      if (!step.repeat) {
        if (!this.usedOnce) {
          this.usedOnce = true;
          return step;
        }
      } else if (isLast || !step.until) {
        return step;
      } else {
        this.untilMoment ??= shiftMoment(this.anchor.moment, step.until, 1, this.calendar);
        if (compareMoments(from, this.untilMoment) < 0) return step;
      }
      this.position += 1;
      this.usedOnce = false;
      this.untilMoment = undefined;
    }
    return undefined;
  }
}

function evaluateChain(
  rule: RecurringRule,
  chain: Chain,
  targets: readonly Occurrence[],
  context: Context,
  placed: Placed[],
): void {
  const { anchor, end } = chain;
  const picker = new SchedulePicker(rule.schedule, anchor, context.calendar);
  const inWindow = (t: Occurrence): boolean =>
    !end ||
    (end.kind === 'stopped'
      ? compareMoments(t.moment, end.moment) <= 0
      : compareMoments(t.moment, end.moment) < 0);

  let previous = anchor.moment;
  let cursor = firstOnDay(targets, anchor.moment.day);
  for (let sequence = 1; placed.length < MAX_CLOCKS_PER_RULE; sequence += 1) {
    const step = picker.next(previous);
    if (!step) return;
    const due = shiftMoment(previous, step.within, 1, context.calendar);
    const base: ClockBase = { rule: rule.id, anchor: entry(anchor), sequence, due: due.text };

    // The first target at or after the anchor (for the first clock), or strictly after the
    // previous meeting entry, inside the chain.
    let found = -1;
    for (let i = cursor; i < targets.length; i += 1) {
      const candidate = targets[i];
      if (end && candidate.moment.day > end.moment.day) break;
      const after =
        sequence === 1
          ? compareMoments(candidate.moment, anchor.moment) >= 0 &&
            !sameOccurrence(candidate, anchor)
          : compareMoments(candidate.moment, previous) > 0;
      if (after && inWindow(candidate)) {
        found = i;
        break;
      }
    }

    if (found < 0) {
      const clock = end
        ? endedClock(base, due, end.moment)
        : openClock(base, due, rule.dueSoon, context);
      if (clock) placed.push({ clock, anchor });
      return;
    }
    const target = targets[found];
    placed.push({ clock: metClock(base, due, target), anchor });
    previous = target.moment;
    cursor = found + 1;
  }
}

function evaluateRecurring(rule: RecurringRule, context: Context): Placed[] {
  const targets = collect([rule.target], context);
  const chains = chainsOf(
    collect([rule.from], context),
    collect(rule.restartOn, context),
    collect(rule.stopOn, context),
  );
  const placed: Placed[] = [];
  for (const chain of chains) {
    if (placed.length >= MAX_CLOCKS_PER_RULE) break;
    evaluateChain(rule, chain, targets, context, placed);
  }
  return placed;
}

// ---------------------------------------------------------------------------------------------
// Public API

function evaluateIn(rule: TimescaleRule, context: Context): TimescaleClock[] {
  if (rule.divisions && !rule.divisions.includes(context.division)) return [];
  if (rule.nations && context.nation && !rule.nations.includes(context.nation)) return [];
  const placed =
    rule.kind === 'within' ? evaluateWithin(rule, context) : evaluateRecurring(rule, context);
  return placed
    .sort((a, b) => occurrenceOrder(a.anchor, b.anchor) || a.clock.sequence - b.clock.sequence)
    .map((p) => p.clock);
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
  const context = createContext(model, record, options);
  return model.timescales.flatMap((rule) => evaluateIn(rule, context));
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
  return evaluateIn(rule, createContext(model, record, options));
}
