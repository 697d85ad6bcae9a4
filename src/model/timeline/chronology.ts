/**
 * The chronology as rows: filters and sorting for the accessible table (the text equivalent of the
 * visual timeline), and the court chronology (PD12A style: number, date, event, source and
 * reference, significant entries of about the last two years).
 */
import { addYears } from '../calendar/dates.js';
import type { CaseRecord } from '../case-record/schema.js';
import type { FuzzyDate, LocalisedText } from '../common.js';
import type { PracticeModel } from '../practice-model/schema.js';
import { isoOfDay } from './days.js';
import {
  compareEntries,
  OTHER_LANE,
  OTHER_LANE_LABEL,
  readToday,
  type TimelineEntry,
} from './entries.js';
import { foldText } from '../fold-text.js';

/** Columns the chronology table sorts by. */
export const CHRONOLOGY_SORT_KEYS = [
  'date',
  'title',
  'type',
  'lane',
  'agency',
  'significance',
] as const;
/** A column of the chronology table to sort by. */
export type ChronologySortKey = (typeof CHRONOLOGY_SORT_KEYS)[number];

/** Sort order, named as `aria-sort` names it. */
export type SortDirection = 'ascending' | 'descending';

/** The columns of the chronology table that sort by the text they show. */
export type ChronologyTextColumn = Exclude<ChronologySortKey, 'date' | 'significance'>;

/** Filters and sort of {@link chronologyRows}. Every filter left out lets everything through. */
export interface ChronologyQuery {
  readonly significantOnly?: boolean;
  /** Lane ids (see `laneAndDescendants` to include sub-lanes). */
  readonly lanes?: readonly string[];
  /** Event type ids. */
  readonly types?: readonly string[];
  /** Agency ids. */
  readonly agencies?: readonly string[];
  /** Only entries about this person id. */
  readonly person?: string;
  /**
   * Words to find, in any order, ignoring case and accents, in the entry's title, description,
   * impact, analysis, reference, author and type id, and in whatever `textOf` adds.
   */
  readonly text?: string;
  /** Extra searchable text of an entry: the view's localised type, lane and agency names. */
  readonly textOf?: (entry: TimelineEntry) => string;
  /**
   * Default: by date, ascending. Text columns sort by the text they show (see `labelOf`), empty
   * last; ties fall back to chronology order (date, time, as recorded), then id.
   */
  readonly sort?: { readonly key: ChronologySortKey; readonly direction: SortDirection };
  /** Collation locale for text columns and for the labels of `model` (default `en-GB`). */
  readonly locale?: string;
  /**
   * The text a column shows for an entry, to sort by: the view's localised type, lane and agency
   * names (and "Information withheld" for a withheld entry). Called once per row and sort.
   * Without it, the labels come from `model` and `record` in `locale`, and the ids stand in for
   * what they do not name.
   */
  readonly labelOf?: (entry: TimelineEntry, column: ChronologyTextColumn) => string;
  /** The event types' and lanes' labels, to sort by when `labelOf` is not given. */
  readonly model?: Pick<PracticeModel, 'eventTypes' | 'lanes'>;
  /** The agencies' names, to sort by when `labelOf` is not given. */
  readonly record?: Pick<CaseRecord, 'agencies'>;
}

function searchableText(entry: TimelineEntry, textOf: ChronologyQuery['textOf']): string {
  const e = entry.event;
  const parts = [e.title, e.description, e.impact, e.analysis, e.reference, e.author];
  if (!entry.redacted) parts.push(entry.type);
  if (textOf) parts.push(textOf(entry));
  return foldText(parts.filter((p): p is string => typeof p === 'string').join('\n'));
}

const SIGNIFICANCE_RANK = { low: 1, medium: 2, high: 3 } as const;

const collators = new Map<string, Intl.Collator>();

/** A cached collator for the locale (`en-GB` for a tag `Intl` rejects). */
function collator(locale: string): Intl.Collator {
  let found = collators.get(locale);
  if (!found) {
    try {
      found = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    } catch {
      found = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
    }
    collators.set(locale, found);
  }
  return found;
}

/** The labels {@link chronologyRows} sorts by when the view gives none: the model's and record's. */
function defaultLabels(
  query: ChronologyQuery,
  locale: string,
): (entry: TimelineEntry, column: ChronologyTextColumn) => string {
  const types = new Map((query.model?.eventTypes ?? []).map((t) => [t.id, t.label]));
  const lanes = new Map<string, LocalisedText>(
    (query.model?.lanes ?? []).map((l) => [l.id, l.label]),
  );
  if (!lanes.has(OTHER_LANE)) lanes.set(OTHER_LANE, OTHER_LANE_LABEL);
  const agencies = new Map((query.record?.agencies ?? []).map((a) => [a.id, a.name]));
  return (entry, column) => {
    switch (column) {
      case 'title':
        return entry.event.title ?? '';
      case 'type':
        // A withheld entry shows no type: sorting by it would tell what it was.
        return entry.redacted ? '' : (resolveText(types.get(entry.type), locale) ?? entry.type);
      case 'lane':
        return resolveText(lanes.get(entry.lane), locale) ?? entry.lane;
      default:
        if (entry.redacted || entry.agency === undefined) return '';
        return agencies.get(entry.agency) ?? entry.agency;
    }
  };
}

