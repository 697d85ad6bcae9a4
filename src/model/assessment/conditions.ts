/**
 * Evaluating a practice model's conditions (`visibleWhen`, `requiredWhen`) against answers. Pure
 * data walking: no eval, no DOM. A condition that names an unanswered question compares as
 * "no answer", so the form never breaks on a partly filled response.
 */
import type { AssessmentResponse } from '../case-record/schema.js';
import type { Comparison, Condition, ConditionValue } from '../practice-model/conditions.js';

/** Answer values by question id, as `isVisible` reads them. */
export type AnswerValues = Readonly<Record<string, unknown>>;

/** Conditions nest; beyond this depth a (hostile) model is treated as "not shown". */
const MAX_DEPTH = 64;

/**
 * The values of a response's answers, with the per-child answers of `childId` on top, so a
 * per-child question's condition can read both family and child answers.
 */
export function answerValues(
  response: AssessmentResponse | undefined,
  childId?: string,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (!response) return values;
  for (const [id, answer] of Object.entries(response.answers)) values[id] = answer.value;
  const own = childId === undefined ? undefined : response.childAnswers?.[childId];
  if (own) for (const [id, answer] of Object.entries(own)) values[id] = answer.value;
  return values;
}

/** True when a value counts as an answer: not empty text, an empty list or readings all blank. */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') {
    return Object.values(value).some((v) => v !== null && v !== undefined);
  }
  return true;
}

/**
 * One comparable value for an answer: the worker's reading of a scale (or the first reading),
 * the value itself otherwise.
 */
function scalar(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const readings = value as Record<string, unknown>;
    if (readings.worker !== undefined && readings.worker !== null) return readings.worker;
    return Object.values(readings).find((v) => v !== null && v !== undefined);
  }
  return value;
}

function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

function same(answer: unknown, expected: ConditionValue | undefined): boolean {
  if (Array.isArray(expected)) {
    // A list compared with a list: the same items, in any order.
    if (!Array.isArray(answer) || answer.length !== expected.length) return false;
    return expected.every((item) => answer.includes(item));
  }
  return scalar(answer) === expected;
}

function compareOrder(answer: unknown, expected: ConditionValue | undefined): number | undefined {
  const a = scalar(answer);
  if (typeof a === 'number' && typeof expected === 'number') return a - expected;
  // ISO dates compare as text.
  if (typeof a === 'string' && typeof expected === 'string') {
    return a < expected ? -1 : a > expected ? 1 : 0;
  }
  return undefined;
}

function compare(comparison: Comparison, answers: AnswerValues): boolean {
  const answer = Object.hasOwn(answers, comparison.question)
    ? answers[comparison.question]
    : undefined;
  const expected = comparison.value;
  switch (comparison.op) {
    case 'answered':
      return isAnswered(answer);
    case 'unanswered':
      return !isAnswered(answer);
    case 'equals':
      return isAnswered(answer) && same(answer, expected);
    case 'notEquals':
      return !(isAnswered(answer) && same(answer, expected));
    case 'in':
      return isAnswered(answer) && listOf(expected).includes(scalar(answer));
    case 'notIn':
      return !(isAnswered(answer) && listOf(expected).includes(scalar(answer)));
    case 'includes': {
      const chosen = listOf(answer);
      return listOf(expected).every((item) => chosen.includes(item)) && chosen.length > 0;
    }
    case 'excludes': {
      const chosen = listOf(answer);
      return !listOf(expected).some((item) => chosen.includes(item));
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      if (!isAnswered(answer)) return false;
      const order = compareOrder(answer, expected);
      if (order === undefined) return false;
      if (comparison.op === 'gt') return order > 0;
      if (comparison.op === 'gte') return order >= 0;
      if (comparison.op === 'lt') return order < 0;
      return order <= 0;
    }
    default:
      return false;
  }
}

/** Thrown past {@link MAX_DEPTH}; a `not` above must not turn the cut-off into "shown". */
class TooDeep extends Error {}

function evaluate(condition: Condition, answers: AnswerValues, depth: number): boolean {
  if (depth > MAX_DEPTH) throw new TooDeep();
  if ('question' in condition) return compare(condition, answers);
  if ('all' in condition) return condition.all.every((c) => evaluate(c, answers, depth + 1));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, answers, depth + 1));
  if ('not' in condition) return !evaluate(condition.not, answers, depth + 1);
  return false;
}

/**
 * True when an item with this `visibleWhen` condition is shown for these answers. No condition
 * means always shown. Hidden answers are kept in the record; views simply leave them out.
 */
export function isVisible(condition: Condition | undefined, answers: AnswerValues): boolean {
  if (condition === undefined) return true;
  try {
    return evaluate(condition, answers, 0);
  } catch (error) {
    if (error instanceof TooDeep) return false;
    throw error;
  }
}
