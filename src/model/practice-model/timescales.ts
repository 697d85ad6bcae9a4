/**
 * Timescale rules as data: "X within N working days of Y", "first within M, then every N", clocks
 * restarted or stopped by other events, per UK division. Evaluated by `model/timescales`.
 */
import * as z from 'zod/mini';
import { Division, Id, LocalisedText, Nation } from '../common.js';

export const DURATION_UNITS = [
  'hours',
  'days',
  'working-days',
  'weeks',
  'months',
  'years',
] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

/** An amount of time: `{ "amount": 45, "unit": "working-days" }`. */
export const Duration = z.strictObject({
  amount: z.int().check(z.gte(0), z.lte(10_000)),
  unit: z.enum(DURATION_UNITS),
});
export type Duration = z.infer<typeof Duration>;

/**
 * A test on an event's attributes, e.g. `{ "attribute": "s47", "equals": true }`. A test with no
 * operator passes when the attribute is present and not null.
 */
export const AttributeTest = z.strictObject({
  attribute: Id,
  equals: z.optional(z.union([z.string(), z.number(), z.boolean()])),
  notEquals: z.optional(z.union([z.string(), z.number(), z.boolean()])),
  in: z.optional(z.array(z.union([z.string(), z.number()]))),
});
export type AttributeTest = z.infer<typeof AttributeTest>;

/**
 * Which timeline entries a rule looks at: by event type id or by category, optionally the end of a
 * period rather than its start, and optionally only entries whose attributes pass every test.
 */
export const EventMatcher = z.strictObject({
  types: z.optional(z.array(Id).check(z.minLength(1))),
  categories: z.optional(z.array(Id).check(z.minLength(1))),
  boundary: z.optional(z.enum(['start', 'end'])),
  where: z.optional(z.array(AttributeTest)),
});
export type EventMatcher = z.infer<typeof EventMatcher>;

/** One step of a recurring schedule. */
export const ScheduleStep = z.strictObject({
  /** The longest allowed gap since the previous occurrence (or the anchor, for the first step). */
  within: Duration,
  /** Repeat this step until the clock stops or `until` has elapsed since the anchor. */
  repeat: z.optional(z.boolean()),
  /**
   * Stop repeating once this long has elapsed since the anchor; the next step takes over. The last
   * step left after the `when` filters repeats for as long as the clock runs and ignores `until`.
   */
  until: z.optional(Duration),
  /** Use this step only when the anchor entry's attributes pass every test. */
  when: z.optional(z.array(AttributeTest)),
});
export type ScheduleStep = z.infer<typeof ScheduleStep>;

const RuleBase = {
  id: Id,
  label: LocalisedText,
  description: z.optional(LocalisedText),
  /** Where the rule comes from, e.g. "Working Together 2023" or "CPPCR 2010 reg 28". */
  source: z.optional(z.string().check(z.maxLength(500))),
  /** Divisions the rule applies in (their bank holidays); absent means all. */
  divisions: z.optional(z.array(Division).check(z.minLength(1))),
  /**
   * Nations the rule applies in, for rules that differ between England and Wales (which share
   * bank holidays). Absent means all; ignored when the nation is not known.
   */
  nations: z.optional(z.array(Nation).check(z.minLength(1))),
  /** The entries that start a clock. */
  from: EventMatcher,
  /** The entries that meet it. */
  target: EventMatcher,
  /** Entries that restart the clock from their own date (e.g. a placement move). */
  restartOn: z.optional(z.array(EventMatcher)),
  /** Entries that stop the clock: no further due dates after them (e.g. leaving care). */
  stopOn: z.optional(z.array(EventMatcher)),
  /** How long before the due date the status turns from `upcoming` to `due` (default 5 working days). */
  dueSoon: z.optional(Duration),
};

/** "Target within N of anchor": one due date per anchor entry. */
export const WithinRule = z.strictObject({
  ...RuleBase,
  kind: z.literal('within'),
  within: Duration,
  /** The target must be the same entry as the anchor (the end of the same period). */
  sameEntry: z.optional(z.boolean()),
});
export type WithinRule = z.infer<typeof WithinRule>;

/** "First within M, then at most every N": a chain of due dates per anchor entry. */
export const RecurringRule = z.strictObject({
  ...RuleBase,
  kind: z.literal('recurring'),
  schedule: z.array(ScheduleStep).check(z.minLength(1)),
});
export type RecurringRule = z.infer<typeof RecurringRule>;

export const TimescaleRule = z.discriminatedUnion('kind', [WithinRule, RecurringRule]);
export type TimescaleRule = z.infer<typeof TimescaleRule>;
