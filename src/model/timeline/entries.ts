/**
 * Timeline entries: the case record's events read once into numbers the timeline can draw. Each
 * entry knows its lane, category and kind from the practice model, its start and end as day
 * numbers, whether its dates are uncertain (the span they may mean, drawn as a fuzzy band) and
 * whether it is significant. What cannot be placed as written is still placed where it can be
 * (an unknown type goes to the "Other" lane; an end before the start leaves the period open), and
 * every such decision is listed as an issue with its path in the record (`events[3].type`).
 *
 * Never throws, whatever the record holds: this is the first function to see a record that has
 * not been through `readCaseRecord`.
 */
import { isoDayNumber, toDayNumber } from '../calendar/dates.js';
import type { CaseEvent, CaseRecord } from '../case-record/schema.js';
import { DATE_QUALIFIERS, isPartialDate, type FuzzyDate, type LocalisedText } from '../common.js';
import { dateSpan, normaliseDate, type DaySpan } from '../fuzzy-dates.js';
import { issue, type ValidationIssue } from '../issues.js';
import {
  EVENT_CATEGORIES,
  type EventCategory,
  type EventType,
  type PracticeModel,
} from '../practice-model/schema.js';
import { byRanges } from '../ranges.js';
import { redactRecord, type RedactionMarker } from '../redaction.js';
import { clampDay, MAX_DAY, MIN_DAY, MINUTES_PER_DAY, type DayRange } from './days.js';

/**
 * The id of the lane that holds entries whose type (or whose type's lane) the practice model does
 * not define, and entries withheld from the audience. Never a valid model id, so it cannot clash.
 */
export const OTHER_LANE = '(other)';

/** The label of the "Other" lane, for views that do not have a message of their own for it. */
export const OTHER_LANE_LABEL: LocalisedText = { 'en-GB': 'Other', cy: 'Arall' };

/** Issues past this many are summed up in one last `too-many-issues` issue. */
export const MAX_ENTRY_ISSUES = 1000;

/** One case event, ready to draw. Day numbers are days since 1970-01-01 (see `days.ts`). */
export interface TimelineEntry {
  /** The case event id. */
  readonly id: string;
  /** The event's position in `record.events`: the record order, and the issue path. */
  readonly index: number;
  /** The case event as the record holds it (after redaction, when an audience was given). */
  readonly event: CaseEvent;
  /** The event type id as written. */
  readonly type: string;
  /** What the library knows the type to mean; `other` for an unknown type. */
  readonly category: EventCategory;
  /** The lane id it is drawn in: the type's lane, or {@link OTHER_LANE}. */
  readonly lane: string;
  readonly kind: 'point' | 'period';
  /** Where it is drawn from: the first day its date may mean, plus the time of day when known. */
  readonly start: number;
  /**
   * Where a period is drawn to: its end (the first day an uncertain end may mean, plus the time
   * of day when known), or for an open period the end of `today` (or the end of the latest entry
   * when no `today` was given). Equal to `start` for a point.
   */
  readonly end: number;
  /** A period with no end yet (or whose end was unusable): drawn up to `end`, flagged open. */
  readonly open: boolean;
  /** Minutes after midnight of the start, when the record gives a time. */
  readonly minute: number | undefined;
  /**
   * The days the start may mean when it is not an exact day (`2019`, `about May 2019`, `before
   * 2019-05-14`): `earliest` to `latest`, both inclusive day numbers as `dateSpan` gives them, so
   * the fuzzy band runs from `earliest` to the end of `latest` (`latest + 1`).
   */
  readonly uncertain: DaySpan | undefined;
  /** The same for an uncertain end of a period. */
  readonly endUncertain: DaySpan | undefined;
  /** The drawn extent, fuzzy bands included: from `from` to `to`. Used for fitting and queries. */
  readonly from: number;
  readonly to: number;
  /** Belongs in a "significant events only" view (see {@link isSignificantEvent}). */
  readonly significant: boolean;
  /** Ids of the people it is about that the record holds (dangling references are dropped). */
  readonly persons: readonly string[];
  /** The source agency id, when the record holds that agency. */
  readonly agency: string | undefined;
  /** A marker standing for an entry withheld from the audience: it has dates and nothing else. */
  readonly redacted: boolean;
}

