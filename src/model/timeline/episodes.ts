/**
 * Episode algebra: looked-after episodes built from legal-status and placement periods, placement
 * moves and the DfE stability indicators, and the 26-week bar of care proceedings. Pure functions
 * of timeline entries and a `today`; nothing reads the clock.
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
import { addMonths, addWeeks, addYears, toDayNumber } from '../calendar/dates.js';
import type { CaseRecord } from '../case-record/schema.js';
import type { FuzzyDate } from '../common.js';
import { dateSpan } from '../fuzzy-dates.js';
import type { PracticeModel } from '../practice-model/schema.js';
import { isoOfDay } from './days.js';
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

/** The 26-week timetable of one set of care proceedings (Children Act 1989 s32(1)(a)(ii)). */
export interface ProceedingsBar {
  readonly entry: TimelineEntry;
  /** Day number and `YYYY-MM-DD` of the issue date. */
  readonly issued: number;
  readonly issuedDate: string;
  /** The end of week 26: the issue date plus 26 weeks. */
  readonly week26: number;
  readonly week26Date: string;
  /** The end date, when the proceedings have concluded. */
  readonly ended: number | undefined;
  /**
   * The week the proceedings are in on `today`, or concluded in: days since issue divided by 7,
   * rounded up, at least 1 (the issue date is in week 1; the 26-week date ends week 26).
   */
  readonly week: number;
  /** Past the 26-week date on `today`, or concluded after it. */
  readonly over26Weeks: boolean;
  readonly open: boolean;
  /** The issue date is not an exact day: the weeks are counted from its first possible day. */
  readonly uncertain: boolean;
}

/** The 26-week bar of every proceedings period (category `proceedings`), in start order. */
export function proceedingsBars(
  entries: readonly TimelineEntry[],
  today: string,
): ProceedingsBar[] {
  const todayEnd = readToday(today);
  if (todayEnd === undefined)
    throw new RangeError(`Expected today as YYYY-MM-DD, got ${JSON.stringify(today)}`);
  const day = todayEnd - 1;
  return entries
    .filter((e) => e.category === 'proceedings')
    .sort(compareEntries)
    .map((entry) => {
      const issued = Math.floor(entry.start);
      const issuedDate = isoOfDay(issued);
      let week26: number;
      try {
        week26 = toDayNumber(addWeeks(issuedDate, 26));
      } catch {
        week26 = issued + 182;
      }
      const ended = entry.open || entry.kind === 'point' ? undefined : Math.floor(entry.end);
      const at = ended ?? day;
      return {
        entry,
        issued,
        issuedDate,
        week26,
        week26Date: isoOfDay(week26),
        ended,
        week: Math.max(1, Math.ceil((at - issued) / 7)),
        over26Weeks: at > week26,
        open: ended === undefined,
        uncertain: entry.uncertain !== undefined,
      };
    });
}
