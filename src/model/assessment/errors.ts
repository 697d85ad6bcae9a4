/**
 * Field errors as message keys, and the GOV.UK-style error summary: every error of the form in
 * reading order (section, child, question, item), shown only for fields the worker has touched
 * until the form is submitted. Keys, not sentences: the form resolves each key (as
 * `assessment.error.<key>`) to en-GB or Welsh text with the question's label and the parameters.
 */
import { answerKey, type AnswerAddress, type AnswerKey } from './address.js';
import type { FormState, QuestionState } from './visibility.js';

/** Every field error the assessment model reports. */
export const FIELD_ERROR_KEYS = [
  'required',
  'wrongType',
  'tooLong',
  'belowMin',
  'aboveMax',
  'notStep',
  'invalidDate',
  'dateTooEarly',
  'dateTooLate',
  'dateInFuture',
  'unknownCode',
  'tooFewSelected',
  'tooManySelected',
  'scaleOutOfRange',
  'notWholeNumber',
  'unknownRater',
  'unknownPerson',
  'invalidEntry',
  'entryTextMissing',
  'tooFewItems',
  'tooManyItems',
] as const;
/** One of {@link FIELD_ERROR_KEYS}. */
export type FieldErrorKey = (typeof FIELD_ERROR_KEYS)[number];

/**
 * One problem with one field: a message key and the values the message needs, e.g.
 * `{ key: 'tooLong', params: { max: 200, length: 214 } }` or
 * `{ key: 'scaleOutOfRange', params: { rater: 'parent', min: 0, max: 10 } }`.
 */
export interface FieldError {
  readonly key: FieldErrorKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** One line of the error summary: which field, which message, with what. */
export interface ErrorSummaryItem extends FieldError {
  readonly address: AnswerAddress;
  /** The field's answer key (link target: the UI makes the field's id from it). */
  readonly answerKey: AnswerKey;
  /** The question id (the inner question's, inside a group). */
  readonly question: string;
  /** The section id. */
  readonly section: string;
}

/** What the worker has done so far: errors show once a field is touched or the form submitted. */
export interface Interaction {
  /** Submission was attempted: every error shows. */
  readonly submitted?: boolean;
  /** Answer keys of the fields the worker has left (blurred) or changed. */
  readonly touched?: ReadonlySet<AnswerKey> | readonly AnswerKey[];
}

function comparePositions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

function isTouched(interaction: Interaction | undefined, key: AnswerKey): boolean {
  if (!interaction) return true;
  if (interaction.submitted) return true;
  const touched = interaction.touched;
  if (!touched) return false;
  return 'has' in touched ? touched.has(key) : touched.includes(key);
}

/**
 * The error summary: every field error of the shown questions, in reading order (section order,
 * then the children's copies of a per-child section in subject order, then question order, then
 * group items). With `interaction`, only fields touched (or everything after a submission
 * attempt); without it, every error.
 */
export function errorSummary(state: FormState, interaction?: Interaction): ErrorSummaryItem[] {
  const withErrors: QuestionState[] = [];
  for (const question of state.questions.values()) {
    if (question.visible && question.errors.length && isTouched(interaction, question.key)) {
      withErrors.push(question);
    }
  }
  withErrors.sort((a, b) => comparePositions(a.position, b.position));
  return withErrors.flatMap((question) =>
    question.errors.map((error) => ({
      ...error,
      address: question.address,
      answerKey: question.key,
      question: question.address.inner ?? question.address.question,
      section: question.section,
    })),
  );
}

/** The errors to show beside one field now: none until it is touched or the form submitted. */
export function fieldErrors(
  state: FormState,
  address: AnswerAddress,
  interaction?: Interaction,
): readonly FieldError[] {
  const key = answerKey(address);
  const question = state.questions.get(key);
  if (!question || !question.visible || !isTouched(interaction, key)) return [];
  return question.errors;
}
