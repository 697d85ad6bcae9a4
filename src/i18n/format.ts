/**
 * Message, number and date formatting: placeholders, plurals (`Intl.PluralRules`), fuzzy dates
 * written honestly ("about 2015", "May 2019", "before March 2020", "between March and June 2018")
 * and the timeline's axis labels. The built-in locales (en-GB, cy) write month names and date
 * patterns from the messages and group integers themselves, so the text is the same in every
 * browser; other locales use `Intl`, or the messages when the browser has no date data for them.
 */
import type { FuzzyDate } from '../model/common.js';
import { normaliseDate, type NormalisedDate } from '../model/fuzzy-dates.js';
import type { Tick } from '../model/timeline/ticks.js';
import { isolate } from './bidi.js';
import type { MessageParams, Messages, PluralMessage, TextMessageKey } from './messages.js';

/** Whether the character code is a placeholder name's: `A-Z`, `a-z`, `0-9` or `_`. */
function isNameCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95
  );
}

/**
 * Replaces `{name}` placeholders (a name is letters, digits and `_`); unknown placeholders are
 * left as written, and a value is never read for placeholders again. A text value with
 * right-to-left letters or direction controls is isolated (see `isolate`), as Fluent isolates
 * placeables. Read with character codes
 * rather than a regular expression with a callback: it runs for every label of a first render.
 */
export function formatMessage(template: string, params: MessageParams = {}): string {
  let open = template.indexOf('{');
  if (open < 0) return template;
  let out = '';
  let copied = 0;
  while (open >= 0) {
    let end = open + 1;
    while (end < template.length && isNameCode(template.charCodeAt(end))) end++;
    if (end > open + 1 && template.charCodeAt(end) === 125 /* } */) {
      const name = template.slice(open + 1, end);
      if (Object.hasOwn(params, name)) {
        const value = params[name];
        // A name or title in a right-to-left script keeps the sentence's order (see `isolate`).
        out +=
          template.slice(copied, open) +
          (typeof value === 'string' ? isolate(value) : String(value));
        copied = end + 1;
      }
      open = template.indexOf('{', end + 1);
    } else {
      open = template.indexOf('{', open + 1);
    }
  }
  return copied === 0 ? template : out + template.slice(copied);
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural form of `message` for `count` in `locale`, with `{count}` and `params` filled in. */
export function formatPlural(
  message: PluralMessage,
  count: number,
  locale: string,
  params: MessageParams = {},
): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(safeLocale(locale));
    pluralRules.set(locale, rules);
  }
  const form = message[rules.select(count)] ?? message.other;
  return formatMessage(form, { count: formatNumber(count, locale), ...params });
}

/**
 * The built-in locales, whose numbers and dates this module writes itself rather than through
 * `Intl`: the same text in every browser (ICU data differs between browsers and versions, and
 * Chromium has none for Welsh dates), and no wait while the browser loads its locale data on the
 * first `Intl.NumberFormat` or `Intl.DateTimeFormat` of a page (about 15 ms). Other locales use
 * `Intl`.
 */
const OWN_FORMATS: ReadonlySet<string> = new Set(['en', 'en-GB', 'cy', 'cy-GB']);

/** Whether numbers and dates of `locale` are written here, not by `Intl`. */
function ownsFormatting(locale: string): boolean {
  return OWN_FORMATS.has(locale);
}

/** A safe integer with comma thousands separators, as `Intl` writes it in en-GB and cy. */
function groupedInteger(value: number): string {
  const digits = String(Math.abs(value));
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) {
    const group = digits.slice(Math.max(0, end - 3), end);
    out = out ? `${group},${out}` : group;
  }
  return value < 0 ? `-${out}` : out;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number written for `locale` (`1,234`). */
export function formatNumber(value: number, locale: string): string {
  if (Number.isSafeInteger(value) && !Object.is(value, -0) && ownsFormatting(locale)) {
    return groupedInteger(value);
  }
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(safeLocale(locale));
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** `locale` when `Intl` accepts the tag, otherwise `en-GB` (a malformed tag would throw). */
function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en-GB';
  } catch {
    return 'en-GB';
  }
}

