/**
 * Episode algebra: looked-after episodes built from legal-status and placement periods, placement
 * moves and the DfE stability indicators, and the timetable of care proceedings (26 weeks in
 * England and Wales, as the practice model's timescale rule says) with the court's extensions.
 * Pure functions of timeline entries and a `today`; nothing reads the clock.
 *
 * The rules (sources in docs/timeline-model.md):
 * - An episode is a chain of legal-status periods (category `legal-status`) in start order. The
 *   next status continues the episode when it starts at most one day after the latest end so far
 *   (a status ending 20 February and the next starting 20 or 21 February are one episode).
 * - `startsEpisode: true` on a status's attributes always starts a new episode; `endsEpisode:
 *   true` ends the episode with that status, so the next status starts a new one. Absent or false,
 *   contiguity decides.
 * - An episode is open while any of its statuses is open; it is then drawn to the end of today.
 * - Its placements are the placement periods (category `placement`) that overlap it; moves are
 *   placements less one.
 */
import { addMonths, addYears, isoDayNumber, toDayNumber } from '../calendar/dates.js';
import { createWorkingCalendar, type WorkingCalendar } from '../calendar/working-days.js';
import type { CaseRecord } from '../case-record/schema.js';
import { nationOfDivision, type Division, type FuzzyDate, type Nation } from '../common.js';
import { dateSpan } from '../fuzzy-dates.js';
import type { PracticeModel } from '../practice-model/schema.js';
import type { Duration, WithinRule } from '../practice-model/timescales.js';
import { byRanges } from '../ranges.js';
import { addDuration } from '../timescales/index.js';
import {
  categoryIndex,
  compileMatcher,
  matchesCompiled,
  type CompiledMatcher,
} from '../timescales/matching.js';
import { isoOfDay, MAX_DAY } from './days.js';
import { compareEntries, readToday, timelineEntries, type TimelineEntry } from './entries.js';

/** One continuous period of being looked after. Day numbers throughout. */
export interface LookedAfterEpisode {
  readonly start: number;
  /** The end of the last legal status; absent while the episode is open. */
  readonly end?: number;
  /** Where it is drawn to: `end`, or the end of today while open. */
  readonly until: number;
  readonly open: boolean;
  /** `YYYY-MM-DD` of `start`, and of `end` when it has ended. */
  readonly startDate: string;
  readonly endDate?: string;
  /** Its legal-status periods, in start order. */
  readonly legalStatuses: readonly TimelineEntry[];
  /** Placement periods overlapping it, in start order. */
  readonly placements: readonly TimelineEntry[];
  /** Changes of placement within the episode: placements less one (0 with none). */
  readonly placementMoves: number;
  /** Missing periods (category `missing`) overlapping it: missing from care. */
  readonly missing: readonly TimelineEntry[];
}

/** Options of {@link lookedAfterEpisodes}. */
export interface EpisodeOptions {
  /** Only entries about this person (a looked-after episode is one child's). */
  readonly person?: string;
  /** When reading a record: open periods are drawn to the end of this day (`YYYY-MM-DD`). */
  readonly today?: string;
  /** The longest gap, in days, between two statuses of one episode (default 1). */
  readonly maxGapDays?: number;
}

function attribute(entry: TimelineEntry, name: string): unknown {
  return entry.event.attributes?.[name];
}

/** True when `entry` overlaps `[start, until)` (a zero-length entry counts when inside it). */
function overlaps(entry: TimelineEntry, start: number, until: number): boolean {
  if (entry.end <= entry.start) return entry.start >= start && entry.start <= until;
  return entry.start < until && entry.end > start;
}

interface Chain {
  statuses: TimelineEntry[];
  start: number;
  until: number;
  open: boolean;
  closed: boolean;
}

/**
 * Looked-after episodes, in start order, from timeline entries (or from a record and its model).
 * Pass `person` for one child's episodes; without it every legal status counts, as for a record
 * about one child.
 */