/** What {@link timelineEntries} found: entries in chronology order, and every problem. */
export interface TimelineEntries {
  readonly entries: readonly TimelineEntry[];
  readonly issues: readonly ValidationIssue[];
  /** From the earliest `from` to the latest `to` of the entries; undefined when there are none. */
  readonly extent: DayRange | undefined;
}

/** Options of {@link timelineEntries}. */
export interface TimelineEntriesOptions {
  /** `YYYY-MM-DD`: open periods are drawn to the end of this day. */
  readonly today?: string;
  /** Redact the record for this audience id first (see `redactRecord`). */
  readonly audience?: string;
  /**
   * The lowest explicit significance that counts as significant: `medium` (the default, as the
   * chronology table counts it) or `high`.
   */
  readonly significance?: 'medium' | 'high';
}

/**
 * True when an event belongs in a "significant events only" view: its own significance reaches
 * `threshold` (medium or high by default), or, when it has none, its type is significant by
 * default. An explicit `low` always wins over the type's default.
 */
export function isSignificantEvent(
  event: Pick<CaseEvent, 'significance'>,
  type: Pick<EventType, 'significant'> | undefined,
  threshold: 'medium' | 'high' = 'medium',
): boolean {
  if (event.significance !== undefined) {
    return threshold === 'high' ? event.significance === 'high' : event.significance !== 'low';
  }
  return type?.significant === true;
}

/** Orders entries for a chronology: by start, then time of day (none first), then record order. */
export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  return a.start - b.start || (a.minute ?? -1) - (b.minute ?? -1) || a.index - b.index;
}

const CATEGORY_SET: ReadonlySet<string> = new Set(EVENT_CATEGORIES);

/** A fuzzy date read into numbers. */
interface ReadDate {
  /** The first and last day it may mean (inclusive day numbers, clamped). */
  readonly earliest: number;
  readonly latest: number;
  /** The day number to draw at: the first day, plus the time when exact to the minute. */
  readonly at: number;
  readonly minute: number | undefined;
  readonly exact: boolean;
}

function isFuzzyDate(value: unknown): value is FuzzyDate {
  if (typeof value === 'string') return isPartialDate(value);
  if (typeof value !== 'object' || value === null) return false;
  const { date, qualifier, until } = value as Record<string, unknown>;
  if (typeof date !== 'string' || !isPartialDate(date)) return false;
  if (qualifier !== undefined && !(DATE_QUALIFIERS as readonly unknown[]).includes(qualifier))
    return false;
  return until === undefined || (typeof until === 'string' && isPartialDate(until));
}

function exactDay(day: number, minute: number | undefined): ReadDate {
  const at = minute === undefined ? day : Math.min(MAX_DAY, day + minute / MINUTES_PER_DAY);
  return { earliest: day, latest: day, at, minute, exact: true };
}