// ---------------------------------------------------------------------------------------------
// Dates
//
// Years are written as the record writes them, with at least four digits: `0099`, never `99`
// (which a reader takes for 1999) nor the 1999 that `Date.UTC(99, ...)` and `new Date(99, ...)`
// make of it. Every `Date` here is built with `setUTCFullYear` and formatted in UTC, and the year
// `Intl` writes (`1` for year 1) is replaced by the four-digit year; years 1000 to 9999 are
// written as `Intl` writes them.

type DatePart = 'day-month-year' | 'month-year' | 'day-month' | 'month' | 'tick-day' | 'tick-month';

const DATE_OPTIONS: Record<DatePart, Intl.DateTimeFormatOptions> = {
  'day-month-year': { day: 'numeric', month: 'long', year: 'numeric' },
  'month-year': { month: 'long', year: 'numeric' },
  'day-month': { day: 'numeric', month: 'long' },
  month: { month: 'long' },
  'tick-day': { day: 'numeric', month: 'short' },
  'tick-month': { month: 'short', year: 'numeric' },
};

const dateFormats = new Map<string, Intl.DateTimeFormat | null>();

/**
 * An `Intl.DateTimeFormat` for the locale, or `null` when the messages write its dates: a built-in
 * locale (see {@link ownsFormatting}), or one the browser has no date data for.
 */