export function lookedAfterEpisodes(
  source: readonly TimelineEntry[] | CaseRecord,
  model?: PracticeModel,
  options: EpisodeOptions = {},
): LookedAfterEpisode[] {
  const all = Array.isArray(source)
    ? (source as readonly TimelineEntry[])
    : timelineEntries(source as CaseRecord, model, options.today ? { today: options.today } : {})
        .entries;
  const maxGap = Math.max(0, options.maxGapDays ?? 1);
  const about = (entry: TimelineEntry) =>
    options.person === undefined || entry.persons.includes(options.person);
  const pick = (category: string) =>
    all.filter((e) => e.category === category && about(e)).sort(compareEntries);
  const statuses = pick('legal-status');
  const placements = pick('placement');
  const missing = pick('missing');

  const chains: Chain[] = [];
  let current: Chain | undefined;
  for (const status of statuses) {
    const starts =
      !current ||
      current.closed ||
      attribute(status, 'startsEpisode') === true ||
      status.start - current.until > maxGap;
    if (starts || !current) {
      current = {
        statuses: [],
        start: status.start,
        until: status.end,
        open: false,
        closed: false,
      };
      chains.push(current);
    }
    current.statuses.push(status);
    current.until = Math.max(current.until, status.end);
    current.open ||= status.open;
    if (attribute(status, 'endsEpisode') === true) current.closed = true;
  }

  return chains.map((chain) => {
    const inEpisode = placements.filter((p) => overlaps(p, chain.start, chain.until));
    const episode: LookedAfterEpisode = {
      start: chain.start,
      until: chain.until,
      open: chain.open,
      startDate: isoOfDay(chain.start),
      legalStatuses: chain.statuses,
      placements: inEpisode,
      placementMoves: Math.max(0, inEpisode.length - 1),
      missing: missing.filter((m) => overlaps(m, chain.start, chain.until)),
    };
    return chain.open ? episode : { ...episode, end: chain.until, endDate: isoOfDay(chain.until) };
  });
}

/** Placement stability on a day, as the DfE measures it (see docs/timeline-model.md). */
export interface StabilityIndicators {
  /** Looked after on `today`. */
  readonly lookedAfterNow: boolean;
  /** Distinct placements open at any time in the 12 months up to `today`. */
  readonly placementsInLast12Months: number;
  /** Three or more placements in those 12 months (the DfE short-term stability indicator). */
  readonly threeOrMorePlacements: boolean;
  /**
   * Long-term stability: looked after continuously for at least 2½ years and in the same
   * placement for at least 2 years. False for a child of 16 or over on `today` (when the date of
   * birth is given).
   */
  readonly longTermStability: boolean;
  /** Days looked after in the current episode (0 when not looked after now). */
  readonly lookedAfterDays: number;
  /** Days in the current placement (0 when there is none). */
  readonly currentPlacementDays: number;
  /** Missing-from-care episodes that overlap those 12 months. */
  readonly missingEpisodes: number;
}

/** Options of {@link stabilityIndicators}. */
export interface StabilityOptions {
  /** The child's date of birth: long-term stability is measured for children under 16. */
  readonly dateOfBirth?: FuzzyDate;
}

/**
 * The stability indicators on `today` (`YYYY-MM-DD`) from one child's episodes. The year is the
 * 12 calendar months up to and including `today`; a placement counts when it was open at any time
 * in it, so a placement that began earlier and continued counts too.
 */
