/**
 * Conditions as data: when a question or section is shown or required. Evaluated by pure
 * functions in `model/assessment`, never with eval, so a practice model is safe to load from JSON.
 */
import * as z from 'zod/mini';
import { Id } from '../common.js';

export const COMPARISON_OPERATORS = [
  'equals',
  'notEquals',
  'in',
  'notIn',
  'includes',
  'excludes',
  'answered',
  'unanswered',
  'gt',
  'gte',
  'lt',
  'lte',
] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

/** A value a condition compares an answer with. */
export const ConditionValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.union([z.string(), z.number()])),
]);
export type ConditionValue = z.infer<typeof ConditionValue>;

/** Compares one answer: `{ "question": "has-concerns", "op": "equals", "value": true }`. */
export interface Comparison {
  question: string;
  op: ComparisonOperator;
  value?: ConditionValue;
}
/** Combines conditions: `{ "all": [...] }`, `{ "any": [...] }` or `{ "not": {...} }`. */
export type Condition =
  Comparison | { all: Condition[] } | { any: Condition[] } | { not: Condition };

const ComparisonSchema = z.strictObject({
  question: Id,
  op: z.enum(COMPARISON_OPERATORS),
  value: z.optional(ConditionValue),
});

export const Condition: z.ZodMiniType<Condition> = z.union([
  ComparisonSchema,
  z.strictObject({
    get all() {
      return z.array(Condition).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get any() {
      return z.array(Condition).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get not() {
      return Condition;
    },
  }),
]);

/** Every question id a condition reads, in order of appearance. */
export function conditionQuestions(condition: Condition): string[] {
  if ('question' in condition) return [condition.question];
  if ('all' in condition) return condition.all.flatMap(conditionQuestions);
  if ('any' in condition) return condition.any.flatMap(conditionQuestions);
  return conditionQuestions(condition.not);
}