function dateFormat(locale: string, part: DatePart): Intl.DateTimeFormat | null {
  if (ownsFormatting(locale)) return null;
  const key = `${locale}|${part}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    const supported = Intl.DateTimeFormat.supportedLocalesOf([safeLocale(locale)]).length > 0;
    format = supported
      ? new Intl.DateTimeFormat(safeLocale(locale), { ...DATE_OPTIONS[part], timeZone: 'UTC' })
      : null;
    dateFormats.set(key, format);
  }
  return format;
}

interface YearMonthDay {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly time?: string;
}

function split(date: string): YearMonthDay {
  const year = Number(date.slice(0, 4));
  const month = date.length >= 7 ? Number(date.slice(5, 7)) : undefined;
  const day = date.length >= 10 ? Number(date.slice(8, 10)) : undefined;
  const time = date.length >= 16 ? date.slice(11, 16) : undefined;
  return { year, month, day, time };
}

/** A year as written in prose, on the axis and in exports: `2024`, `0099`, `0001`. */
function writtenYear(year: number): string {
  return String(year).padStart(4, '0');
}

/** `format` applied to a calendar date, with the year written by {@link writtenYear}. */
function formatWithIntl(
  format: Intl.DateTimeFormat,
  year: number,
  month: number,
  day: number,
): string {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC or new Date(y, ...), keeps years below 100 as written.
  date.setUTCFullYear(year, month - 1, day);
  if (year >= 1000) return format.format(date);
  return format
    .formatToParts(date)
    .map((part) => (part.type === 'year' ? writtenYear(year) : part.value))
    .join('');
}

function monthName(month: number, messages: Messages): string {
  return messages[`date.month.${month}` as TextMessageKey];
}

function shortMonthName(month: number, messages: Messages): string {
  return messages[`date.monthShort.${month}` as TextMessageKey];
}

/** Formats the known parts of a partial date; `withYear: false` leaves the year out. */
function formatParts(
  parts: YearMonthDay,
  locale: string,
  messages: Messages,
  withYear = true,
): string {
  const year = writtenYear(parts.year);
  if (parts.month === undefined) return year;
  if (parts.day === undefined) {
    const intl = dateFormat(locale, withYear ? 'month-year' : 'month');
    if (intl) return formatWithIntl(intl, parts.year, parts.month, 1);
    const month = monthName(parts.month, messages);
    return withYear ? formatMessage(messages['date.monthYear'], { month, year }) : month;
  }
  const intl = dateFormat(locale, withYear ? 'day-month-year' : 'day-month');
  let text: string;
  if (intl) text = formatWithIntl(intl, parts.year, parts.month, parts.day);
  else {
    const month = monthName(parts.month, messages);
    text = withYear
      ? formatMessage(messages['date.dayMonthYear'], { day: parts.day, month, year })
      : formatMessage(messages['date.dayMonth'], { day: parts.day, month });
  }
  return parts.time
    ? formatMessage(messages['date.dateTime'], { date: text, time: parts.time })
    : text;
}

/** A partial date as written: `2019`, `May 2019`, `14 May 2019`, `14 May 2019, 09:30`. */
export function formatPartialDate(date: string, locale: string, messages: Messages): string {
  return formatParts(split(date), locale, messages);
}

function formatBetween(d: NormalisedDate & { until: string }, locale: string, messages: Messages) {
  const from = split(d.date);
  const until = split(d.until);
  // "between March and June 2018": the year is said once when both ends share it.
  const sameYear = from.year === until.year && from.month !== undefined && !from.time;
  return formatMessage(messages['date.between'], {
    from: formatParts(from, locale, messages, !sameYear),
    until: formatParts(until, locale, messages),
  });
}

/**
 * A fuzzy date in words, never more precise than what was recorded: `2015`, `about 2015`,
 * `May 2019`, `before March 2020`, `after 14 May 2019`, `between March and June 2018`.
 */
export function formatFuzzyDate(value: FuzzyDate, locale: string, messages: Messages): string {
  const d = normaliseDate(value);
  const date = formatPartialDate(d.date, locale, messages);
  switch (d.qualifier) {
    case 'about':
      return formatMessage(messages['date.about'], { date });
    case 'before':
      return formatMessage(messages['date.before'], { date });
    case 'after':
      return formatMessage(messages['date.after'], { date });
    case 'between':
      return d.until ? formatBetween({ ...d, until: d.until }, locale, messages) : date;
    default:
      return date;
  }
}

/**
 * An axis tick's label: `09:00` for an hour, `5 Mar` for a day, `Mar 2024` for a month, `2024`
 * for a year. Written with `Intl.DateTimeFormat` where the browser has data for the locale, else
 * with the short month names and date patterns of the messages (`date.monthShort.1`...,
 * `date.dayMonth`, `date.monthYear`), so a Welsh axis reads `5 Maw`, `Chwef 2024` in Chromium,
 * which has no Welsh date data. Years have at least four digits (`0099`).
 */
export function formatTick(
  tick: Pick<Tick, 'kind' | 'iso'>,
  locale: string,
  messages: Messages,
): string {
  const { year, month = 1, day = 1, time } = split(tick.iso);
  switch (tick.kind) {
    case 'hour':
      // A 24-hour HH:MM in every locale, as the axis has always written hours: short, and read
      // the same in English and Welsh.
      return time ?? '00:00';
    case 'day': {
      const intl = dateFormat(locale, 'tick-day');
      if (intl) return formatWithIntl(intl, year, month, day);
      return formatMessage(messages['date.dayMonth'], {
        day,
        month: shortMonthName(month, messages),
      });
    }
    case 'month': {
      const intl = dateFormat(locale, 'tick-month');
      if (intl) return formatWithIntl(intl, year, month, 1);
      return formatMessage(messages['date.monthYear'], {
        month: shortMonthName(month, messages),
        year: writtenYear(year),
      });
    }
    default:
      return writtenYear(year);
  }
}

/**
 * Age on `today` in whole years (or months under two), when the date of birth is precise enough
 * to say; `undefined` otherwise. `about` and partial dates give `undefined` rather than a guess.
 */
export function ageOn(
  dateOfBirth: FuzzyDate,
  today: string,
): { readonly years: number; readonly months: number } | undefined {
  const d = normaliseDate(dateOfBirth);
  if (d.qualifier !== 'exact' || (d.precision !== 'day' && d.precision !== 'minute')) {
    return undefined;
  }
  const born = split(d.date);
  const now = split(today);
  if (born.month === undefined || born.day === undefined) return undefined;
  if (now.month === undefined || now.day === undefined) return undefined;
  let months = (now.year - born.year) * 12 + (now.month - born.month);
  if (now.day < born.day) months -= 1;
  if (months < 0) return undefined;
  return { years: Math.floor(months / 12), months };
}
