/**
 * The shape of an answer for each question type, and what is wrong with a value: field messages
 * as message keys with parameters (never English sentences), so the form can say them in en-GB or
 * Welsh. A value with nothing in it is never wrong here; "required" is decided by visibility.
 *
 * | Question type     | Value                                                               |
 * | ----------------- | ------------------------------------------------------------------- |
 * | `text`, `long-text` | text                                                              |
 * | `number`          | a finite number                                                     |
 * | `date`            | `YYYY-MM-DD`                                                        |
 * | `single-choice`   | one code of the question's code list                                |
 * | `multiple-choice` | a list of codes                                                     |
 * | `yes-no`          | `true`, `false`, or `"unknown"` when the question allows "Not known" |
 * | `scale`           | readings by rater, `{ "worker": 4, "parent": 7 }` (null: no number) |
 * | `person`          | a person id, or a list of them when `multiple`                      |
 * | `entries`         | a list of structured entries, each with an `id` and `text`          |
 * | `group`           | a list of items, each an object of inner question id to value       |
 */
import { isIsoDate } from '../calendar/dates.js';
import type {
  Code,
  CodeList,
  PracticeModel,
  Question,
  SimpleQuestion,
} from '../practice-model/schema.js';
import { isAnswered } from './conditions.js';
import type { FieldError, FieldErrorKey } from './errors.js';

/** Every question a form shows: top-level questions and the questions inside groups. */
export type AnyQuestion = Question | SimpleQuestion;

/** What {@link validateAnswerValue} checks values against. Everything is optional. */
export interface ValueContext {
  /** Today, `YYYY-MM-DD`: dates after it fail a `notAfter: "today"` question. Unchecked without it. */
  readonly today?: string;
  /** The model whose code lists choices must come from. Codes are unchecked without it. */
  readonly model?: PracticeModel;
  /** The day code lists and codes must be in effect on (default: their latest version, all codes). */
  readonly on?: string;
  /** Ids of the record's people: person answers must name one of them. Unchecked without it. */
  readonly persons?: ReadonlySet<string>;
}

function inEffect(item: { effectiveFrom?: string; effectiveTo?: string }, on: string): boolean {
  return (
    (item.effectiveFrom === undefined || item.effectiveFrom <= on) &&
    (item.effectiveTo === undefined || on <= item.effectiveTo)
  );
}

/**
 * The version of a code list in effect on `on`, with only the codes in effect that day. Without
 * `on`, or when no version covers that day, the version with the latest `effectiveFrom` (the last
 * listed, on a tie) with all its codes. Undefined when the model has no list with that id.
 */
export function effectiveCodeList(
  model: PracticeModel,
  listId: string,
  on?: string,
): CodeList | undefined {
  const versions = model.codeLists.filter((list) => list.id === listId);
  const latest = (lists: readonly CodeList[]) =>
    lists.reduce<CodeList | undefined>(
      (best, list) =>
        best === undefined || (list.effectiveFrom ?? '') >= (best.effectiveFrom ?? '')
          ? list
          : best,
      undefined,
    );
  if (on === undefined) return latest(versions);
  const current = latest(versions.filter((list) => inEffect(list, on)));
  if (!current) return latest(versions);
  return { ...current, codes: current.codes.filter((code) => inEffect(code, on)) };
}

const codeMemo = new WeakMap<PracticeModel, Map<string, ReadonlyMap<string, Code> | null>>();

/** The codes of a list in effect on `on`, by code; memoised per model. Null for an unknown list. */
export function effectiveCodes(
  model: PracticeModel,
  listId: string,
  on?: string,
): ReadonlyMap<string, Code> | null {
  let byList = codeMemo.get(model);
  if (!byList) {
    byList = new Map();
    codeMemo.set(model, byList);
  }
  const key = `${listId}@${on ?? ''}`;
  let codes = byList.get(key);
  if (codes === undefined) {
    const list = effectiveCodeList(model, listId, on);
    codes = list ? new Map(list.codes.map((code) => [code.code, code])) : null;
    byList.set(key, codes);
  }
  return codes;
}

