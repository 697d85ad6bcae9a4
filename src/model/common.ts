/**
 * Building blocks shared by the practice model and the case record: identifiers, localised text,
 * partial or uncertain dates and sensitivity tags. Pure zod/mini schemas: no DOM, no Lit.
 */
import * as z from 'zod/mini';
import { isIsoDate } from './calendar/dates.js';
import { DIVISIONS } from './calendar/working-days.js';

/** An identifier: letters, digits, `-`, `_`, `.` and `:`; starts with a letter or digit. */
export const Id = z.string().check(
  z.minLength(1),
  z.maxLength(128),
  z.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, {
    error: 'must be an identifier: letters, digits, "-", "_", "." or ":", no spaces',
  }),
);
export type Id = z.infer<typeof Id>;

/** A BCP 47 locale tag such as `en-GB` or `cy`. */
export const LocaleTag = z.string().check(
  z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
    error: 'must be a locale tag such as "en-GB" or "cy"',
  }),
);

/**
 * Text a vendor writes once or per locale: `"Health"` or `{ "en-GB": "Health", "cy": "Iechyd" }`.
 * Always rendered as text, never as markup.
 */
export const LocalisedText = z.union([
  z.string().check(z.maxLength(10_000)),
  z.record(LocaleTag, z.string().check(z.maxLength(10_000))),
]);
export type LocalisedText = z.infer<typeof LocalisedText>;

/** An ISO calendar date, `YYYY-MM-DD`, that exists (no 30 February). */
export const IsoDate = z.string().check(
  z.refine(isIsoDate, {
    error: 'must be a real date written YYYY-MM-DD',
  }),
);
export type IsoDate = z.infer<typeof IsoDate>;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?)?$/;

/** True for `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]` naming a real moment. */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day, hour, minute, second] = match;
  if (Number(year) < 1) return false;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return false;
  if (day !== undefined && !isIsoDate(`${year}-${month}-${day}`)) return false;
  if (hour !== undefined && Number(hour) > 23) return false;
  if (minute !== undefined && Number(minute) > 59) return false;
  if (second !== undefined && Number(second) > 59) return false;
  return true;
}

/** A date known to the year, month, day or minute: `2019`, `2019-05`, `2019-05-14T09:30`. */
export const PartialDate = z.string().check(
  z.refine(isPartialDate, {
    error: 'must be a date written YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM',
  }),
);
export type PartialDate = z.infer<typeof PartialDate>;

export const DATE_QUALIFIERS = ['exact', 'about', 'before', 'after', 'between'] as const;
export type DateQualifier = (typeof DATE_QUALIFIERS)[number];

/**
 * A date as case records really hold them: exact or partial (`"2019-05"`), or uncertain:
 * `{ "date": "2019", "qualifier": "about" }`, `{ "date": "2018-03", "qualifier": "between",
 * "until": "2018-06" }`.
 */
export const FuzzyDate = z.union([
  PartialDate,
  z.strictObject({
    date: PartialDate,
    qualifier: z.optional(z.enum(DATE_QUALIFIERS)),
    until: z.optional(PartialDate),
  }),
]);
export type FuzzyDate = z.infer<typeof FuzzyDate>;

/** Tags that decide who may see a person, relationship, event or answer. */
export const SENSITIVITY_TAGS = [
  'third-party',
  'confidential-address',
  'restricted',
  'health',
  'sexual-health',
  'criminal-record',
] as const;
export type SensitivityTag = (typeof SENSITIVITY_TAGS)[number];

/** Sensitivity of one item: its tags, and optionally the audiences allowed to see it anyway. */
export const Sensitivity = z.strictObject({
  tags: z.array(z.enum(SENSITIVITY_TAGS)),
  /** Audience ids that may see the item whatever its tags (e.g. `court`). */
  visibleTo: z.optional(z.array(Id)),
  /** Why the item is sensitive, for the record (never shown to a restricted audience). */
  reason: z.optional(z.string().check(z.maxLength(2_000))),
  /** Whose information this is, when it is third-party information. */
  source: z.optional(z.string().check(z.maxLength(500))),
});
export type Sensitivity = z.infer<typeof Sensitivity>;

/** A UK division with its own bank holidays. */
export const Division = z.enum(DIVISIONS);
export type Division = z.infer<typeof Division>;

/** The four UK nations: statutory rules differ by nation even where bank holidays do not (Wales). */
export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export const Nation = z.enum(NATIONS);
export type Nation = z.infer<typeof Nation>;

/** The nation a division implies, when it implies one (`england-and-wales` does not). */
export function nationOfDivision(division: Division): Nation | undefined {
  return division === 'scotland'
    ? 'scotland'
    : division === 'northern-ireland'
      ? 'northern-ireland'
      : undefined;
}
