/**
 * Message and date formatting with `Intl`: placeholders, plurals (`Intl.PluralRules`) and fuzzy
 * dates written honestly ("about 2015", "May 2019", "before March 2020", "between March and June
 * 2018"). When the browser has no date data for a locale (Chromium ships none for Welsh), month
 * names and date patterns come from the messages instead.
 */
import type { FuzzyDate } from '../model/common.js';
import { normaliseDate, type NormalisedDate } from '../model/fuzzy-dates.js';
import type { MessageParams, Messages, PluralMessage, TextMessageKey } from './messages.js';

/** Replaces `{name}` placeholders; unknown placeholders are left as written. */
export function formatMessage(template: string, params: MessageParams = {}): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
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

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number written for `locale` (`1,234`). */
export function formatNumber(value: number, locale: string): string {
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

type DatePart = 'day-month-year' | 'month-year' | 'day-month' | 'month';

const DATE_OPTIONS: Record<DatePart, Intl.DateTimeFormatOptions> = {
  'day-month-year': { day: 'numeric', month: 'long', year: 'numeric' },
  'month-year': { month: 'long', year: 'numeric' },
  'day-month': { day: 'numeric', month: 'long' },
  month: { month: 'long' },
};

const dateFormats = new Map<string, Intl.DateTimeFormat | null>();

/** An `Intl.DateTimeFormat` for the locale, or `null` when the browser has no data for it. */
function dateFormat(locale: string, part: DatePart): Intl.DateTimeFormat | null {
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

function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years below 100 as written.
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function monthName(month: number, messages: Messages): string {
  return messages[`date.month.${month}` as TextMessageKey];
}

/** Formats the known parts of a partial date; `withYear: false` leaves the year out. */
function formatParts(
  parts: YearMonthDay,
  locale: string,
  messages: Messages,
  withYear = true,
): string {
  const year = String(parts.year).padStart(4, '0');
  if (parts.month === undefined) return year;
  if (parts.day === undefined) {
    const intl = dateFormat(locale, withYear ? 'month-year' : 'month');
    if (intl) return intl.format(utcDate(parts.year, parts.month, 1));
    const month = monthName(parts.month, messages);
    return withYear ? formatMessage(messages['date.monthYear'], { month, year }) : month;
  }
  const intl = dateFormat(locale, withYear ? 'day-month-year' : 'day-month');
  let text: string;
  if (intl) text = intl.format(utcDate(parts.year, parts.month, parts.day));
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