function error(key: FieldErrorKey, params?: Record<string, string | number>): FieldError {
  return params ? { key, params } : { key };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkCodes(
  codes: readonly string[],
  listId: string,
  context: ValueContext,
  errors: FieldError[],
): void {
  const known = context.model ? effectiveCodes(context.model, listId, context.on) : null;
  if (!known) return;
  for (const code of codes) if (!known.has(code)) errors.push(error('unknownCode', { code }));
}

function checkCount(
  count: number,
  min: number | undefined,
  max: number | undefined,
  keys: readonly [FieldErrorKey, FieldErrorKey],
  errors: FieldError[],
): void {
  if (min !== undefined && count < min) errors.push(error(keys[0], { min, count }));
  if (max !== undefined && count > max) errors.push(error(keys[1], { max, count }));
}

function checkNumber(
  question: Extract<AnyQuestion, { type: 'number' }>,
  value: number,
  errors: FieldError[],
): void {
  if (question.min !== undefined && value < question.min) {
    errors.push(error('belowMin', { min: question.min }));
  }
  if (question.max !== undefined && value > question.max) {
    errors.push(error('aboveMax', { max: question.max }));
  }
  if (question.step !== undefined) {
    const steps = (value - (question.min ?? 0)) / question.step;
    if (Math.abs(steps - Math.round(steps)) > 1e-9) {
      errors.push(error('notStep', { step: question.step }));
    }
  }
}

function checkDate(
  question: Extract<AnyQuestion, { type: 'date' }>,
  value: string,
  context: ValueContext,
  errors: FieldError[],
): void {
  if (question.notBefore !== undefined && value < question.notBefore) {
    errors.push(error('dateTooEarly', { notBefore: question.notBefore }));
  }
  if (question.notAfter === 'today') {
    const today = context.today?.slice(0, 10);
    if (today !== undefined && value > today) errors.push(error('dateInFuture', { today }));
  } else if (question.notAfter !== undefined && value > question.notAfter) {
    errors.push(error('dateTooLate', { notAfter: question.notAfter }));
  }
}

function checkScale(
  question: Extract<AnyQuestion, { type: 'scale' }>,
  value: Record<string, unknown>,
  errors: FieldError[],
): void {
  const raters: readonly string[] = question.raters ?? ['worker'];
  const min = question.min ?? 0;
  const max = question.max ?? 10;
  for (const [rater, reading] of Object.entries(value)) {
    if (!raters.includes(rater)) {
      errors.push(error('unknownRater', { rater }));
    } else if (reading === null || reading === undefined) {
      continue;
    } else if (typeof reading !== 'number' || !Number.isFinite(reading)) {
      errors.push(error('wrongType', { expected: 'scale', rater }));
    } else if (!Number.isInteger(reading)) {
      errors.push(error('notWholeNumber', { rater }));
    } else if (reading < min || reading > max) {
      errors.push(error('scaleOutOfRange', { rater, min, max }));
    }
  }
}

function checkEntries(value: readonly unknown[], errors: FieldError[]): void {
  value.forEach((entry, index) => {
    if (!isRecord(entry) || typeof entry.id !== 'string' || typeof entry.text !== 'string') {
      errors.push(error('invalidEntry', { item: index + 1 }));
    } else if (entry.text.trim() === '') {
      errors.push(error('entryTextMissing', { item: index + 1 }));
    }
  });
}

const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * The fewest items (repeating groups, structured entries) or choices (multiple choice) a shown
 * list question needs: its `minItems` or `minSelected`. A minimum applies to an empty list too,
 * so a list with a minimum of 1 or more must be answered, as a required question must. 0 for a
 * list with no minimum and for every other question type.
 */
export function listMinimum(question: AnyQuestion): number {
  switch (question.type) {
    case 'group':
    case 'entries':
      return question.minItems ?? 0;
    case 'multiple-choice':
      return question.minSelected ?? 0;
    default:
      return 0;
  }
}

/**
 * What is wrong with a shown question that must be answered and is not: for a list question, too
 * few items (`tooFewItems`) or choices (`tooFewSelected`) with `{ min, count: 0 }`, where `min` is
 * its minimum and at least 1, so the message can say how many to add; `required` otherwise.
 */
export function unansweredErrors(question: AnyQuestion): FieldError[] {
  const min = Math.max(1, listMinimum(question));
  switch (question.type) {
    case 'group':
    case 'entries':
      return [error('tooFewItems', { min, count: 0 })];
    case 'multiple-choice':
      return [error('tooFewSelected', { min, count: 0 })];
    default:
      return [error('required')];
  }
}

/**
 * What is wrong with `value` as an answer to `question`: a wrong shape for the type
 * (`wrongType` with `expected`), text over `maxLength` (`tooLong`), numbers outside `min`/`max`
 * or off `step`, dates that are not real or outside `notBefore`/`notAfter` (incl. `"today"`),
 * codes not in the code list in effect (`unknownCode`), too few or too many selections, items or
 * entries, scale readings outside the scale or by raters the question does not ask, and people
 * not on the record. An unanswered value (see `isAnswered`) has nothing wrong with it here: a
 * question that must be answered gets {@link unansweredErrors} from the form state. Group
 * values are checked as lists of items; validate the inner values through their own questions.
 */
export function validateAnswerValue(
  question: AnyQuestion,
  value: unknown,
  context: ValueContext = {},
): FieldError[] {
  if (question.type === 'content' || !isAnswered(value)) return [];
  const errors: FieldError[] = [];
  const wrong = (expected: string) => [error('wrongType', { expected })];
  switch (question.type) {
    case 'text':
    case 'long-text':
      if (!isText(value)) return wrong('text');
      if (question.maxLength !== undefined && value.length > question.maxLength) {
        errors.push(error('tooLong', { max: question.maxLength, length: value.length }));
      }
      break;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return wrong('number');
      checkNumber(question, value, errors);
      break;
    case 'date':
      if (!isText(value)) return wrong('date');
      if (!isIsoDate(value)) return [error('invalidDate')];
      checkDate(question, value, context, errors);
      break;
    case 'single-choice':
      if (!isText(value)) return wrong('code');
      checkCodes([value], question.codeList, context, errors);
      break;
    case 'multiple-choice':
      if (!Array.isArray(value) || !value.every(isText)) return wrong('codes');
      checkCodes(value, question.codeList, context, errors);
      checkCount(
        value.length,
        question.minSelected,
        question.maxSelected,
        ['tooFewSelected', 'tooManySelected'],
        errors,
      );
      break;
    case 'yes-no':
      if (typeof value === 'boolean') break;
      if (value === 'unknown' && question.allowUnknown) break;
      return wrong(question.allowUnknown ? 'yes-no-unknown' : 'yes-no');
    case 'scale':
      if (!isRecord(value)) return wrong('scale');
      checkScale(question, value, errors);
      break;
    case 'person': {
      const ids = question.multiple ? value : [value];
      if (!Array.isArray(ids) || !ids.every(isText))
        return wrong(question.multiple ? 'persons' : 'person');
      if (context.persons) {
        for (const person of ids) {
          if (!context.persons.has(person)) errors.push(error('unknownPerson', { person }));
        }
      }
      break;
    }
    case 'entries':
      if (!Array.isArray(value)) return wrong('entries');
      checkEntries(value, errors);
      checkCount(
        value.length,
        question.minItems,
        question.maxItems,
        ['tooFewItems', 'tooManyItems'],
        errors,
      );
      break;
    case 'group':
      if (!Array.isArray(value) || !value.every(isRecord)) return wrong('group');
      checkCount(
        value.length,
        question.minItems,
        question.maxItems,
        ['tooFewItems', 'tooManyItems'],
        errors,
      );
      break;
  }
  return errors;
}