export function stabilityIndicators(
  episodes: readonly LookedAfterEpisode[],
  today: string,
  options: StabilityOptions = {},
): StabilityIndicators {
  const todayEnd = readToday(today);
  if (todayEnd === undefined)
    throw new RangeError(`Expected today as YYYY-MM-DD, got ${JSON.stringify(today)}`);
  const day = todayEnd - 1;
  const iso = isoOfDay(day);
  const yearStart = toDayNumber(addMonths(iso, -12));

  const placements = new Map<string, TimelineEntry>();
  const missing = new Map<string, TimelineEntry>();
  for (const episode of episodes) {
    for (const p of episode.placements)
      if (overlaps(p, yearStart, todayEnd)) placements.set(p.id, p);
    for (const m of episode.missing) if (overlaps(m, yearStart, todayEnd)) missing.set(m.id, m);
  }

  const current = episodes.find((e) => e.start <= day && (e.open || (e.end ?? -Infinity) >= day));
  const placement = current?.placements
    .filter((p) => p.start <= day && (p.open || p.end >= day))
    .sort((a, b) => b.start - a.start)[0];
  const lookedAfterDays = current ? Math.floor(day - current.start) : 0;
  const currentPlacementDays = placement ? Math.floor(day - placement.start) : 0;

  let under16 = true;
  if (options.dateOfBirth !== undefined) {
    try {
      const born = isoOfDay(dateSpan(options.dateOfBirth).earliest);
      under16 = toDayNumber(addYears(born, 16)) > day;
    } catch {
      under16 = true;
    }
  }
  const longTermStability =
    current !== undefined &&
    placement !== undefined &&
    under16 &&
    current.start <= toDayNumber(addMonths(iso, -30)) &&
    placement.start <= toDayNumber(addMonths(iso, -24));

  return {
    lookedAfterNow: current !== undefined,
    placementsInLast12Months: placements.size,
    threeOrMorePlacements: placements.size >= 3,
    longTermStability,
    lookedAfterDays,
    currentPlacementDays,
    missingEpisodes: missing.size,
  };
}

/**
 * The attribute of an entry that records an extension of a proceedings timetable: the day the
 * court extended it to, `YYYY-MM-DD` (e.g. a hearing with `{ "extendedTo": "2025-09-30" }`).
 */
export const EXTENDED_TO = 'extendedTo';

/** An extension of the timetable granted by the court, read from an entry's {@link EXTENDED_TO}. */
export interface ProceedingsExtension {
  /** The entry that records it (usually the hearing that granted it). */
  readonly entry: TimelineEntry;
  /** The day the timetable was extended to: day number and `YYYY-MM-DD`. */
  readonly to: number;
  readonly toDate: string;
}

/**
 * The timetable of one set of care proceedings: from the issue date to the due date the practice
 * model's timescale rule gives (26 weeks in England and Wales, Children Act 1989 s32(1)(a)(ii)),
 * and on to the date of the last extension the court granted.
 */
export interface ProceedingsBar {
  readonly entry: TimelineEntry;
  /** The id of the timescale rule that sets the timetable. */
  readonly rule: string;
  /** Day number and `YYYY-MM-DD` of the issue date. */
  readonly issued: number;
  readonly issuedDate: string;
  /** The due date: the issue date plus the rule's `within` (e.g. 26 weeks). */
  readonly due: number;
  readonly dueDate: string;
  /** Extensions granted, in the order granted, each to a later day than the last. */
  readonly extensions: readonly ProceedingsExtension[];
  /** Where the timetable ends now: the last extension's day, else the due date. */
  readonly until: number;
  readonly untilDate: string;
  /** The end date, when the proceedings have concluded. */
  readonly ended: number | undefined;
  /**
   * The week the proceedings are in on `today`, or concluded in: days since issue divided by 7,
   * rounded up, at least 1 (the issue date is in week 1; a 26-week due date ends week 26).
   */
  readonly week: number;
  /** Past the due date on `today`, or concluded after it (whether or not extended). */
  readonly pastDue: boolean;
  /** Past the end of the timetable, extensions included (`until`). */
  readonly overdue: boolean;
  readonly open: boolean;
  /** The issue date is not an exact day: the weeks are counted from its first possible day. */
  readonly uncertain: boolean;
}

/** Options of {@link proceedingsBars}. */
export interface ProceedingsOptions {
  /** `YYYY-MM-DD`: the day the weeks are counted to while proceedings are open. */
  readonly today: string;
  /**
   * The division whose rules apply (a rule with `divisions` counts only there) and whose bank
   * holidays a working-day rule skips. Default: the model's, else `england-and-wales`.
   */
  readonly division?: Division;
  /** The nation whose rules apply (rules with `nations`); default: the one the division implies. */
  readonly nation?: Nation;
  /**
   * Entries to look for extensions in, when `entries` are filtered (e.g. to significant ones) and
   * the hearings that granted extensions may have been left out. Default: `entries`.
   */
  readonly extensionsIn?: readonly TimelineEntry[];
}