/** Chronology order (date, time, as recorded), then id: a total order for ties. */
function compareChronology(a: TimelineEntry, b: TimelineEntry): number {
  return compareEntries(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The entries a chronology table shows: filtered, then sorted. Text search never interprets the
 * query (no patterns), so any string is safe to pass.
 */
export function chronologyRows(
  entries: readonly TimelineEntry[],
  query: ChronologyQuery = {},
): TimelineEntry[] {
  const lanes = query.lanes ? new Set(query.lanes) : undefined;
  const types = query.types ? new Set(query.types) : undefined;
  const agencies = query.agencies ? new Set(query.agencies) : undefined;
  const words = query.text ? foldText(query.text).split(/\s+/).filter(Boolean) : [];

  const rows = entries.filter((entry) => {
    if (query.significantOnly && !entry.significant) return false;
    if (lanes && !lanes.has(entry.lane)) return false;
    if (types && !types.has(entry.type)) return false;
    if (agencies && (entry.agency === undefined || !agencies.has(entry.agency))) return false;
    if (query.person !== undefined && !entry.persons.includes(query.person)) return false;
    if (words.length) {
      const haystack = searchableText(entry, query.textOf);
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  });

  const key = query.sort?.key ?? 'date';
  const sign = query.sort?.direction === 'descending' ? -1 : 1;
  if (key === 'date') return rows.sort((a, b) => sign * compareChronology(a, b));
  if (key === 'significance') {
    const rank = (e: TimelineEntry) =>
      e.event.significance ? SIGNIFICANCE_RANK[e.event.significance] : 0;
    return rows.sort((a, b) => sign * (rank(a) - rank(b)) || compareChronology(a, b));
  }
  const locale = query.locale ?? 'en-GB';
  const compare = collator(locale).compare;
  const labelOf = query.labelOf ?? defaultLabels(query, locale);
  // Each label is worked out once, not once per comparison.
  const keyed = rows.map((entry) => ({ entry, text: labelOf(entry, key) }));
  keyed.sort((a, b) => {
    // Empty values sort last whichever the direction.
    if (!a.text !== !b.text) return a.text ? -1 : 1;
    return sign * compare(a.text, b.text) || compareChronology(a.entry, b.entry);
  });
  return keyed.map((k) => k.entry);
}

/** One row of the court chronology. */
export interface CourtChronologyRow {
  /** 1, 2, 3... in date order. */
  readonly number: number;
  /** The date as the record writes it (uncertain dates stay uncertain). */
  readonly date: FuzzyDate;
  /** The end of a period, as written. */
  readonly end?: FuzzyDate;
  /** What happened: the entry's title, else its type's label, else the type id. */
  readonly event: string;
  /** Where the information comes from: the agency's name, else the author. */
  readonly source: string;
  /** The source document reference, or an empty string. */
  readonly reference: string;
  /** The entry is withheld from the audience: show only its number, dates and a marker. */
  readonly redacted: boolean;
  readonly entry: TimelineEntry;
}

/** Options of {@link courtChronology}. */
export interface CourtChronologyOptions {
  /** `YYYY-MM-DD`: the chronology runs up to this day. */
  readonly today: string;
  /** How many years back (default 2). */
  readonly years?: number;
  /** Start on this day (`YYYY-MM-DD`) instead of `years` before today. */
  readonly from?: string;
  /** To name untitled entries by their type's label. */
  readonly model?: Pick<PracticeModel, 'eventTypes'>;
  /** Locale for those labels (default `en-GB`). */
  readonly locale?: string;
}

function resolveText(text: LocalisedText | undefined, locale: string): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return (
    text[locale] ?? text[locale.split('-')[0] ?? ''] ?? text['en-GB'] ?? Object.values(text)[0]
  );
}

/**
 * The court chronology: significant entries that fall in the last `years` years up to `today`
 * (a period counts while any part of it does), in date order, numbered from 1. Withheld entries
 * keep their number and dates, so the numbering is the same for every audience.
 */
export function courtChronology(
  entries: readonly TimelineEntry[],
  record: Pick<CaseRecord, 'agencies' | 'professionals'>,
  options: CourtChronologyOptions,
): CourtChronologyRow[] {
  const todayEnd = readToday(options.today);
  if (todayEnd === undefined) {
    throw new RangeError(`Expected today as YYYY-MM-DD, got ${JSON.stringify(options.today)}`);
  }
  const fromIso = options.from ?? safeAddYears(isoOfDay(todayEnd - 1), -(options.years ?? 2));
  const fromEnd = readToday(fromIso);
  const fromDay = fromEnd === undefined ? -Infinity : fromEnd - 1;
  const locale = options.locale ?? 'en-GB';
  const agencies = new Map((record.agencies ?? []).map((a) => [a.id, a.name]));
  const professionals = new Map((record.professionals ?? []).map((p) => [p.id, p.name]));
  const types = new Map((options.model?.eventTypes ?? []).map((t) => [t.id, t.label]));

  return entries
    .filter((e) => e.significant && e.start < todayEnd && Math.max(e.start, e.end) >= fromDay)
    .sort(compareEntries)
    .map((entry, i): CourtChronologyRow => {
      const e = entry.event;
      const author = e.author === undefined ? undefined : (professionals.get(e.author) ?? e.author);
      const row: CourtChronologyRow = {
        number: i + 1,
        date: e.date,
        event: entry.redacted
          ? ''
          : (e.title ?? resolveText(types.get(entry.type), locale) ?? entry.type),
        source: entry.redacted
          ? ''
          : ((entry.agency && agencies.get(entry.agency)) ?? author ?? ''),
        reference: entry.redacted ? '' : (e.reference ?? ''),
        redacted: entry.redacted,
        entry,
      };
      return e.end !== undefined && entry.kind === 'period' ? { ...row, end: e.end } : row;
    });
}

function safeAddYears(iso: string, years: number): string {
  try {
    return addYears(iso, Math.trunc(years));
  } catch {
    return '0001-01-01';
  }
}