/** The value of the two ASCII digits at `i` of `text`, or -1. */
function twoDigits(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * `YYYY-MM-DD` and `YYYY-MM-DDTHH:MM`, nearly every date of a record, read without the general
 * path's validation and normalised copies; `null` for any other form.
 */
function readPlainDate(value: string): ReadDate | undefined | null {
  if (value.length === 10) {
    const day = isoDayNumber(value);
    return Number.isNaN(day) ? undefined : exactDay(day, undefined);
  }
  if (value.length !== 16) return null;
  const hours = twoDigits(value, 11);
  const minutes = twoDigits(value, 14);
  if (value.charCodeAt(10) !== 84 || value.charCodeAt(13) !== 58) return undefined;
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return undefined;
  const day = isoDayNumber(value.slice(0, 10));
  return Number.isNaN(day) ? undefined : exactDay(day, hours * 60 + minutes);
}

function readDate(value: unknown): ReadDate | undefined {
  if (typeof value === 'string') {
    const plain = readPlainDate(value);
    if (plain !== null) return plain;
  }
  if (!isFuzzyDate(value)) return undefined;
  let span: DaySpan;
  try {
    span = dateSpan(value);
  } catch {
    // dateSpan cannot reach past 9999 for some partial dates ("9999-12"); read the written day.
    const d = normaliseDate(value);
    const first =
      d.date.length === 4
        ? `${d.date}-01-01`
        : d.date.length === 7
          ? `${d.date}-01`
          : d.date.slice(0, 10);
    try {
      const day = toDayNumber(first);
      span = { earliest: day, latest: Math.max(day, MAX_DAY - 1) };
    } catch {
      return undefined;
    }
  }
  const earliest = clampDay(span.earliest);
  const latest = clampDay(Math.max(span.latest, span.earliest), earliest);
  const d = normaliseDate(value);
  const exact = d.qualifier === 'exact' && (d.precision === 'day' || d.precision === 'minute');
  const minute =
    exact && d.precision === 'minute'
      ? Number(d.date.slice(11, 13)) * 60 + Number(d.date.slice(14, 16))
      : undefined;
  return {
    earliest,
    latest,
    at: Math.min(MAX_DAY, earliest + (minute ?? 0) / MINUTES_PER_DAY),
    minute,
    exact,
  };
}

/** The span of an uncertain date, for the fuzzy band; undefined for an exact one. */
function uncertainSpan(date: ReadDate): DaySpan | undefined {
  return date.exact ? undefined : { earliest: date.earliest, latest: date.latest };
}

/** A value the record holds where an id belongs, as text for a message's params. */
function named(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

/** The problems met while reading the events: at most {@link MAX_ENTRY_ISSUES}, then a count. */
interface EntryIssues {
  readonly list: ValidationIssue[];
  dropped: number;
}

/** Whether another problem may be listed; when not, it is counted. */
function room(issues: EntryIssues): boolean {
  if (issues.list.length < MAX_ENTRY_ISSUES) return true;
  issues.dropped += 1;
  return false;
}

// What cannot be placed as written is reported by the functions below, out of the loop over the
// events: that loop runs cold at a first render, and the less it holds, the sooner it runs fast.

function reportNotEvent(issues: EntryIssues, index: number): void {
  if (room(issues))
    issues.list.push(
      issue(['events', index], 'invalid-event', 'is not an event with an id; left out', {
        variant: 'not-event',
      }),
    );
}

function reportUnreadableDate(issues: EntryIssues, index: number): void {
  if (room(issues))
    issues.list.push(
      issue(
        ['events', index, 'date'],
        'invalid-event',
        'is not a date the timeline can read; the entry is left out',
        { variant: 'date' },
      ),
    );
}

/** An unknown type, or a type whose lane the model does not have. */
function reportType(
  issues: EntryIssues,
  index: number,
  typeId: string,
  known: KnownType | undefined,
): void {
  if (known) {
    const lane = known.type.lane;
    if (room(issues))
      issues.list.push(
        issue(
          ['events', index, 'type'],
          'unknown-lane',
          `has type ${show(typeId)}, whose lane ${show(lane)} is not one of the model's lanes; shown in the "Other" lane`,
          { variant: 'type-lane', type: typeId, lane },
        ),
      );
    return;
  }
  if (room(issues))
    issues.list.push(
      issue(
        ['events', index, 'type'],
        'unknown-event-type',
        `refers to event type ${show(typeId)}, which is not in the practice model; shown in the "Other" lane`,
        { type: typeId },
      ),
    );
}

function reportEndOnPoint(issues: EntryIssues, index: number, typeId: string): void {
  if (room(issues))
    issues.list.push(
      issue(
        ['events', index, 'end'],
        'end-on-point',
        `${show(typeId)} is a point in time and cannot have an end; the end is ignored`,
        { type: typeId },
      ),
    );
}

function reportUnusableEnd(issues: EntryIssues, index: number, readable: boolean): void {
  if (!readable) {
    if (room(issues))
      issues.list.push(
        issue(
          ['events', index, 'end'],
          'invalid-end',
          'is not a date the timeline can read; the entry is shown as open',
        ),
      );
    return;
  }
  if (room(issues))
    issues.list.push(
      issue(
        ['events', index, 'end'],
        'end-before-start',
        'is before the start date; the entry is shown as open',
        { variant: 'event-end' },
      ),
    );
}

function reportAgency(issues: EntryIssues, index: number, agency: unknown): void {
  if (room(issues))
    issues.list.push(
      issue(
        ['events', index, 'agency'],
        'dangling-reference',
        `refers to agency ${show(agency)}, which is not in the record; the reference is dropped`,
        { variant: 'agency', ref: named(agency) },
      ),
    );
}

/**
 * The people of an event whose list holds something other than a person of the record from
 * position `first` on (a hole, a dangling id, not an id): a copy without those, each reported.
 */
function keptPersons(
  issues: EntryIssues,
  index: number,
  list: readonly unknown[],
  first: number,
  persons: ReadonlySet<unknown> | undefined,
): string[] {
  const copy = list.slice(0, first) as string[];
  for (let j = first; j < list.length; j++) {
    const person: unknown = list[j];
    if (person === undefined && !(j in list)) continue; // a hole
    if (typeof person === 'string' && (!persons || persons.has(person))) {
      copy.push(person);
      continue;
    }
    if (room(issues))
      issues.list.push(
        issue(
          ['events', index, 'persons', j],
          'dangling-reference',
          `refers to person ${show(person)}, who is not in the record; the reference is dropped`,
          { variant: 'person', ref: named(person) },
        ),
      );
  }
  return copy;
}

/** An event type of the model, with what its entries take from it worked out once. */
interface KnownType {
  readonly type: EventType;
  /** The type's category when the library knows it, else `other`. */
  readonly category: EventCategory;
  /** The type's lane, or {@link OTHER_LANE} when the model has no such lane. */
  readonly lane: string;
  readonly laneKnown: boolean;
}

/** The model's event types by id (a repeated id: the last one), read once per call. */
function knownTypes(model: PracticeModel | undefined): Map<string, KnownType> {
  const lanes = new Set((model?.lanes ?? []).map((l) => l.id));
  const out = new Map<string, KnownType>();
  for (const type of model?.eventTypes ?? []) {
    const laneKnown = lanes.has(type.lane);
    out.set(type.id, {
      type,
      category: CATEGORY_SET.has(type.category) ? type.category : 'other',
      lane: laneKnown ? type.lane : OTHER_LANE,
      laneKnown,
    });
  }
  return out;
}

/** A plain `YYYY-MM-DD`, most of a record's dates, as a day number; NaN for anything else. */
function plainDay(value: unknown): number {
  return typeof value === 'string' && value.length === 10 ? isoDayNumber(value) : NaN;
}

/** Minute slots of a day in a chronology key: none first, then minutes 0 to 1439. */
const SLOTS = 1441;

/** Positions of entries in the chronology keys: up to 2^20 entries. */
const POSITIONS = 2 ** 20;

interface Draft {
  id: string;
  index: number;
  event: CaseEvent;
  type: string;
  category: EventCategory;
  lane: string;
  kind: 'point' | 'period';
  start: number;
  end: number;
  open: boolean;
  minute: number | undefined;
  uncertain: DaySpan | undefined;
  endUncertain: DaySpan | undefined;
  from: number;
  to: number;
  significant: boolean;
  persons: readonly string[];
  agency: string | undefined;
  redacted: boolean;
}

/** What {@link readEvent} reads an event against. */
interface ReadContext {
  readonly issues: EntryIssues;
  readonly types: ReadonlyMap<string, KnownType>;
  /** The record's person and agency ids; undefined when the record has no such list. */
  readonly persons: ReadonlySet<unknown> | undefined;
  readonly agencies: ReadonlySet<unknown> | undefined;
  /** Only a high significance counts as significant. */
  readonly high: boolean;
  /** The day number just after today, when given: where open periods end. */
  readonly todayEnd: number | undefined;
}

/** See {@link shapeEntries}. */
let entryShape: { readonly [K in keyof Draft]: undefined } | undefined;

/**
 * Makes, once, an object of the entries' shape with every field undefined, before any entry. V8
 * keeps a field that has only held numbers, one of them fractional (a time of day), as a boxed
 * double: each entry would then carry four more heap objects (its start, end, from and to), a
 * third of its memory, which the garbage collector copies while a large record is read. A field
 * that first held something else takes any value, and whole day numbers, most of them, are
 * stored in the entry itself. Only the engine's bookkeeping depends on it: keep the fields in
 * the order `readEvent` writes them.
 */
function shapeEntries(): void {
  entryShape ??= {
    id: undefined,
    index: undefined,
    event: undefined,
    type: undefined,
    category: undefined,
    lane: undefined,
    kind: undefined,
    start: undefined,
    end: undefined,
    open: undefined,
    minute: undefined,
    uncertain: undefined,
    endUncertain: undefined,
    from: undefined,
    to: undefined,
    significant: undefined,
    persons: undefined,
    agency: undefined,
    redacted: undefined,
  };
}

/**
 * The record's events as timeline entries, in chronology order (by start, then time of day with
 * untimed entries first, then record order), with an issue for every event that could not be
 * placed as written:
 *
 * - `invalid-event`: not an object with an id and a readable date; left out.
 * - `unknown-event-type`: the model has no such type; drawn in the "Other" lane (category
 *   `other`, a period when it has an end).
 * - `unknown-lane`: the type's lane is not one of the model's lanes; drawn in the "Other" lane.
 * - `end-on-point`: a point with an end; the end is ignored.
 * - `end-before-start`: the end is certainly before the start; drawn as open.
 * - `invalid-end`: an unreadable end; drawn as open.
 * - `dangling-reference`: a person or agency the record does not hold; the reference is dropped.
 *
 * Entries withheld from the audience (masked markers) go to the "Other" lane with `redacted`
 * set, and no issue. Pass `audience` to redact here, or a record already redacted.
 */
export function timelineEntries(
  record: CaseRecord,
  model: PracticeModel | undefined,
  options: TimelineEntriesOptions = {},
): TimelineEntries {
  shapeEntries();
  const source = options.audience ? redactRecord(record, model, options.audience) : record;
  const context: ReadContext = {
    issues: { list: [], dropped: 0 },
    types: knownTypes(model),
    persons: Array.isArray(source.persons)
      ? new Set<unknown>(source.persons.map((p) => p?.id))
      : undefined,
    agencies: Array.isArray(source.agencies)
      ? new Set<unknown>(source.agencies.map((a) => a?.id))
      : undefined,
    high: options.significance === 'high',
    todayEnd: readToday(options.today),
  };
  const events: unknown[] = Array.isArray(source.events) ? source.events : [];
  const run: EntryRun = {
    events,
    context,
    drafts: [],
    keys: new Float64Array(events.length),
    ordered: true,
    previousKey: -Infinity,
    waiting: undefined,
    latest: -Infinity,
    min: Infinity,
    max: -Infinity,
  };
  // In ranges (see ranges.ts), each read by one call.
  byRanges(events.length, (from, to) => readEntryRange(run, from, to));
  const { drafts, keys, ordered, waiting, latest, min } = run;
  let max = run.max;

  // Without today, open periods run to the end of the latest entry.
  if (waiting) max = Math.max(max, closeOpenPeriods(waiting, latest));
  const issues = context.issues;
  if (issues.dropped > 0) {
    issues.list.push(
      issue(
        ['events'],
        'too-many-issues',
        `has ${issues.dropped} more problems like these; fix the ones above first`,
        { count: issues.dropped },
      ),
    );
  }
  return {
    entries: ordered && drafts.length < POSITIONS ? drafts : chronologyOrder(drafts, keys),
    issues: issues.list,
    extent: drafts.length
      ? { start: Math.max(MIN_DAY, min), end: Math.min(MAX_DAY, max) }
      : undefined,
  };
}

/** The state of {@link timelineEntries}' pass over the events, carried from range to range. */
interface EntryRun {
  readonly events: readonly unknown[];
  readonly context: ReadContext;
  readonly drafts: Draft[];
  /** Each entry's chronology key, worked out as it is read (see `chronologyOrder`). */
  readonly keys: Float64Array;
  ordered: boolean;
  previousKey: number;
  /** Open periods waiting for the end of the latest entry, when no today was given. */
  waiting: Draft[] | undefined;
  latest: number;
  min: number;
  max: number;
}

/** Reads `events[from]` to `events[to - 1]` into `run`: one range of {@link byRanges}. */
function readEntryRange(run: EntryRun, from: number, to: number): void {
  const { events, context, drafts, keys } = run;
  let { ordered, previousKey, latest, min, max } = run;
  for (let index = from; index < to; index++) {
    const draft = readEvent(events, index, context);
    if (draft === undefined) continue;
    // Days × 1441 time slots lie within ±2^33 (days are clamped to the calendar), so with the
    // position below 2^20 the key is an exact integer.
    const key =
      (Math.floor(draft.start) * SLOTS + (draft.minute ?? -1) + 1) * POSITIONS + drafts.length;
    if (key < previousKey) ordered = false;
    previousKey = key;
    keys[drafts.length] = key;
    if (draft.open) {
      latest = Math.max(latest, draft.start);
      if (context.todayEnd === undefined) (run.waiting ??= []).push(draft);
    } else latest = Math.max(latest, draft.to);
    if (draft.from < min) min = draft.from;
    if (draft.to > max) max = draft.to;
    drafts.push(draft);
  }
  run.ordered = ordered;
  run.previousKey = previousKey;
  run.latest = latest;
  run.min = min;
  run.max = max;
}

/**
 * One event as an entry, or undefined when it cannot be placed (reported) or is a hole. Called
 * once per event, cold at a first render: nearly every event takes the plain paths (a
 * `YYYY-MM-DD` date, a known type, people and agency of the record) and makes one object.
 */
function readEvent(events: readonly unknown[], index: number, c: ReadContext): Draft | undefined {
  const raw = events[index];
  if (typeof raw !== 'object' || raw === null || typeof (raw as CaseEvent).id !== 'string') {
    // A hole is skipped, as forEach skips it.
    if (raw !== undefined || index in events) reportNotEvent(c.issues, index);
    return undefined;
  }
  const event = raw as CaseEvent;
  const date: unknown = event.date;
  let startAt = plainDay(date);
  let startEarliest = startAt;
  let minute: number | undefined;
  let uncertain: DaySpan | undefined;
  if (startAt !== startAt) {
    const start = readDate(date);
    if (!start) {
      reportUnreadableDate(c.issues, index);
      return undefined;
    }
    startAt = start.at;
    startEarliest = start.earliest;
    minute = start.minute;
    uncertain = uncertainSpan(start);
  }
  // As `isRedacted`, without the call.
  const redacted = (event as RedactionMarker).redacted === true;
  const typeId = typeof event.type === 'string' ? event.type : '';
  const known = redacted ? undefined : c.types.get(typeId);
  if (known ? !known.laneKnown : !redacted) reportType(c.issues, index, typeId, known);
  const writtenEnd: unknown = event.end;
  const kind = known ? known.type.kind : writtenEnd !== undefined ? 'period' : 'point';

  let end = startAt;
  let open = false;
  let endUncertain: DaySpan | undefined;
  if (kind === 'point') {
    if (writtenEnd !== undefined) reportEndOnPoint(c.issues, index, typeId);
  } else if (writtenEnd === undefined) {
    open = true;
  } else {
    let finishAt = plainDay(writtenEnd);
    let finishLatest = finishAt;
    let finishSpan: DaySpan | undefined;
    if (finishAt !== finishAt) {
      const finish = readDate(writtenEnd);
      if (finish) {
        finishAt = finish.at;
        finishLatest = finish.latest;
        finishSpan = uncertainSpan(finish);
      }
    }
    if (finishAt !== finishAt || finishLatest < startEarliest) {
      reportUnusableEnd(c.issues, index, finishAt === finishAt);
      open = true;
    } else {
      end = Math.max(startAt, finishAt);
      endUncertain = finishSpan;
    }
  }

  // The event's own list when every person is kept (the usual case), else a copy.
  let kept: readonly string[] = NO_PERSONS;
  const list: unknown = event.persons;
  if (Array.isArray(list)) {
    kept = list as string[];
    const persons = c.persons;
    for (let j = 0; j < list.length; j++) {
      const person: unknown = list[j];
      if (typeof person !== 'string' || (persons !== undefined && !persons.has(person))) {
        kept = keptPersons(c.issues, index, list, j, persons);
        break;
      }
    }
  }
  const writtenAgency: unknown = event.agency;
  let agency: string | undefined;
  if (writtenAgency !== undefined) {
    if (
      typeof writtenAgency === 'string' &&
      (c.agencies === undefined || c.agencies.has(writtenAgency))
    )
      agency = writtenAgency;
    else reportAgency(c.issues, index, writtenAgency);
  }

  const from = uncertain ? Math.min(startAt, uncertain.earliest) : startAt;
  let to = uncertain ? Math.max(end, uncertain.latest + 1) : end;
  if (endUncertain) to = Math.max(to, endUncertain.latest + 1);
  to = Math.min(to, MAX_DAY);
  // Open periods run to the end of today (without today, see `closeOpenPeriods`).
  if (open && c.todayEnd !== undefined) {
    end = Math.max(startAt, c.todayEnd);
    to = Math.max(to, end);
  }
  // As `isSignificantEvent`, without the call.
  const significance = event.significance;
  return {
    id: event.id,
    index,
    event,
    type: typeId,
    category: known ? known.category : 'other',
    lane: known ? known.lane : OTHER_LANE,
    kind,
    start: startAt,
    end,
    open,
    minute,
    uncertain,
    endUncertain,
    from,
    to,
    significant:
      significance !== undefined
        ? c.high
          ? significance === 'high'
          : significance !== 'low'
        : known !== undefined && known.type.significant === true,
    persons: kept,
    agency,
    redacted,
  };
}

/**
 * Ends open periods at the end of the day of `latest` (the latest end, or start of an open
 * period, of all entries); returns the latest drawn end among them.
 */
function closeOpenPeriods(open: readonly Draft[], latest: number): number {
  const openEnd = Number.isFinite(latest) ? Math.min(MAX_DAY, Math.floor(latest) + 1) : undefined;
  let max = -Infinity;
  for (const draft of open) {
    draft.end = Math.max(draft.start, openEnd ?? draft.start);
    draft.to = Math.max(draft.to, draft.end);
    if (draft.to > max) max = draft.to;
  }
  return max;
}

/** The people of an entry about nobody. */
const NO_PERSONS: readonly string[] = Object.freeze([]);

/**
 * Drafts (in record order) in the order of {@link compareEntries}, sorted as numbers rather than
 * with a comparator, which is the slowest step of a large record. Each key packs the day, the time
 * of day (none first) and the position, which follows the record order: a start is a whole day
 * plus its time of day, so this is the comparator's order exactly. Past 2^20 entries, the
 * comparator sort.
 */
function chronologyOrder(drafts: Draft[], keys: Float64Array): Draft[] {
  const n = drafts.length;
  if (n >= POSITIONS) return drafts.sort(compareEntries);
  const sorted = keys.subarray(0, n).sort();
  const out = new Array<Draft>(n);
  for (let i = 0; i < n; i++) {
    const key = sorted[i] as number;
    out[i] = drafts[key - Math.floor(key / POSITIONS) * POSITIONS] as Draft;
  }
  return out;
}

/** The day number just after `today` (`YYYY-MM-DD`), or undefined when it is not a date. */
export function readToday(today: string | undefined): number | undefined {
  if (today === undefined) return undefined;
  try {
    return toDayNumber(today.slice(0, 10)) + 1;
  } catch {
    return undefined;
  }
}