/**
 * The model's `within` rules that apply in the division and nation and start at an entry's start,
 * in model order, with their `from` matchers compiled once.
 */
function timetableRules(
  model: PracticeModel,
  division: Division,
  nation: Nation | undefined,
): { rule: WithinRule; from: CompiledMatcher }[] {
  const rules: { rule: WithinRule; from: CompiledMatcher }[] = [];
  for (const rule of model.timescales) {
    if (rule.kind !== 'within' || rule.from.boundary === 'end') continue;
    if (rule.divisions && !rule.divisions.includes(division)) continue;
    if (rule.nations && nation && !rule.nations.includes(nation)) continue;
    rules.push({ rule, from: compileMatcher(rule.from) });
  }
  return rules;
}

const NO_EXTENSIONS: readonly ProceedingsExtension[] = Object.freeze([]);

/** The categories of the entries that may record an extension: what the court does. */
function isCourt(category: string): boolean {
  return category === 'hearing' || category === 'order' || category === 'proceedings';
}

/**
 * Sorts items by their entries' chronology order (stably), unless they are in that order
 * already, as items taken from a timeline's entries usually are.
 */
function sortByEntry<T extends { readonly entry: TimelineEntry }>(items: T[]): void {
  for (let i = 1; i < items.length; i++) {
    if (compareEntries((items[i - 1] as T).entry, (items[i] as T).entry) > 0) {
      items.sort((a, b) => compareEntries(a.entry, b.entry));
      return;
    }
  }
}

/** The exact day an entry (of the court) extends a timetable to, or undefined. */
function extendedTo(entry: TimelineEntry): number | undefined {
  if (entry.redacted) return undefined;
  const value = entry.event.attributes?.[EXTENDED_TO];
  if (typeof value !== 'string') return undefined;
  const day = isoDayNumber(value);
  return Number.isNaN(day) ? undefined : day;
}

/** True when `candidate` (dated within the proceedings) is about the same proceedings. */
function sameProceedings(proceedings: TimelineEntry, candidate: TimelineEntry): boolean {
  const a = proceedings.event.reference;
  const b = candidate.event.reference;
  if (a !== undefined && b !== undefined) return a === b;
  const people = proceedings.persons;
  if (!people.length || !candidate.persons.length) return true;
  return candidate.persons.some((p) => people.includes(p));
}

/** What {@link proceedingsBars} finds in its pass over the entries. */
interface ProceedingsFound {
  readonly entries: readonly TimelineEntry[];
  readonly rules: ReturnType<typeof timetableRules>;
  readonly categories: ReturnType<typeof categoryIndex>;
  /** Whether the entries of the court that extend proceedings are looked for among `entries`. */
  readonly extensionsHere: boolean;
  readonly timed: { entry: TimelineEntry; rule: WithinRule }[];
  readonly extending: { entry: TimelineEntry; to: number }[];
}

/**
 * Entries `from` to `to - 1`: the proceedings, and (when `extensionsHere`) the entries of the
 * court that extend them, usually none or a few whatever the size of the record. One range of
 * {@link byRanges}.
 */
function findProceedings(found: ProceedingsFound, from: number, to: number): void {
  const { entries, rules, categories, extensionsHere, timed, extending } = found;
  for (let i = from; i < to; i++) {
    const entry = entries[i] as TimelineEntry;
    const category = entry.category;
    if (category === 'proceedings') {
      for (let r = 0; r < rules.length; r++) {
        const { rule, from: start } = rules[r] as (typeof rules)[number];
        if (!matchesCompiled(start, entry.event, categories)) continue;
        timed.push({ entry, rule });
        break;
      }
    } else if (category !== 'hearing' && category !== 'order') {
      continue;
    }
    if (extensionsHere && entry.event.attributes?.[EXTENDED_TO] !== undefined) {
      const until = extendedTo(entry);
      if (until !== undefined) extending.push({ entry, to: until });
    }
  }
}

/**
 * The timetable of every proceedings period (category `proceedings`) that a timescale rule of the
 * model times, in start order: the rule is the first `within` rule whose `from` matches the entry
 * at its start and that applies in the division and nation. Without such a rule (a model for
 * Scotland, say) there is no bar.
 *
 * Extensions are entries of the court (category `hearing`, `order` or `proceedings`) carrying
 * {@link EXTENDED_TO}, usually the hearing that granted them: one dated from the issue date to the
 * end of the proceedings (or `today`, while open), with the proceedings' `reference` when both
 * give one (else about one of the same people, when both name people), extending the timetable
 * to a later day than it had. Entries withheld from the audience extend nothing.
 */
export function proceedingsBars(
  entries: readonly TimelineEntry[],
  model: PracticeModel,
  options: ProceedingsOptions,
): ProceedingsBar[] {
  const todayEnd = readToday(options.today);
  if (todayEnd === undefined)
    throw new RangeError(`Expected today as YYYY-MM-DD, got ${JSON.stringify(options.today)}`);
  const day = todayEnd - 1;
  const division = options.division ?? model.division ?? 'england-and-wales';
  const nation = options.nation ?? model.nation ?? nationOfDivision(division);
  const rules = timetableRules(model, division, nation);
  if (!rules.length) return [];
  const categories = categoryIndex(model);
  const source = options.extensionsIn ?? entries;
  // One pass over the entries: the proceedings, and (from the same list, usually) the entries of
  // the court that extend them, usually none or a few whatever the size of the record.
  const found: ProceedingsFound = {
    entries,
    rules,
    categories,
    extensionsHere: source === entries,
    timed: [],
    extending: [],
  };
  // In ranges (see ranges.ts), each read by one call.
  byRanges(entries.length, (from, to) => findProceedings(found, from, to));
  const { timed, extending, extensionsHere } = found;
  if (!timed.length) return [];
  sortByEntry(timed);
  if (!extensionsHere) {
    for (let i = 0; i < source.length; i++) {
      const entry = source[i] as TimelineEntry;
      if (isCourt(entry.category) && entry.event.attributes?.[EXTENDED_TO] !== undefined) {
        const to = extendedTo(entry);
        if (to !== undefined) extending.push({ entry, to });
      }
    }
  }
  sortByEntry(extending);

  let calendar: WorkingCalendar | undefined;
  const dueFrom = (issued: number, issuedDate: string, within: Duration): number => {
    // Days and weeks are plain day arithmetic; the rest goes through the calendar.
    if (within.unit === 'days' || within.unit === 'weeks') {
      return Math.min(MAX_DAY - 1, issued + within.amount * (within.unit === 'weeks' ? 7 : 1));
    }
    try {
      calendar ??= createWorkingCalendar({ division });
      return toDayNumber(addDuration(issuedDate, within, calendar).slice(0, 10));
    } catch {
      // Past the end of the calendar: the timetable ends on its last day.
      return MAX_DAY - 1;
    }
  };
  const bars: ProceedingsBar[] = [];
  for (let i = 0; i < timed.length; i++) {
    const { entry, rule } = timed[i] as (typeof timed)[number];
    const issued = Math.floor(entry.start);
    const issuedDate = isoOfDay(issued);
    const due = dueFrom(issued, issuedDate, rule.within);
    const dueDate = isoOfDay(due);
    const ended = entry.open || entry.kind === 'point' ? undefined : Math.floor(entry.end);
    const at = ended ?? day;
    let extensions: ProceedingsExtension[] | undefined;
    let until = due;
    for (const candidate of extending) {
      const granted = Math.floor(candidate.entry.start);
      if (granted < issued || granted > at || candidate.to <= until) continue;
      if (!sameProceedings(entry, candidate.entry)) continue;
      until = candidate.to;
      extensions ??= [];
      extensions.push({ entry: candidate.entry, to: candidate.to, toDate: isoOfDay(candidate.to) });
    }
    bars.push({
      entry,
      rule: rule.id,
      issued,
      issuedDate,
      due,
      dueDate,
      extensions: extensions ?? NO_EXTENSIONS,
      until,
      untilDate: until === due ? dueDate : isoOfDay(until),
      ended,
      week: Math.max(1, Math.ceil((at - issued) / 7)),
      pastDue: at > due,
      overdue: at > until,
      open: ended === undefined,
      uncertain: entry.uncertain !== undefined,
    });
  }
  return bars;
}
